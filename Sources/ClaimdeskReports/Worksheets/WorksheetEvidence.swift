import ClaimdeskLedger
/// The Evidence section of a claim: attached sources with what each fetch recorded and the best
/// passages (matching terms in bold, contradictions flagged), then the document's suggested links.
enum WorksheetEvidence {
  static func lines(for claim: ClaimState, shortID: String) -> [String] {
    var out: [String] = []
    if !claim.sources.contains(where: \.adopted) {
      out += [
        "_No sources attached yet._ A verdict of verified, false or misleading needs one: add it under **Add source:** below.",
        "",
      ]
    }
    for (index, source) in claim.sources.enumerated() {
      let reference = source.isURL ? MarkdownEscaper.link(source.reference) : MarkdownEscaper.inline(source.reference)
      out += [
        "#### Source \(index + 1): \(reference)", "",
        source.adopted
          ? "Attached by \(MarkdownEscaper.inline(source.actor)) at \(MarkdownEscaper.inline(source.at))."
          : "A link the document suggests, fetched by \(MarkdownEscaper.inline(source.actor)) at \(MarkdownEscaper.inline(source.at)); not adopted as a source (add it under **Add source:** to rely on it).",
        "",
      ]
      if source.isURL && source.fetches.isEmpty {
        out += ["Not fetched yet: run `claimdesk fetch \(shortID)` to keep a snapshot.", ""]
      }
      if !source.fetches.isEmpty {
        out += ["| Fetched | Result | Final URL | SHA-256 |", "|---|---|---|---|"]
        for fetch in source.fetches { out.append(fetchRow(fetch)) }
        out.append("")
      }
      if let latest = source.fetches.last, !latest.passages.isEmpty {
        out += ["Best passages:", ""]
        for passage in latest.passages {
          out += ["> " + MarkdownEscaper.bolding(passage.text, terms: passage.matchedTerms)]
          if let contradiction = passage.contradiction {
            out += [">", "> **Warning, possible contradiction:** " + MarkdownEscaper.inline(contradiction)]
          }
          out.append("")
        }
      }
    }
    if !claim.suggestedSources.isEmpty {
      out += ["**Suggested by the document** (links it cites here; not evidence until a reviewer checks them):", ""]
      for url in claim.suggestedSources { out.append("- " + MarkdownEscaper.link(url)) }
      out.append("")
    }
    return out
  }

  /// One fetch as a table row, from the `source.fetched` record's keys.
  static func fetchRow(_ fetch: SourceFetch) -> String {
    let record = fetch.record
    let result: String
    if let message = record["error"]?["message"]?.stringValue {
      result = MarkdownEscaper.inline(fetch.outcome + ": " + message)
    } else {
      result = MarkdownEscaper.inline(fetch.outcome)
    }
    let finalURL = record["final_url"]?.stringValue.map { MarkdownEscaper.link($0, inTable: true) } ?? "-"
    let digest = (record["sha256_decoded"]?.stringValue ?? record["sha256_raw"]?.stringValue)
      .map { MarkdownEscaper.code($0, inTable: true) } ?? "-"
    return "| \(MarkdownEscaper.inline(fetch.at)) | \(result) | \(finalURL) | \(digest) |"
  }
}
