/// The "What to check" advice for one claim, built from its kinds and cues and worded for that
/// claim ("look for one U.S. administration since 1967 that has not opposed ..."). Returns
/// Markdown lines, already escaped.
enum CheckGuide {
  static func steps(for facts: ClaimFacts) -> [String] {
    let claim = facts.claim
    var steps: [String] = []
    let spans = facts.cues(.span)
    let spanText = spans.first?.text

    if facts.hasKind("universal") || !facts.cues(.universal).isEmpty {
      steps.append(universalStep(facts, span: spanText))
    }
    for span in spans {
      if let year = span.value.flatMap(ClaimFacts.year(in:)) ?? ClaimFacts.year(in: span.text) {
        steps.append(
          "Confirm the start year \(q(year)) (\(q(span.text))): the claim covers everything from \(esc(year)) on, "
            + "so check the record for \(esc(year)) itself, and whether an earlier or later start would change it.")
      } else {
        steps.append("Check the period \(q(span.text)): when did it start, and did it hold throughout?")
      }
    }
    for relative in facts.cues(.relative) {
      let anchor = relative.value.map { " (= about \(esc($0)))" } ?? ""
      steps.append("Pin down \(q(relative.text))\(anchor): confirm the date it happened from a dated record.")
    }
    let spanWords = spans.map { $0.text.lowercased() }.joined(separator: " ")
    for date in facts.cues(.year) + facts.cues(.date) where !spanWords.contains(date.text.lowercased()) {
      steps.append("Confirm the date \(q(date.text)) against a dated primary record.")
    }
    let context = FigureContext(claim.text)
    let tallies = context.tallies
    for tally in tallies.prefix(1) {
      steps.append(
        "Check the tally \(q(tally)) in the official record of the vote or result: who was on each side, and that "
          + "nobody is missing from the count.")
    }
    let numbers = facts.cues(.number)
    let figures = facts.figures(context)
    for figure in figures.filter({ !FigureContext.isPeriod($0) }).prefix(3) {
      steps.append(
        "Find the primary statistic behind \(q(figure)): who publishes it, the date it refers to, and its "
          + "definition (what is counted, and how).")
    }
    if numbers.isEmpty && tallies.isEmpty && facts.hasKind("quantity") {
      steps.append("Find the primary statistic the claim rests on: who publishes it, its date, and its definition.")
    }
    if let step = comparisonStep(facts) { steps.append(step) }
    if let step = recordStep(facts) { steps.append(step) }
    for change in facts.cues(.change).prefix(2) {
      steps.append(
        "Check the change \(q(change.text)): the values before and after, their dates, and that the measure was "
          + "defined the same way throughout.")
    }
    if facts.hasKind("causal") || !facts.cues(.causal).isEmpty {
      steps.append(
        "A causal claim: check that the cause is established (studies, official evaluations), not only that one "
          + "thing followed another.")
    }
    if facts.hasKind("law") || !facts.cues(.law).isEmpty {
      let what = facts.cues(.law).first.map { " (\(q($0.text)))" } ?? ""
      steps.append("Find the text of the law, vote or rule\(what): its number, its date, and what it actually says.")
    }
    if facts.hasKind("event") {
      steps.append(
        "Confirm the event happened as described: when, where and who took part (an official record or two "
          + "independent reports).")
    }
    let speaker = claim.speaker.map(esc)
    if facts.citesStudy {
      // The paper settles a claim cited from it; first, as the most decisive item.
      let by = speaker.map { " (by \($0), as the article says)" } ?? ""
      steps.insert(
        "Find the study itself\(by): its journal or publisher, date and authors. Check that it found this, for the "
          + "people or things it studied and as firmly as the claim says: reports of a study often drop its limits.", at: 0)
    }
    if facts.hasKind("quote") {
      let whose = speaker.map { "\($0)’s words" } ?? "the quoted words"
      steps.append(
        "Find the original transcript or recording of \(whose) and check the wording and the context: what was "
          + "asked, what came before and after, and whether anything was cut.")
    } else if let speaker, !facts.citesStudy {
      steps.append(
        "Confirm that \(speaker) said this: find the statement itself (a transcript, press release or interview), "
          + "not a report of it.")
    }
    // A study cited "according to" is attributed already: the study item above says what to find.
    let hedged = claim.hedges.filter { !facts.citesStudy || ($0 != ClaimFacts.studyHedge && $0 != "according to") }
    if !hedged.isEmpty {
      let hedges = hedged.map(q).joined(separator: ", ")
      steps.append(
        "The claim is hedged (\(hedges)): find who it is attributed to, and whether that source said it on the record.")
    }
    if facts.hasKind("prediction") {
      steps.append("A prediction cannot be checked yet: note what would settle it and when, and check any fact it rests on.")
    }
    if facts.hasKind("opinion") {
      steps.append("An opinion is not checkable as such: check the facts it rests on, or dismiss it with a note.")
    }
    if steps.isEmpty {
      steps.append("Find a primary source that states this directly, and check that its wording matches the claim.")
    }
    return steps
  }

  /// A comparison item that names both sides ("“more than $30 billion” against “a year”"), or
  /// asks for the missing side when the claim leaves it out.
  static func comparisonStep(_ facts: ClaimFacts) -> String? {
    let comparatives = facts.cues.filter { $0.cueClass == .comparison && !$0.cue.kind.lowercased().contains("superlative") }
    guard !comparatives.isEmpty || (facts.hasKind("comparison") && facts.cues(.change).isEmpty && facts.superlatives.isEmpty) else {
      return nil
    }
    if let (left, right) = ComparisonSides.sides(in: facts.claim.text) {
      return "Check both sides of the comparison, \(q(left)) against \(q(right)): the same measure, the same period, the same source."
    }
    let what = comparatives.first.map { q($0.cue.text) } ?? "the comparison"
    return "Find what \(what) is measured against (the claim does not say), then check both sides with the same measure and period."
  }

  /// A record item for "the first", "the largest", "a record" only when the superlative is the
  /// claim: scoped to a field ("ever", "in history", "in the country", "since 2002", "on record").
  static func recordStep(_ facts: ClaimFacts) -> String? {
    guard let superlative = facts.superlatives.first else { return nil }
    let lower = facts.claim.text.lowercased()
    let scopes = [" ever", "in history", "on record", "of all time", "in the country", "in the world", "in the nation",
                  "in the state", " since ", "in decades", "in years", "all-time", "first-ever"]
    guard scopes.contains(where: { lower.contains($0) }) else { return nil }
    return "Check the record behind \(q(superlative)): the full list it ranks against, over the same period, and "
      + "whether anything earlier or larger is missing."
  }

  /// The five provenance questions, asked when the claim comes from someone (a speaker, a quote,
  /// a hedge, an event reported second-hand); empty otherwise.
  static func provenance(for facts: ClaimFacts) -> [String] {
    let claim = facts.claim
    guard claim.speaker != nil || facts.isHedged || facts.hasKind("quote") || facts.hasKind("event") else {
      return []
    }
    let who = claim.speaker.map { "is it really \(esc($0)), and are they in a position to know?" }
      ?? "who first made this claim, and are they in a position to know?"
    return [
      "**Original source:** is this document the first place the claim appeared, or does it repeat an earlier report? Trace it back.",
      "**Who:** \(who)",
      "**When:** when was it said or first published, and is it still current?",
      "**Where:** where was it said (a briefing, an interview, a post), and does the setting change its meaning?",
      "**Why:** why was it said, and what does the speaker or the outlet gain from it?",
    ]
  }

  /// "Look for one U.S. administration since 1967 that has not opposed ..." when the claim reads
  /// "Every/Each X has/is/... Y"; a general counterexample step otherwise.
  static func universalStep(_ facts: ClaimFacts, span: String?) -> String {
    let tail = ": a universal claim falls to a single counterexample."
    let words = facts.claim.text.split(separator: " ").map(String.init)
    let auxiliaries: Set<String> = ["has", "have", "had", "is", "are", "was", "were", "will", "would", "does", "did", "can", "could"]
    if let q = words.firstIndex(where: { ["every", "each"].contains(ClaimFacts.trimPunctuation($0[...]).lowercased()) }),
      let aux = words[(q + 1)...].firstIndex(where: { auxiliaries.contains($0.lowercased()) }), aux > q + 1,
      aux + 1 < words.count
    {
      let subject = words[(q + 1)..<aux].joined(separator: " ")
      let predicate = ClaimFacts.trimPunctuation(words[(aux + 1)...].joined(separator: " ")[...])
      if !predicate.isEmpty {
        return "Look for one \(esc(subject)) that \(esc(words[aux].lowercased())) not \(esc(predicate))\(tail)"
      }
    }
    let quantifier = facts.cues(.universal).first.map { " (\(q($0.text)))" } ?? ""
    let within = span.map { " within \(q($0))" } ?? ""
    return "Look for one case\(within) where the claim does not hold\(quantifier)\(tail)"
  }

  static func esc(_ text: String) -> String { MarkdownEscaper.inline(text) }
  static func q(_ text: String) -> String { "“" + MarkdownEscaper.inline(text) + "”" }
}
