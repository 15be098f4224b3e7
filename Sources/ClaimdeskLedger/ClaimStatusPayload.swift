import ClaimdeskSupport
/// The data of `claim.status`: the new status, the one it replaces, and why.
public struct ClaimStatusPayload: Sendable, Equatable {
  /// As written; the fold rejects a word that is no `ClaimStatus`.
  public var status: String
  /// The status before; informative only (the fold knows it).
  public var from: String?
  public var note: String?

  public init(status: ClaimStatus, from: ClaimStatus, note: String?) {
    self.init(status: status.rawValue, from: from.rawValue, note: note)
  }

  init(status: String, from: String?, note: String?) {
    self.status = status
    self.from = from
    self.note = note
  }

  public var json: [String: JSONValue] {
    var data: [String: JSONValue] = ["status": .string(status)]
    if let from { data["from"] = .string(from) }
    if let note { data["note"] = .string(note) }
    return data
  }

  /// Nil without a string `status`; other members of another type are ignored.
  init?(_ data: JSONValue) {
    guard let status = data["status"]?.stringValue else { return nil }
    self.init(status: status, from: data["from"]?.stringValue, note: data["note"]?.stringValue)
  }

  /// Straight from the ledger's bytes; nil for bytes the JSON decoder must judge.
  init?(reading reader: EventDataReader) {
    var status: String?
    var from: String?
    var note: String?
    var reader = reader
    guard reader.members({ key, r in
      switch key {
      case .known(.status): status = r.string(); return status != nil
      case .known(.from): guard let v = r.optionalString() else { return false }; from = v; return true
      case .known(.note): guard let v = r.optionalString() else { return false }; note = v; return true
      default: return r.skip()
      }
    }), let status else { return nil }
    self.init(status: status, from: from, note: note)
  }
}
