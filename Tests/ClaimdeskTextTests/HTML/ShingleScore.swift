/// The article-extraction benchmark's score for one page: 4-gram shingles of `\w+` tokens,
/// TP/FP/FN normalised; precision and recall averaged over pages, F1 of the means.
enum ShingleScore {
  struct Counts {
    var tp: Double
    var fp: Double
    var fn: Double
  }

  static func counts(truth: String, predicted: String) -> Counts {
    let t = shingles(truth)
    let p = shingles(predicted)
    var tp = 0
    var fp = 0
    var fn = 0
    for (key, count) in t {
      let other = p[key] ?? 0
      tp += min(count, other)
      fn += max(0, count - other)
    }
    for (key, count) in p { fp += max(0, count - (t[key] ?? 0)) }
    let sum = Double(tp + fp + fn)
    return sum > 0 ? Counts(tp: Double(tp) / sum, fp: Double(fp) / sum, fn: Double(fn) / sum) : Counts(tp: 0, fp: 0, fn: 0)
  }

  /// (precision, recall, F1) over pages.
  static func score(_ pages: [Counts]) -> (precision: Double, recall: Double, f1: Double) {
    func precision(_ c: Counts) -> Double { c.fp == 0 && c.fn == 0 ? 1 : (c.tp == 0 && c.fp == 0 ? 0 : c.tp / (c.tp + c.fp)) }
    func recall(_ c: Counts) -> Double { c.fp == 0 && c.fn == 0 ? 1 : (c.tp == 0 && c.fn == 0 ? 0 : c.tp / (c.tp + c.fn)) }
    let ps = pages.filter { $0.tp + $0.fp > 0 }.map(precision)
    let rs = pages.filter { $0.tp + $0.fn > 0 }.map(recall)
    let p = ps.isEmpty ? 0 : ps.reduce(0, +) / Double(ps.count)
    let r = rs.isEmpty ? 0 : rs.reduce(0, +) / Double(rs.count)
    return (p, r, p + r > 0 ? 2 * p * r / (p + r) : 0)
  }

  static func tokens(_ text: String) -> [String] {
    var result: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" {
        current.append(scalar)
      } else if !current.isEmpty {
        result.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { result.append(String(current)) }
    return result
  }

  static func shingles(_ text: String) -> [[String]: Int] {
    let t = tokens(text)
    var result: [[String]: Int] = [:]
    guard !t.isEmpty else { return result }
    for i in 0..<max(1, t.count - 3) { result[Array(t[i..<min(i + 4, t.count)]), default: 0] += 1 }
    return result
  }
}
