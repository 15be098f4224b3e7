import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskReports
import ClaimdeskText

/// The values of a claim's page. `form` refills the verdict form after a refusal.
enum ClaimView {
  struct FormEcho {
    var status: ClaimStatus?
    var note = ""
    var source = ""
  }

  /// `captured`: the captured pages of the claim's sources, by source reference; `earlier`: the
  /// earlier claims it repeats, as they are now.
  static func values(
    _ claim: ClaimState, shortID: String, document: DocumentState?, csrf: String, echo: FormEcho? = nil,
    captured: [String: CapturedPages.Outcome] = [:], earlier: [String: (claim: ClaimState, shortID: String)] = [:]
  ) -> [String: Any] {
    let sentence = claim.sentence ?? claim.text
    let (before, after) = split(sentence, around: claim.text)
    let chosen = echo?.status ?? claim.status
    var values: [String: Any] = [
      "shortID": shortID, "status": claim.status.rawValue, "text": Shown.text(claim.text),
      "sentenceBefore": Shown.text(before), "sentenceAfter": Shown.text(after),
      "contextBefore": Shown.text(claim.contextBefore ?? ""), "contextAfter": Shown.text(claim.contextAfter ?? ""),
      "speaker": Shown.text(claim.speaker ?? "—"), "score": ScoreText.of(claim.score),
      "kinds": Shown.text(claim.kinds.isEmpty ? "—" : claim.kinds.joined(separator: ", ")),
      "hedges": Shown.text(claim.hedges.isEmpty ? "—" : claim.hedges.joined(separator: ", ")),
      "assignee": Shown.text(claim.assignee ?? "nobody"), "assigneeValue": Shown.text(claim.assignee ?? ""),
      "csrf": csrf, "lastEvent": claim.lastEventHash,
      "statuses": ClaimStatus.allCases.map { ["value": $0.rawValue, "selected": $0 == chosen] },
      "formNote": echo?.note ?? "", "formSource": echo?.source ?? "",
      "steps": CheckAdvice.steps(for: claim).map(Shown.text),
      "searches": ClaimSearches.queries(for: claim).map { ["query": Shown.text($0), "href": SafeLink.search($0)] },
      "primary": ClaimSearches.primarySources(for: claim).map(Shown.text),
      "suggested": claim.suggestedSources.map(link), "hasSuggested": !claim.suggestedSources.isEmpty,
      "sources": claim.sources.map { source($0, captured: captured[$0.reference]) },
      "fetchable": claim.sources.contains(where: \.isURL),
      "notes": claim.notes.map { ["text": Shown.text($0.text), "actor": Shown.text($0.actor), "at": $0.at] },
      "history": claim.history.map(entry),
      "seenBefore": claim.seenBefore.enumerated().map { seen($1, number: $0 + 1, earlier: earlier) },
      "hasSeenBefore": !claim.seenBefore.isEmpty,
    ]
    if let document {
      values["document"] = ["id": document.id, "title": Shown.text(document.title ?? document.origin)]
    }
    return values
  }

  /// One seen-before match: what it is (an earlier claim, linked to its page, or a fact-check,
  /// linked when its reference is an http(s) URL), its words, verdict and similarity; and what
  /// its forms need (`number` tells their fields apart): whether its verdict can be adopted (not
  /// an earlier claim still open) and whether a status must be chosen (a published rating that
  /// fits no status), by the rules of `mark --same-as`.
  static func seen(_ match: SeenBeforeMatch, number: Int, earlier: [String: (claim: ClaimState, shortID: String)]) -> [String: Any] {
    var values: [String: Any] = ["number": number, "other": match.reference]
    switch match.target {
    case .claim(let id):
      let other = earlier[id]
      values["summary"] = Shown.text(SeenBeforeText.line(match, shortID: other?.shortID, status: other?.claim.status.rawValue))
      values["href"] = "/claims/" + (other?.shortID ?? String(id.prefix(12)))
      if let text = other?.claim.text { values["quote"] = Shown.text(text) }
      let open = (other?.claim.status ?? .open) == .open
      values["adoptable"] = !open
      values["stillOpen"] = open
    case .factCheck(let reference):
      values["summary"] = Shown.text(SeenBeforeText.line(match))
      if let href = SafeLink.href(reference) { values["href"] = href }
      if let reviewed = match.claimReviewed { values["quote"] = Shown.text(reviewed) }
      values["adoptable"] = true
      values["needsStatus"] = match.verdict.flatMap(VerdictReading.status) == nil
    }
    values["reference"] = Shown.text(match.reference)
    return values
  }

  static func entry(_ entry: HistoryEntry) -> [String: Any] {
    ["at": Shown.text(entry.at), "actor": Shown.text(entry.actor), "summary": Shown.text(entry.summary)]
  }

  /// The sentence before and after the claim's words, so the claim can be marked within it.
  static func split(_ sentence: String, around text: String) -> (String, String) {
    guard !text.isEmpty, let range = sentence.range(of: text) else { return ("", "") }
    return (String(sentence[..<range.lowerBound]), String(sentence[range.upperBound...]))
  }

  private static func link(_ text: String) -> [String: Any] {
    var values: [String: Any] = ["text": Shown.text(text)]
    if let href = SafeLink.href(text) { values["href"] = href }
    return values
  }

  private static func source(_ source: SourceState, captured: CapturedPages.Outcome?) -> [String: Any] {
    var values: [String: Any] = [
      "reference": Shown.text(source.reference), "actor": Shown.text(source.actor), "at": Shown.text(source.at),
      "origin": source.adopted ? "Attached" : "Suggested link, fetched",
      "fetches": source.fetches.map { fetch in
        [
          "at": Shown.text(fetch.at), "outcome": Shown.text(fetch.outcome),
          "passages": fetch.passages.prefix(3).map { passage -> [String: Any] in
            var p: [String: Any] = ["text": Shown.text(passage.text), "score": ScoreText.of(passage.score)]
            if let contradiction = passage.contradiction { p["contradiction"] = Shown.text(contradiction) }
            return p
          },
        ] as [String: Any]
      },
    ]
    if source.isURL, let href = SafeLink.href(source.reference) { values["href"] = href }
    let capture = source.fetches.last(where: \.isCapture)
    if let page = captured?.page, let capture {
      values["captured"] = CapturedTextView.values(page, passages: capture.passages)
    } else if capture != nil {
      values["unreadable"] = Shown.text(
        "The captured page is not shown: " + (captured?.problem ?? "its snapshot cannot be read from the workspace's snapshot store."))
    }
    return values
  }
}
