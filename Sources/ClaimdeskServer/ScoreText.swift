/// A score as the CLI prints it: three decimals.
enum ScoreText {
  static func of(_ score: Double?) -> String {
    guard let score else { return "-" }
    let thousandths = Int((score * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }
}
