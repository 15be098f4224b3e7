import ClaimdeskSupport
/// The data of a review event (`claim.status`, `claim.note`, `claim.source`), typed, as the
/// fold applies it. Read straight from the bytes when they are laid out as the writer writes
/// them, else from the parsed JSON: one decoder per kind either way (see each payload).
enum ReviewData {
  case status(ClaimStatusPayload)
  case note(ClaimNotePayload)
  case source(ClaimSourcePayload)

  /// The data of `op` read from parsed JSON; nil when it lacks what the op needs (the fold
  /// then says what).
  init?(_ data: JSONValue, op: EventOp) {
    switch op {
    case .claimStatus: guard let p = ClaimStatusPayload(data) else { return nil }; self = .status(p)
    case .claimNote: guard let p = ClaimNotePayload(data) else { return nil }; self = .note(p)
    case .claimSource: guard let p = ClaimSourcePayload(data) else { return nil }; self = .source(p)
    case .claimAdded, .documentAdded, .sourceFetched, .claimAssigned, .claimMatched, .matchRejected, .factChecksImported:
      return nil
    }
  }

  /// The data of `op` read straight from the bytes; nil for another op, or for bytes the
  /// reader leaves to the parser.
  init?(reading reader: EventDataReader, op: EventOp) {
    switch op {
    case .claimStatus: guard let p = ClaimStatusPayload(reading: reader) else { return nil }; self = .status(p)
    case .claimNote: guard let p = ClaimNotePayload(reading: reader) else { return nil }; self = .note(p)
    case .claimSource: guard let p = ClaimSourcePayload(reading: reader) else { return nil }; self = .source(p)
    case .claimAdded, .documentAdded, .sourceFetched, .claimAssigned, .claimMatched, .matchRejected, .factChecksImported:
      return nil
    }
  }
}
