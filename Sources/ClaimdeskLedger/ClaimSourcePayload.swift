import ClaimdeskSupport
/// The data of `claim.source`: a URL or a citation a reviewer attached.
public struct ClaimSourcePayload: Sendable, Equatable {
  public var reference: String
  /// `url` or `citation`; nil in a record written without it (then it is no URL).
  public var kind: String?

  public init(reference: String, isURL: Bool) {
    self.reference = reference
    self.kind = isURL ? "url" : "citation"
  }

  init(reference: String, kind: String?) {
    self.reference = reference
    self.kind = kind
  }

  public var isURL: Bool { kind == "url" }

  public var json: [String: JSONValue] {
    var data: [String: JSONValue] = ["reference": .string(reference)]
    if let kind { data["kind"] = .string(kind) }
    return data
  }

  /// Nil without a string `reference`.
  init?(_ data: JSONValue) {
    guard let reference = data["reference"]?.stringValue else { return nil }
    self.init(reference: reference, kind: data["kind"]?.stringValue)
  }

  /// Straight from the ledger's bytes; nil for bytes the JSON decoder must judge.
  init?(reading reader: EventDataReader) {
    var reference: String?
    var kind: String?
    var reader = reader
    guard reader.members({ key, r in
      switch key {
      case .known(.reference): reference = r.string(); return reference != nil
      case .known(.kind): guard let v = r.optionalString() else { return false }; kind = v; return true
      default: return r.skip()
      }
    }), let reference else { return nil }
    self.init(reference: reference, kind: kind)
  }
}
