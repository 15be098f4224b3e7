import ClaimdeskLedger

/// Claim index rows as the columns of an `unnest(...)` insert: a claim's offsets as one
/// comma-separated text (`string_to_array` in the statement), since ragged arrays of arrays
/// cannot be bound.
struct IndexColumns {
  var length: Int
  var lastHash: String
  var ids: [String] = []
  var scores: [Int] = []
  var offsets: [String] = []
  var documentIDs: [String] = []
  var documentOffsets: [Int] = []

  /// No rows (and a coverage that matches nothing) for nil.
  init(_ rows: ClaimIndexRows?) {
    length = rows?.coverage.length ?? -1
    lastHash = rows?.coverage.lastHash ?? ""
    guard let rows else { return }
    ids.reserveCapacity(rows.count)
    scores.reserveCapacity(rows.count)
    offsets.reserveCapacity(rows.count)
    for i in 0..<rows.count {
      ids.append(rows.id(at: i))
      scores.append(rows.scores[i])
      offsets.append(rows.offsets(at: i).map(String.init).joined(separator: ","))
    }
    for (id, offset) in rows.documents {
      documentIDs.append(id)
      documentOffsets.append(offset)
    }
  }
}
