/// Reading a fetch's passages straight from its record's bytes (`SourceFetch.passages`): a page
/// or a listing asks for them, and parsing the whole record (hops, digests, every member) into
/// JSON values to take three passages was most of what `list --json` spent on a fetch.
extension PassageRecord {
  /// The passages `SourceFetch.passages(of:)` reads from the parsed record, when the bytes are
  /// laid out as the writer lays them out and every member it reads has the type it expects;
  /// nil for anything else (the caller parses instead, which decides as it always has).
  static func reading(_ record: UnsafeBufferPointer<UInt8>) -> [PassageRecord]? {
    var reader = EventDataReader(record, range: 0..<record.count, shared: nil)
    var hasURL = false
    var passages: [PassageRecord] = []
    guard reader.members({ key, r in
      switch key {
      case .known(.url): hasURL = r.string() != nil; return hasURL
      case .known(.passages): return r.elements { r in readOne(&r, into: &passages) }
      default: return r.skipCompact()
      }
    }), hasURL else { return nil }
    return passages
  }

  private static func readOne(_ r: inout EventDataReader, into passages: inout [PassageRecord]) -> Bool {
    var text: String?
    var score: Int?
    var terms: [String] = []
    var paragraph: Int?
    var contradiction: String?
    guard r.object({ key, r in
      switch key {
      case .known(.text): text = r.string(); return text != nil
      case .known(.score): score = r.int(); return score != nil
      case .known(.matchedTerms): guard let v = r.strings() else { return false }; terms = v; return true
      case .known(.paragraph):
        if r.skipNull() { return true }
        paragraph = r.int()
        return paragraph != nil
      case .known(.contradiction): guard let v = r.optionalString() else { return false }; contradiction = v; return true
      default: return r.skipCompact()
      }
    }), let text, let score else { return false }
    passages.append(
      PassageRecord(
        text: text, score: Double(score) / 1_000_000, matchedTerms: terms, paragraph: paragraph,
        contradiction: contradiction))
    return true
  }
}
