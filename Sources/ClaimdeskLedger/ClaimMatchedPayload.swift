import ClaimdeskSupport

/// The data of `claim.matched`: what a claim was found to repeat when it was recorded (or
/// matched again), strongest first, and how it was matched (`hybrid`: words and sentence
/// embeddings; `lexical`: words alone, when no model was installed). A later `claim.matched`
/// of the same claim replaces the list.
public struct ClaimMatchedPayload: Sendable, Equatable {
  public var matches: [SeenBeforeMatch]
  public var method: String

  public init(matches: [SeenBeforeMatch], method: String) {
    self.matches = matches
    self.method = method
  }

  public var json: [String: JSONValue] {
    ["matches": .array(matches.map(\.json)), "method": .string(method)]
  }

  /// Nil unless `matches` is an array of valid matches and `method` a string.
  init?(_ data: JSONValue) {
    guard let array = data["matches"]?.arrayValue, let method = data["method"]?.stringValue else { return nil }
    let matches = array.compactMap(SeenBeforeMatch.init)
    guard matches.count == array.count else { return nil }
    self.init(matches: matches, method: method)
  }
}
