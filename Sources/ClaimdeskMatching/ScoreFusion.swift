/// Combines lexical and dense scores per query by z-score normalisation:
/// fused = lexicalWeight · z(bm25) + denseWeight · z(cosine), z taken over the whole corpus
/// for this query. BM25 and cosine live on unrelated scales (0–40 vs 0–1); z-scores put
/// "how far above this query's typical document" on one scale. Only ranks depend on it.
public struct ScoreFusion: Sendable, Equatable {
  public var lexicalWeight: Double
  public var denseWeight: Double

  public init(lexicalWeight: Double, denseWeight: Double) {
    self.lexicalWeight = lexicalWeight
    self.denseWeight = denseWeight
  }

  public func fuse(lexical: [Float], dense: [Float]) -> [Float] {
    precondition(lexical.count == dense.count, "score lists differ in length")
    let zl = Self.zScores(lexical)
    let zd = Self.zScores(dense)
    let wl = Float(lexicalWeight)
    let wd = Float(denseWeight)
    var out = [Float](repeating: 0, count: lexical.count)
    for i in 0..<out.count { out[i] = wl * zl[i] + wd * zd[i] }
    return out
  }

  /// (x − mean) / standard deviation; all zeros when every score is equal (a corpus of one,
  /// or a query with no known term), so a silent signal adds nothing rather than NaN.
  public static func zScores(_ scores: [Float]) -> [Float] {
    let n = Double(scores.count)
    guard n > 0 else { return [] }
    var sum = 0.0
    var squares = 0.0
    for s in scores {
      sum += Double(s)
      squares += Double(s) * Double(s)
    }
    let mean = sum / n
    let variance = max(squares / n - mean * mean, 0)
    guard variance > 1e-12 else { return [Float](repeating: 0, count: scores.count) }
    let inverse = Float(1 / variance.squareRoot())
    let m = Float(mean)
    return scores.map { ($0 - m) * inverse }
  }
}
