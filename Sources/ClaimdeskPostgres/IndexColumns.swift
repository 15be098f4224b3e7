import ClaimdeskLedger

/// Claim index rows as the columns of `unnest(...)` inserts: one per claim (id, score), one
/// per event (claim id, offset), one per document.
struct IndexColumns {
  var length: Int
  var lastHash: String
  var ids: [String] = []
  var scores: [Int] = []
  var eventIDs: [String] = []
  var eventOffsets: [Int] = []
  var documentIDs: [String] = []
  var documentOffsets: [Int] = []

  /// No rows (and a coverage that matches nothing) for nil.
  init(_ rows: ClaimIndexRows?) {
    length = rows?.coverage.length ?? -1
    lastHash = rows?.coverage.lastHash ?? ""
    guard let rows else { return }
    ids.reserveCapacity(rows.count)
    scores.reserveCapacity(rows.count)
    eventIDs.reserveCapacity(rows.offsets.count)
    eventOffsets.reserveCapacity(rows.offsets.count)
    for i in 0..<rows.count {
      let id = rows.id(at: i)
      ids.append(id)
      scores.append(rows.scores[i])
      for offset in rows.offsets(at: i) {
        eventIDs.append(id)
        eventOffsets.append(offset)
      }
    }
    for (id, offset) in rows.documents {
      documentIDs.append(id)
      documentOffsets.append(offset)
    }
  }
}
