/// Search strings a reviewer can paste into a search engine or an archive, built from the claim's
/// speaker, entities, numbers and key words, and the kinds of primary source that would settle it.
/// Plain text; the renderer puts queries in code spans and escapes the rest.
enum SearchSuggestions {
  static func queries(for facts: ClaimFacts, limit: Int = 4) -> [String] {
    let claim = facts.claim
    let speaker = claim.speaker.map(clean).flatMap { $0.isEmpty ? nil : $0 }
    var figures: [String] = []
    let numbers = facts.figures(FigureContext(claim.text))
    let dated = (facts.cues(.span) + facts.cues(.relative) + facts.cues(.year) + facts.cues(.date)).map(\.text)
    for figure in numbers + dated {
      let text = clean(figure)
      // "1967" adds nothing after "since 1967".
      if !text.isEmpty && !figures.contains(where: { $0.lowercased().contains(text.lowercased()) }) { figures.append(text) }
    }
    let entities = facts.cues(.entity).map { clean($0.text) }
      .filter { !$0.isEmpty && $0.lowercased() != speaker?.lowercased() }
    let ranked = facts.keyTerms(limit: 4, excluding: figures + entities + [speaker ?? ""])

    var queries: [String] = []
    func add(_ parts: [String]) {
      let kept = parts.filter { !$0.isEmpty }
      let query = kept.joined(separator: " ")
      if isSpecific(kept) && !queries.contains(query) { queries.append(query) }
    }
    // Who said it, the deciding figure, and the topic: `"Mark Toner" "since 1967" settlement`.
    add([speaker.map(quoted) ?? entities.first.map(quoted) ?? "", figures.first.map(quoted) ?? "", ranked.first ?? ""])
    // The exact words, short enough for a phrase search.
    let words = clean(claim.text).split(separator: " ")
    let phrase = words.prefix(12).joined(separator: " ")
    if words.count >= 3 { add([quoted(trimEnd(phrase))]) }
    // Entities, figures and all key words, without the speaker.
    add(entities.prefix(2).map(quoted) + figures.dropFirst().prefix(1).map(quoted) + ranked.prefix(3))
    if let speaker, facts.hasKind("quote") {
      add([quoted(speaker), "transcript"] + ranked.prefix(1))
    } else if facts.hasKind("quantity"), let figure = numbers.first {
      add([quoted(clean(figure))] + ranked.prefix(2) + ["statistics"])
    }
    return Array(queries.prefix(limit))
  }

  /// A query that pins something down: an exact phrase of three words or more, or two parts or
  /// more of which at least one is not a bare number. Never one word, never a number alone.
  static func isSpecific(_ parts: [String]) -> Bool {
    func isNumber(_ part: String) -> Bool {
      let core = part.filter { $0 != "\"" }
      return !core.isEmpty && core.allSatisfy { $0.isNumber || $0 == "," || $0 == "." || $0 == "%" || $0 == "$" }
    }
    if parts.count == 1 {
      let only = parts[0]
      return only.hasPrefix("\"") && only.split(separator: " ").count >= 3
    }
    let meaningful = parts.filter { !isNumber($0) }
    return parts.count >= 2 && !meaningful.isEmpty
  }

  /// Kinds of primary source that would settle the claim, most decisive first.
  static func primarySources(for facts: ClaimFacts) -> [String] {
    let claim = facts.claim
    var out: [String] = []
    if facts.citesStudy { out.append("the study itself: the paper in its journal, with its data and methods") }
    if facts.hasKind("quote") { out.append("the official transcript, video or audio recording of the statement") }
    if let speaker = claim.speaker, !facts.citesStudy {
      out.append("\(speaker)’s own published statements (press releases, transcripts, official accounts)")
    }
    if facts.isHedged, !facts.citesStudy { out.append("the report or person the claim is attributed to") }
    if facts.hasKind("universal") || !facts.cues(.span).isEmpty {
      let period = facts.cues(.span).first.map { " (“\($0.text)”)" } ?? ""
      out.append("records covering the whole period\(period): archives, and dated official statements from each part of it")
    }
    if facts.hasKind("quantity") || !facts.cues(.number).isEmpty {
      out.append("the statistical agency or body that publishes the figure, with its methodology note")
    }
    if facts.hasKind("comparison") || !facts.cues(.change).isEmpty {
      out.append("the same dataset at both points being compared")
    }
    if facts.hasKind("law") { out.append("the text of the law or rule and the official voting record") }
    if facts.hasKind("event") { out.append("official statements, court or police records, and independent wire reports") }
    if facts.hasKind("causal") { out.append("peer-reviewed studies or official evaluations of the cause") }
    if out.isEmpty { out.append("an official or first-hand record of what the claim describes") }
    return out
  }

  /// One line without quotes or backticks, which would break the query or its code span.
  static func clean(_ text: String) -> String {
    let line = MarkdownEscaper.oneLine(text)
    var kept = String.UnicodeScalarView()
    for scalar in line.unicodeScalars where !"\"`“”".unicodeScalars.contains(scalar) { kept.append(scalar) }
    return MarkdownEscaper.oneLine(String(kept))
  }

  private static func quoted(_ text: String) -> String { "\"" + text + "\"" }

  private static func trimEnd(_ text: String) -> String {
    var t = Substring(text)
    while let c = t.last, ".,;:!?".contains(c) { t = t.dropLast() }
    return String(t)
  }
}
