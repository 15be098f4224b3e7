import ClaimdeskLedger

/// The queue's filters, read from the query string; empty fields filter nothing.
struct QueueFilter {
  var status: ClaimStatus?
  var document: String
  var speaker: String
  var kind: String
  /// A name, `me` (the signed-in user) or `none` (unassigned).
  var assigned: String
  var search: String
  /// Only claims that repeat an earlier claim or a published fact-check (`seen=1`).
  var seenBefore: Bool
  var page: Int

  static let pageSize = 50

  init(_ query: FormFields) {
    status = query.trimmed("status").flatMap(ClaimStatus.init(rawValue:))
    document = query.trimmed("document") ?? ""
    speaker = query.trimmed("speaker") ?? ""
    kind = query.trimmed("kind") ?? ""
    assigned = query.trimmed("assigned") ?? ""
    search = query.trimmed("q") ?? ""
    seenBefore = query.trimmed("seen") == "1"
    page = max(1, Int(query.trimmed("page") ?? "") ?? 1)
  }

  /// Whether any filter is set (without one, the queue is the ranking as it is: no pass over it).
  var isEmpty: Bool {
    status == nil && document.isEmpty && speaker.isEmpty && kind.isEmpty && assigned.isEmpty && search.isEmpty && !seenBefore
  }

  /// Whether the claim passes every filter but `seenBefore`, which the queue applies by starting
  /// from the fold's list of claims seen before (`SeenBeforeRanking`).
  func accepts(_ claim: ClaimState, user: String) -> Bool {
    if let status, claim.status != status { return false }
    if !document.isEmpty, !(claim.document?.hasPrefix(document) ?? false) { return false }
    if !speaker.isEmpty, !(claim.speaker?.localizedCaseInsensitiveContains(speaker) ?? false) { return false }
    if !kind.isEmpty, !claim.kinds.contains(kind) { return false }
    switch assigned.lowercased() {
    case "": break
    case "none": if claim.assignee != nil { return false }
    case "me": if claim.assignee != user { return false }
    default: if claim.assignee?.lowercased() != assigned.lowercased() { return false }
    }
    if !search.isEmpty, !claim.text.localizedCaseInsensitiveContains(search) { return false }
    return true
  }

  /// The query string of these filters at `page`.
  func query(page: Int) -> String {
    SafeLink.query([
      ("q", search), ("status", status?.rawValue ?? ""), ("kind", kind), ("speaker", speaker),
      ("document", document), ("assigned", assigned), ("seen", seenBefore ? "1" : ""), ("page", page > 1 ? String(page) : ""),
    ])
  }
}
