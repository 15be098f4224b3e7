import ClaimdeskSupport

/// The data of `claim.match_rejected`: a reviewer said that a match shown as "seen before" is
/// not the same claim. `reference` is the earlier claim's full id or the fact-check's
/// reference, as `SeenBeforeMatch.reference` gives it; `note` says why, when given.
public struct MatchRejectedPayload: Sendable, Equatable {
  public var reference: String
  public var note: String?

  public init(reference: String, note: String? = nil) {
    self.reference = reference
    self.note = note
  }

  public var json: [String: JSONValue] {
    var data: [String: JSONValue] = ["reference": .string(reference)]
    if let note { data["note"] = .string(note) }
    return data
  }

  /// Nil without a non-empty string `reference`.
  init?(_ data: JSONValue) {
    guard let reference = data["reference"]?.stringValue, !reference.isEmpty else { return nil }
    self.init(reference: reference, note: data["note"]?.stringValue)
  }
}
