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
      } else if source.isURL && !source.isCaptured {
        out += ["Not captured: the last fetch failed; `claimdesk fetch \(shortID)` tries again.", ""]
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

  /// One fetch as a table row.
  static func fetchRow(_ fetch: SourceFetch) -> String {
    let record = fetch.fetch
    let result = MarkdownEscaper.inline(fetch.outcome + (record.failure.map { ": " + $0.message } ?? ""))
    let finalURL = record.finalURL.isEmpty ? "-" : MarkdownEscaper.link(record.finalURL, inTable: true)
    let digest = (record.decodedSHA256 ?? record.rawSHA256).map { MarkdownEscaper.code($0, inTable: true) } ?? "-"
    return "| \(MarkdownEscaper.inline(fetch.at)) | \(result) | \(finalURL) | \(digest) |"
  }
}
