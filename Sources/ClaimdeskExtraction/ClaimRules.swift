import Foundation

/// Decides a claim's kinds from its tokens and cues, and combines the scorer's score with them.
///
/// The score, documented: with `p` the scorer's score clamped to [0.001, 0.999],
/// `score = sigmoid(logit(p) + adjustment)`, where the adjustment adds
/// - +0.5 for each checkable kind present among quantity, comparison, temporal, universal,
///   causal and law (at most three counted, so at most +1.5), and +0.25 for event;
/// - -2.0 for an opinion, -2.5 for a question, -1.5 for a prediction, -0.5 when the claim
///   itself is hedged by "may", "might" or "could";
/// - -2.0 for a fragment of fewer than four words, -1.0 for an exclamation ("We got her!").
/// The score stays strictly increasing in the scorer's score (rules shift it, never reorder two
/// claims with the same rules), and a neutral scorer (0.5) gives the rules alone.
enum ClaimRules {
  /// A set of kinds as bits: `Set<ClaimKind>` hashes the raw value strings, which showed up in
  /// profiles of the hot path.
  struct KindSet {
    var bits: UInt16 = 0
    static func bit(_ k: ClaimKind) -> UInt16 {
      switch k {
      case .quantity: return 1 << 0
      case .comparison: return 1 << 1
      case .temporal: return 1 << 2
      case .universal: return 1 << 3
      case .causal: return 1 << 4
      case .law: return 1 << 5
      case .event: return 1 << 6
      case .quote: return 1 << 7
      case .prediction: return 1 << 8
      case .opinion: return 1 << 9
      }
    }
    mutating func insert(_ k: ClaimKind) { bits |= Self.bit(k) }
    func contains(_ k: ClaimKind) -> Bool { bits & Self.bit(k) != 0 }
  }

  struct Verdict {
    var kinds: KindSet
    var isQuestion: Bool
    var isExclamation = false
    var modalHedged: Bool
    var words: Int
  }

  /// Kinds of the claim over tokens `first...last`; `after` is the token after it (for "?").
  static func judge(_ t: [Token], _ first: Int, _ last: Int, cues: ArraySlice<FoundCue>, isQuote: Bool) -> Verdict {
    var kinds = KindSet()
    if isQuote { kinds.insert(.quote) }
    for cue in cues {
      switch cue.kind {
      case .number, .percentage, .money: kinds.insert(.quantity)
      case .ordinal: if t[cue.first].kind == .number { kinds.insert(.quantity) }
      case .year, .date, .relativeDate, .duration, .span, .frequency: kinds.insert(.temporal)
      case .universal: kinds.insert(.universal)
      case .comparative, .superlative, .change: kinds.insert(.comparison)
      case .causal: kinds.insert(.causal)
      case .law: kinds.insert(.law)
      case .entity: break
      }
    }
    var words = 0
    var modal = false
    var question = false
    var exclamation = false
    var k = first
    while k <= last {
      let w = t[k]
      if w.kind == .question { question = true }
      if w.kind == .exclamation { exclamation = true }
      guard w.kind == .word else { k += 1; continue }
      words += 1
      let c = w.classes
      if c.contains(.modal) && !(w.isCapitalised && k > first) { modal = true }
      if c.contains(.future) {
        // "the will of the people" is a noun.
        if !(k > first && t[k - 1].has(.determiner)) { kinds.insert(.prediction) }
      }
      if c.contains(.promise) { kinds.insert(.prediction) }
      if (w.is(Words.going) || w.is(Words.expected) || w.is(Words.about)) && k + 1 <= last && t[k + 1].is(Words.to)
        && (w.is(Words.going) || w.is(Words.expected) || (k > first && t[k - 1].has(.copula)))
      {
        kinds.insert(.prediction)
      }
      if c.contains(.firstPerson) {
        var j = k + 1
        while j <= last, j <= k + 3 {
          if t[j].has(.feeling) { kinds.insert(.opinion); break }
          j += 1
        }
      }
      if c.contains(.normative) || c.contains(.evaluative) { kinds.insert(.opinion) }
      if w.is(Words.precondition) { kinds.insert(.opinion) }
      if (w.is(Words.condition) || w.is(Words.conditions)) && k + 1 <= last && (t[k + 1].has(.copula) || t[k + 1].is(Words.for)) {
        kinds.insert(.opinion)
      }
      if (w.is(Words.need) || w.is(Words.needs)) && k + 1 <= last && t[k + 1].is(Words.to) { kinds.insert(.opinion) }
      if isEvent(t, k, first) { kinds.insert(.event) }
      k += 1
    }
    if last + 1 < t.count, t[last + 1].kind == .question { question = true }
    if last + 1 < t.count, t[last + 1].kind == .exclamation { exclamation = true }
    var verdict = Verdict(kinds: kinds, isQuestion: question, modalHedged: modal, words: words)
    verdict.isExclamation = exclamation
    return verdict
  }

  /// A past tense or perfect: "opposed", "has opposed", "took"; not "is halted", "the armed men".
  private static func isEvent(_ t: [Token], _ k: Int, _ first: Int) -> Bool {
    let w = t[k]
    guard !w.isCapitalised || k == first else { return false }
    if w.classes.contains(.past) && !w.classes.contains(.copula) { return k == first || !t[k - 1].has(.determiner) }
    guard w.endsInEd, !w.classes.contains(.notPast) else { return false }
    guard k > first else { return true }
    let p = t[k - 1]
    if p.has(.perfect) { return true }
    return !(p.has(.copula) || p.has(.determiner) || p.is(Words.to) || p.kind != .word)
  }

  /// quantity, comparison, temporal, universal, causal, law.
  static let checkable: UInt16 = 0b11_1111

  /// The combination documented above.
  static func score(model: Double, _ v: Verdict) -> Double {
    let p = min(max(model.isNaN ? 0.5 : model, 0.001), 0.999)
    var x = log(p / (1 - p))
    let strong = (v.kinds.bits & checkable).nonzeroBitCount
    x += 0.5 * Double(min(strong, 3))
    if v.kinds.contains(.event) { x += 0.25 }
    if v.kinds.contains(.opinion) { x -= 2.0 }
    if v.isQuestion { x -= 2.5 }
    if v.kinds.contains(.prediction) { x -= 1.5 }
    if v.modalHedged { x -= 0.5 }
    if v.words < 4 { x -= 2.0 }
    if v.isExclamation { x -= 1.0 }
    return 1 / (1 + exp(-x))
  }
}
