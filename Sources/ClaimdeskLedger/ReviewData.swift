import ClaimdeskSupport
/// The data of `claim.status`, `claim.note` and `claim.source`: a few strings each. A member
/// the op does not know is skipped; `status` and the like are checked by the fold.
struct ReviewData {
  /// `status` of `claim.status`, `text` of `claim.note`, `reference` of `claim.source`.
  var main: String?
  /// `note` of `claim.status`, `kind` of `claim.source`.
  var detail: String?

  init(_ data: JSONValue, main: String, detail: String?) {
    self.main = data[main]?.stringValue
    self.detail = detail.flatMap { data[$0]?.stringValue }
  }

  /// The data of `op` read straight from the bytes; nil for another op, or for bytes the
  /// reader leaves to the parser.
  init?(reading reader: EventDataReader, op: String) {
    switch op {
    case EventOp.claimNote.rawValue: self.init(reading: reader, main: .text, detail: nil)
    case EventOp.claimStatus.rawValue: self.init(reading: reader, main: .status, detail: .note)
    case EventOp.claimSource.rawValue: self.init(reading: reader, main: .reference, detail: .kind)
    default: return nil
    }
  }

  private init?(reading reader: EventDataReader, main: EventDataReader.KnownKey, detail: EventDataReader.KnownKey?) {
    var reader = reader
    var found: String?
    var extra: String?
    guard reader.members({ key, r in
      if key == .known(main) {
        found = r.string()
        return found != nil
      }
      if let detail, key == .known(detail) {
        guard let v = r.optionalString() else { return false }
        extra = v
        return true
      }
      return r.skip()
    }), found != nil else { return nil }
    self.main = found
    self.detail = extra
  }
}
