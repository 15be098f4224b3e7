import ClaimdeskSupport
/// The data of `claim.note`.
public struct ClaimNotePayload: Sendable, Equatable {
  public var text: String

  public init(text: String) { self.text = text }

  public var json: [String: JSONValue] { ["text": .string(text)] }

  /// Nil without a string `text`.
  init?(_ data: JSONValue) {
    guard let text = data["text"]?.stringValue else { return nil }
    self.text = text
  }

  /// Straight from the ledger's bytes; nil for bytes the JSON decoder must judge.
  init?(reading reader: EventDataReader) {
    var text: String?
    var reader = reader
    guard reader.members({ key, r in
      if key == .known(.text) {
        text = r.string()
        return text != nil
      }
      return r.skip()
    }), let text else { return nil }
    self.text = text
  }
}
