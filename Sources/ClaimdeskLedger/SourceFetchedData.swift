import ClaimdeskSupport
/// What the fold keeps of a `source.fetched` read straight from the ledger's bytes: the URL,
/// whether it captured the page, its one-line summary and the data's bytes themselves (which
/// `SourceFetch` keeps and reads again when a page asks). Reading it makes no JSON values: a
/// fetch record with its hops and passages is about 3 kB, and parsing each one whole, typing it
/// and writing it back as bytes was most of the time of folding a ledger with many fetches.
/// Nil for bytes the reader leaves to the parser (`SourceFetchedPayload(_:)` then decides).
struct SourceFetchedData {
  var url: String
  var isCapture: Bool
  /// As `FetchRecord.summary` words it.
  var summary: String
  /// The data object, braces included, exactly as recorded.
  var bytes: [UInt8]

  init?(reading reader: EventDataReader, bytes: UnsafeBufferPointer<UInt8>) {
    var url: String?
    var outcome = ""
    var httpStatus = 0
    var truncated = false
    var failureCategory: String?
    var reader = reader
    // A member of another type reads as absent, as `FetchRecord(_:)` reads it: here that is
    // a surprise, and the parser's reading decides.
    guard reader.members({ key, r in
      switch key {
      case .known(.url): url = r.string(); return url != nil
      case .known(.outcome): guard let v = r.string() else { return false }; outcome = v; return true
      case .known(.httpStatus): guard let v = r.int() else { return false }; httpStatus = v; return true
      case .known(.truncated): guard let v = r.bool() else { return false }; truncated = v; return true
      case .known(.error):
        if r.skipNull() { return true }
        return r.object { key, inner in
          guard key == .known(.category) else { return inner.skipCompact() }
          failureCategory = inner.string()
          return failureCategory != nil
        }
      default: return r.skipCompact()
      }
    }), let url else { return nil }
    self.url = url
    isCapture = CaptureRule.isCapture(
      outcome: outcome, failureCategory: failureCategory, httpStatus: httpStatus, truncated: truncated)
    summary = FetchRecord.summary(outcome: outcome, httpStatus: httpStatus, failureCategory: failureCategory)
    // An exact copy (no spare capacity): the fold keeps one for every fetch.
    self.bytes = [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
      _ = buffer.initialize(from: bytes)
      count = bytes.count
    }
  }
}
