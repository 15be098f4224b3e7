import Foundation

/// Decides a claim's kinds from its tokens and cues, and combines the scorer's score with them.
///
/// The score, documented: with `p` the scorer's score clamped to [0.001, 0.999],
/// `score = sigmoid(logit(p) + adjustment)`, where the adjustment adds
/// - +0.5 for each checkable kind present among quantity, comparison, temporal, universal,
///   causal and law (at most three counted, so at most +1.5), and +0.25 for event;
/// - -2.0 for an opinion (-1.0 when the claim also has a quantity), -2.5 for a question, -1.5 for a prediction, -0.5 when the claim
///   itself is hedged by "may", "might" or "could";
/// - -2.0 for a fragment of fewer than four words, -1.0 for an exclamation ("We got her!"),
///   -2.0 for a sentence that ends in a colon and so announces what follows ("The five are:"),
///   -3.0 for the no-comment formula ("did not immediately respond to a request for comment",
///   "declined to comment", "could not be reached"): it reports that nothing was said.
/// An opinion is a normative word (should, must), a first person with a feeling ("I think"),
/// the writers' own rating ("We rate the statement Mostly True"), an exclamative "What a ...", or an evaluative or judging adjective said of something ("is
/// not easy", "very exciting"), not one merely qualifying a noun ("important meetings").
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
    var introducesList = false
    var noComment = false
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
    var noComment = false
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
      if c.contains(.promise) && isPromiseVerb(t, k, first, last) { kinds.insert(.prediction) }
      // "to" next is rare: tested first, it keeps the five word tests off most words.
      if k + 1 <= last && t[k + 1].is(Words.to)
        && (w.is(Words.going) || w.is(Words.expected) || w.is(Words.about) || w.is(Words.likely) || w.is(Words.unlikely))
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
      if c.contains(.normative) { kinds.insert(.opinion) }
      if (c.contains(.evaluative) || c.contains(.subjective)) && isPredicative(t, k, first) { kinds.insert(.opinion) }
      // "What a shame that ...": an exclamative, a judgement whatever follows.
      if k == first && w.is(Words.what) && k + 1 <= last && (t[k + 1].is(Words.a) || t[k + 1].is(Words.an)) {
        kinds.insert(.opinion)
      }
      if w.is(Words.precondition) { kinds.insert(.opinion) }
      // "We rate the statement Mostly True.", "We rated Dashlane as one of the best": the
      // writers' own verdict, nothing to check.
      if k == first, w.is(Words.we), k + 1 <= last, t[k + 1].is(Words.rate) || t[k + 1].is(Words.rated) { kinds.insert(.opinion) }
      if (w.is(Words.condition) || w.is(Words.conditions)) && k + 1 <= last && (t[k + 1].has(.copula) || t[k + 1].is(Words.for)) {
        kinds.insert(.opinion)
      }
      if (w.is(Words.need) || w.is(Words.needs)) && k + 1 <= last && t[k + 1].is(Words.to) { kinds.insert(.opinion) }
      if isEvent(t, k, first) { kinds.insert(.event) }
      if c.contains(.noCommentEnd) && isNoComment(t, k, first, last) { noComment = true }
      k += 1
    }
    if last + 1 < t.count, t[last + 1].kind == .question { question = true }
    if last + 1 < t.count, t[last + 1].kind == .exclamation { exclamation = true }
    var verdict = Verdict(kinds: kinds, isQuestion: question, modalHedged: modal, words: words)
    verdict.isExclamation = exclamation
    // "The newly selected five are:" closing its sentence announces what follows.
    verdict.introducesList = last + 2 == t.count && t[last + 1].kind == .colon
    verdict.noComment = noComment
    return verdict
  }

  /// The word at `k` closes the no-comment formula: "declined to comment", "refused to comment",
  /// "request for comment", "available for comment", "could not be reached", "did not
  /// immediately respond", "... for comment." ending the claim ("the patient did not respond to
  /// treatment" is no formula).
  private static func isNoComment(_ t: [Token], _ k: Int, _ first: Int, _ last: Int) -> Bool {
    let w = t[k]
    guard k - 2 >= first else { return false }
    let p = t[k - 1]
    let q = t[k - 2]
    // "The Guardian has approached Downing Street for comment.": asked, whoever asked whom.
    if w.is(Words.comment), p.is(Words.for), k == last { return true }
    if w.is(Words.comment), p.is(Words.for) || p.is(Words.to) {
      return q.is(Words.declined) || q.is(Words.refused) || q.is(Words.request) || q.is(Words.requests)
        || q.is(Words.available) || q.is(Words.reached)
    }
    if w.is(Words.reached), p.has(.copula) { return q.is(Words.not) || q.is(Words.couldnt) }
    if w.is(Words.respond), p.is(Words.immediately) { return q.is(Words.not) || q.is(Words.didnt) }
    return false
  }

  /// An evaluative or judging adjective said of something: after a copula ("is not easy",
  /// "are anything but easy", "is more complicated") or a degree adverb ("very exciting
  /// times"), not before a noun it merely qualifies ("some important meetings").
  private static func isPredicative(_ t: [Token], _ k: Int, _ first: Int) -> Bool {
    guard k > first else { return false }
    if t[k - 1].has(.degree) { return true }
    var j = k - 1
    var skipped = 0
    while j >= first, skipped < 2,
      t[j].has(.degree) || t[j].has(.comparative) || t[j].is(Words.not) || t[j].is(Words.but) || t[j].is(Words.anything)
    {
      j -= 1
      skipped += 1
    }
    // "denied being unfair" reports a denial; the gerund judges nothing itself.
    return j >= first && t[j].has(.copula) && !t[j].is(Words.being)
  }

  /// A promise or forecast verb, not the noun: "plans" only before "to" ("retirement plans"
  /// is a noun), "forecast" not after a determiner ("the forecast").
  private static func isPromiseVerb(_ t: [Token], _ k: Int, _ first: Int, _ last: Int) -> Bool {
    let w = t[k]
    if w.is(Words.plans) { return k + 1 <= last && t[k + 1].is(Words.to) }
    if w.is(Words.forecast) || w.is(Words.forecasts) { return !(k > first && t[k - 1].has(.determiner)) }
    return true
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
    // A judgement beside a figure leaves the figure to check (the guideline's "a quote that
    // mixes a feeling with a checkable fact is a claim"): half the penalty.
    if v.kinds.contains(.opinion) { x -= v.kinds.contains(.quantity) ? 1.0 : 2.0 }
    if v.isQuestion { x -= 2.5 }
    if v.kinds.contains(.prediction) { x -= 1.5 }
    if v.modalHedged { x -= 0.5 }
    if v.words < 4 { x -= 2.0 }
    if v.isExclamation { x -= 1.0 }
    if v.introducesList { x -= 2.0 }
    if v.noComment { x -= 3.0 }
    return 1 / (1 + exp(-x))
  }
}
