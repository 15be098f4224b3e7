/// Rows of a claim index as a store keeps them (claim id, score, byte offsets of its events;
/// document id, offset of its `document.added`), in flat arrays: a whole index of 100,000
/// claims moves between the ledger and a store without an object per claim.
public struct ClaimIndexRows: Sendable {
  /// The lines these rows were derived from.
  public var coverage: IndexCoverage
  /// The coverage the rows continue (their offsets all lie after its length): nil when they
  /// are a whole index, which replaces whatever was kept.
  public var extends: IndexCoverage?
  /// Sorted claim ids, 32 ASCII hex bytes each, back to back.
  public var idBytes: [UInt8]
  /// Claim `i`'s offsets are `offsets[starts[i]..<starts[i + 1]]`.
  public var starts: [Int]
  public var offsets: [Int]
  /// Claim `i`'s score in millionths, or `noScore` (none recorded, or a later event of a claim
  /// whose row already holds its score).
  public var scores: [Int]
  public var documents: [String: Int]

  public static let noScore = Int.min
  public static let idLength = 32

  public init(
    coverage: IndexCoverage, extends: IndexCoverage?, idBytes: [UInt8], starts: [Int], offsets: [Int], scores: [Int],
    documents: [String: Int]
  ) {
    self.coverage = coverage
    self.extends = extends
    self.idBytes = idBytes
    self.starts = starts
    self.offsets = offsets
    self.scores = scores
    self.documents = documents
  }

  public var count: Int { starts.count - 1 }

  public func id(at i: Int) -> String {
    String(decoding: idBytes[(i * Self.idLength)..<((i + 1) * Self.idLength)], as: UTF8.self)
  }

  public func offsets(at i: Int) -> ArraySlice<Int> { offsets[starts[i]..<starts[i + 1]] }
}
