/// A figure stated in a claim: what kind of quantity, and its value normalised so that
/// "5%", "5 percent" and "five per cent" compare equal, as do "$1.5 million" and
/// "$1,500,000".
public struct Figure: Sendable, Hashable, CustomStringConvertible {
  public enum Kind: String, Sendable, Hashable {
    /// `multiple`: a change stated as a factor ("doubled" 2, "tripled" 3, "halved" 0.5).
    case percent, money, year, date, count, multiple
  }

  public let kind: Kind
  /// Numeric value (a date is month·100 + day).
  public let value: Double
  /// The text it was read from, for display ("rose 5%").
  public let text: String

  public init(kind: Kind, value: Double, text: String) {
    self.kind = kind
    self.value = value
    self.text = text
  }

  /// Same kind and equal: years and dates exactly; amounts within 0.5%, so rounding
  /// ("1.5 million" vs "1,496,000") agrees but 5% vs 7% does not.
  public func agrees(with other: Figure) -> Bool {
    guard kind == other.kind else { return false }
    if kind == .year || kind == .date { return value == other.value }
    let scale = max(abs(value), abs(other.value), 1e-9)
    return abs(value - other.value) / scale <= 0.005
  }

  public static func == (a: Figure, b: Figure) -> Bool { a.kind == b.kind && a.value == b.value }
  public func hash(into hasher: inout Hasher) {
    hasher.combine(kind)
    hasher.combine(value)
  }

  public var description: String { "\(kind.rawValue) \(text)" }
}
