/// Indices of the k largest scores, best first; ties go to the lower index so runs are
/// reproducible. A bounded insertion pass: k is small (5–100) next to n (14k).
public enum TopK {
  public static func indices(of scores: [Float], k: Int) -> [Int] {
    guard k > 0 else { return [] }
    var best: [(score: Float, index: Int)] = []
    best.reserveCapacity(k + 1)
    for (i, s) in scores.enumerated() {
      if best.count == k, let last = best.last, !(s > last.score) { continue }
      var position = best.count
      while position > 0 && s > best[position - 1].score { position -= 1 }
      best.insert((s, i), at: position)
      if best.count > k { best.removeLast() }
    }
    return best.map(\.index)
  }
}
