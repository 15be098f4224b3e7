import ClaimdeskSupport
/// The data of `claim.added`, the op of most of a ledger's bytes, as the fold uses it. It is read
/// either from a parsed `JSONValue` (any valid JSON) or straight from the line's bytes (the
/// writer's layout, much faster); both give the same values, and the fold applies them by one
/// set of rules (`LedgerState`). `ReviewData` does the same for the review ops.
///
/// A class: it goes from the reader through the fold's enum and optionals to the claim, and a
/// struct of nine strings and arrays would be retained nine times at every step.
final class ClaimAddedData {
  private(set) var text: LedgerText
  private(set) var sentence: LedgerText?
  private(set) var contextBefore: LedgerText?
  private(set) var contextAfter: LedgerText?
  private(set) var span: Range<Int>?
  /// Millionths.
  private(set) var score: Int?
  private(set) var kinds: [String] = []
  private(set) var speaker: String?
  private(set) var hedges: [String] = []
  private(set) var cues: [ClaimCueRecord] = []
  private(set) var suggestedSources: [String] = []

  /// Nil without a string `text`. Values of another type than expected are ignored.
  init?(_ data: JSONValue) {
    guard let text = data["text"]?.stringValue else { return nil }
    self.text = LedgerText(text)
    sentence = data["sentence"]?.stringValue.map(LedgerText.init)
    contextBefore = data["context_before"]?.stringValue.map(LedgerText.init)
    contextAfter = data["context_after"]?.stringValue.map(LedgerText.init)
    if let start = data["span"]?["start"]?.intValue, let end = data["span"]?["end"]?.intValue, start <= end {
      span = start..<end
    }
    score = data["score"]?.intValue
    kinds = (data["kinds"]?.arrayValue ?? []).compactMap(\.stringValue)
    speaker = data["speaker"]?.stringValue
    hedges = (data["hedges"]?.arrayValue ?? []).compactMap(\.stringValue)
    suggestedSources = (data["suggested_sources"]?.arrayValue ?? []).compactMap(\.stringValue)
    cues = (data["cues"]?.arrayValue ?? []).compactMap { cue in
      guard let kind = cue["kind"]?.stringValue, let text = cue["text"]?.stringValue else { return nil }
      return ClaimCueRecord(kind: kind, text: text, value: cue["value"]?.stringValue)
    }
  }

  /// Nil when the bytes are not simply what the writer writes (the caller then parses them).
  init?(reading reader: EventDataReader) {
    text = LedgerText("")
    var hasText = false
    var reader = reader
    // Members read into the properties of `self` (all have values by now, so the closure may use it).
    let read = reader.members { [self] key, r in
      switch key {
      case .known(.text): guard let v = r.text() else { return false }; text = v; hasText = true
      case .known(.sentence): guard let v = r.optionalText() else { return false }; sentence = v
      case .known(.contextBefore): guard let v = r.optionalText() else { return false }; contextBefore = v
      case .known(.contextAfter): guard let v = r.optionalText() else { return false }; contextAfter = v
      case .known(.span):
        var start: Int?
        var end: Int?
        guard r.object({ key, r in
          switch key {
          case .known(.start): start = r.int()
          case .known(.end): end = r.int()
          default: return false
          }
          return true
        }), let start, let end else { return false }
        span = start <= end ? start..<end : nil
      case .known(.score): guard let v = r.int() else { return false }; score = v
      case .known(.kinds): guard let v = r.strings() else { return false }; kinds = v
      case .known(.speaker): guard let v = r.optionalString() else { return false }; speaker = v
      case .known(.hedges): guard let v = r.strings() else { return false }; hedges = v
      case .known(.suggestedSources): guard let v = r.strings() else { return false }; suggestedSources = v
      case .known(.cues): return r.elements { r in Self.readCue(&r, into: &cues) }
      case .known, .other: return r.skip()
      }
      return true
    }
    guard read, hasText else { return nil }
  }

  private static func readCue(_ r: inout EventDataReader, into cues: inout [ClaimCueRecord]) -> Bool {
    var kind: String?
    var text: String?
    var value: String?
    guard r.object({ key, r in
      switch key {
      case .known(.kind): kind = r.string(); return kind != nil
      case .known(.text): text = r.string(); return text != nil
      case .known(.value): guard let v = r.optionalString() else { return false }; value = v; return true
      default: return false
      }
    }), let kind, let text else { return false }
    cues.append(ClaimCueRecord(kind: kind, text: text, value: value))
    return true
  }
}
