/// BM25 constants. Defaults are Lucene's (k1 1.2, b 0.75); the idf is Lucene's
/// log(1 + (N - df + 0.5) / (df + 0.5)), which never goes negative for common terms.
public struct BM25Parameters: Sendable, Equatable {
  public var k1: Float
  public var b: Float

  public init(k1: Float = 1.2, b: Float = 0.75) {
    self.k1 = k1
    self.b = b
  }
}
