import ClaimdeskLedger
/// One claim's section of a worksheet: marker, heading, quote, facts, context, history, seen
/// before (when it repeats something), what to check, suggested searches, evidence, and the verdict block.
enum WorksheetClaimSection {
  static func lines(for claim: ClaimState, shortID: String, rank: Int, of total: Int, seenBefore: [String] = []) -> [String] {
    let facts = ClaimFacts(claim)
    var out = [
      "---", "",
      WorksheetMarker("claim", [("id", claim.id), ("event", claim.lastEventHash), ("status", claim.status.rawValue)]).line,
      "## Claim \(MarkdownEscaper.code(shortID))", "",
      "> " + MarkdownEscaper.inline(claim.text), "",
      "| Field | Value |", "|---|---|",
      "| Speaker | \(claim.speaker.map(MarkdownEscaper.inline) ?? "not attributed") |",
      "| Hedges | \(list(claim.hedges, empty: "none")) |",
      "| Kinds | \(list(claim.kinds, empty: "none")) |",
      "| Score | \(claim.score.map { WorksheetRenderer.format($0) } ?? "unscored") (rank \(rank) of \(total)) |",
      "| Status | **\(claim.status.rawValue)** |",
      "| Span | \(claim.span.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "-") |",
      "| Full id | \(MarkdownEscaper.code(claim.id, inTable: true)) |",
      "",
    ]
    if let sentence = claim.sentence {
      var context = ""
      if let before = claim.contextBefore { context += MarkdownEscaper.inline(before) + " " }
      context += "**" + MarkdownEscaper.inline(sentence) + "**"
      if let after = claim.contextAfter { context += " " + MarkdownEscaper.inline(after) }
      out += ["In context (the claim's sentence in bold):", "", "> " + context, ""]
    }

    out += ["### History", ""]
    if claim.history.isEmpty {
      out += ["_No events recorded._", ""]
    } else {
      out += ["| # | When | Who | What |", "|---:|---|---|---|"]
      for entry in claim.history {
        out.append(
          "| \(entry.seq) | \(MarkdownEscaper.inline(entry.at)) | \(MarkdownEscaper.inline(entry.actor)) | "
            + "\(MarkdownEscaper.inline(entry.summary)) |")
      }
      out.append("")
    }
    if !claim.notes.isEmpty {
      out += ["Notes so far:", ""]
      for note in claim.notes {
        out.append(
          "- \(MarkdownEscaper.inline(note.actor)), \(MarkdownEscaper.inline(note.at)): \(MarkdownEscaper.inline(note.text))")
      }
      out.append("")
    }

    out += seenBefore
    out += ["### What to check", ""]
    for (i, step) in CheckGuide.steps(for: facts).enumerated() { out.append("\(i + 1). \(step)") }
    out.append("")
    let provenance = CheckGuide.provenance(for: facts)
    if !provenance.isEmpty {
      out += ["Provenance, the five questions:", ""]
      for question in provenance { out.append("- " + question) }
      out.append("")
    }

    out += ["### Suggested searches", ""]
    for query in SearchSuggestions.queries(for: facts) { out.append("- " + MarkdownEscaper.code(query)) }
    out += ["", "Primary sources that would settle it:", ""]
    for source in SearchSuggestions.primarySources(for: facts) { out.append("- " + MarkdownEscaper.inline(source)) }
    out.append("")

    out += ["### Evidence", ""]
    out += WorksheetEvidence.lines(for: claim, shortID: shortID)

    out += ["### Verdict", ""]
    out += WorksheetVerdict.lines(for: claim)
    out.append("")
    return out
  }

  private static func list(_ items: [String], empty: String) -> String {
    items.isEmpty ? empty : items.map(MarkdownEscaper.inline).joined(separator: ", ")
  }
}
