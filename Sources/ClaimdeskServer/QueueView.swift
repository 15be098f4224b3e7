import ClaimdeskLedger

/// The values of the queue page.
enum QueueView {
  static func values(_ snapshot: ClaimsSnapshot.Contents, filter: QueueFilter, user: String) -> [String: Any] {
    let claims = snapshot.state.claims
    // "Seen before" starts from the fold's own list of such claims (see `SeenBeforeRanking`).
    let candidates = filter.seenBefore ? snapshot.seenBefore.ids(ranked: snapshot.ranked, state: snapshot.state) : snapshot.ranked
    let matching = filter.isEmpty
      ? candidates : candidates.filter { id in claims[id].map { filter.accepts($0, user: user) } ?? false }
    let start = (filter.page - 1) * QueueFilter.pageSize
    let shown = matching.dropFirst(start).prefix(QueueFilter.pageSize).compactMap { claims[$0] }
    let rows: [[String: Any]] = shown.map { claim in
      [
        "shortID": snapshot.shortIDs[claim.id] ?? claim.id, "score": ScoreText.of(claim.score),
        "status": claim.status.rawValue, "speaker": Shown.text(claim.speaker ?? "—"),
        "assignee": Shown.text(claim.assignee ?? ""), "text": Shown.text(claim.text), "kinds": claim.kinds.map(Shown.text),
        "seenBefore": !claim.seenBefore.isEmpty,
      ]
    }
    let documents: [[String: Any]] = snapshot.state.documentOrder.compactMap { id in
      guard let document = snapshot.state.documents[id] else { return nil }
      return ["value": String(id.prefix(12)), "label": Shown.text(document.title ?? document.origin),
              "selected": !filter.document.isEmpty && id.hasPrefix(filter.document)]
    }
    var values: [String: Any] = [
      "q": filter.search, "speaker": filter.speaker, "assigned": filter.assigned, "seen": filter.seenBefore,
      "statuses": ClaimStatus.allCases.map { ["value": $0.rawValue, "selected": $0 == filter.status] },
      "kinds": snapshot.kinds.map { ["value": Shown.text($0), "selected": $0 == filter.kind] },
      "documents": documents, "rows": rows, "hasRows": !rows.isEmpty, "since": snapshot.state.lastSeq,
      "summary": summary(total: snapshot.ranked.count, matching: matching.count, start: start, shown: rows.count),
    ]
    if filter.page > 1 { values["previous"] = filter.query(page: filter.page - 1) }
    if start + rows.count < matching.count { values["next"] = filter.query(page: filter.page + 1) }
    return values
  }

  private static func summary(total: Int, matching: Int, start: Int, shown: Int) -> String {
    if total == 0 { return "No claims yet: check an article to record some." }
    if matching == 0 { return "No claims match these filters." }
    return "Claims \(start + 1)–\(start + shown) of \(matching)" + (matching == total ? "" : " matching (\(total) in all)")
  }
}
