import Foundation
import ClaimdeskText

/// Ranks a page's passages by how well they bear on a claim: BM25 over the claim's terms with
/// rarity from the background table, extra weight for the claim's numbers, years, entities and
/// quoted words, and a bonus for the claim's word pairs and quoted phrases found verbatim.
public enum PassageRanker {
  static let k1 = 1.2
  static let b = 0.75
  static let numberWeight = 2.5
  static let entityWeight = 1.5
  static let quoteWeight = 1.5
  /// Share of a pair's rarity added when two adjacent claim words appear adjacent in a passage.
  static let pairBonus = 0.5
  /// Multiple of a quoted phrase's mean rarity added when the phrase appears verbatim.
  static let phraseBonus = 3.0
  /// A passage without the claim's numbers keeps this share of its score: the figure is
  /// usually the deciding fact. One stating a conflicting figure keeps all of it (it must be seen).
  static let missingNumberShare = 0.5
  /// Long paragraphs are cut into windows of this many sentences (overlapping by one).
  static let windowSentences = 3
  static let longParagraph = 700

  /// The best `limit` passages of a page given as paragraphs (offsets then count in the
  /// paragraphs joined by blank lines).
  public static func rank(claim: PassageQuery, paragraphs: [String], limit: Int = 3) -> [EvidencePassage] {
    var text = ""
    var parts: [Paragraph] = []
    for paragraph in paragraphs where !paragraph.isEmpty {
      if !text.isEmpty { text += "\n\n" }
      let start = text.unicodeScalars.count
      text += paragraph
      parts.append(Paragraph(start: start, end: text.unicodeScalars.count))
    }
    return rank(claim: claim, in: Document(text: text, format: .text, paragraphs: parts), limit: limit)
  }

  /// The best `limit` passages, best first; passages sharing no term with the claim are left out.
  /// Scores run from 0 to 1: 1 is what a passage of average length stating every claim term once,
  /// in the claim's word order and with its quoted phrases, would score.
  public static func rank(claim: PassageQuery, in document: Document, limit: Int = 3) -> [EvidencePassage] {
    let claimTokens = PassageTokenizer.tokens(claim.text)
    let weights = termWeights(claim, claimTokens)
    guard !weights.isEmpty, limit > 0 else { return [] }
    let pairs = adjacentPairs(claimTokens)
    let claimNumbers = Set(claimTokens.filter(\.isNumber).map(\.text))
    let phrases = claim.quotes.map { PassageTokenizer.tokens($0).map(\.text) }.filter { $0.count >= 2 }
    let phraseBonuses = phrases.map { phraseBonus * $0.map(BackgroundIDF.idf).reduce(0, +) / Double($0.count) }
    let ideal = weights.order.reduce(0) { $0 + $1.1 } + pairBonus * pairs.values.reduce(0, +)
      + phraseBonuses.reduce(0, +)

    let candidates = passages(of: document)
    let tokenized = candidates.map { PassageTokenizer.tokens($0.text) }
    let averageLength = max(1, Double(tokenized.reduce(0) { $0 + $1.count }) / Double(max(1, tokenized.count)))

    // Sorted by the raw score: two passages may both reach the top of the 0...1 scale.
    var ranked: [(raw: Double, passage: EvidencePassage)] = []
    for (index, candidate) in candidates.enumerated() {
      let tokens = tokenized[index]
      var frequency: [String: Int] = [:]
      for t in tokens { frequency[t.text, default: 0] += 1 }
      let norm = k1 * (1 - b + b * Double(tokens.count) / averageLength)
      var score = 0.0
      var matched: [String] = []
      for (term, weight) in weights.order {
        guard let tf = frequency[term] else { continue }
        score += weight * Double(tf) * (k1 + 1) / (Double(tf) + norm)
        matched.append(term)
      }
      guard !matched.isEmpty else { continue }
      let texts = tokens.map(\.text)
      var seenPairs = Set<String>()
      for i in 0..<max(0, texts.count - 1) {
        let key = texts[i] + " " + texts[i + 1]
        if let bonus = pairs[key], seenPairs.insert(key).inserted { score += pairBonus * bonus }
      }
      for (phrase, bonus) in zip(phrases, phraseBonuses) where contains(texts, phrase) { score += bonus }
      let contradiction = NumberConflictFinder.conflict(claim: claimTokens, passage: tokens)
      if !claimNumbers.isEmpty && contradiction == nil {
        let present = claimNumbers.filter { frequency[$0] != nil }.count
        score *= missingNumberShare + (1 - missingNumberShare) * Double(present) / Double(claimNumbers.count)
      }
      ranked.append((score, EvidencePassage(
          text: candidate.text, paragraphIndex: candidate.paragraph, start: candidate.start, end: candidate.end,
          score: (min(1, score / ideal) * 1000).rounded() / 1000, matchedTerms: matched, contradiction: contradiction)))
    }
    ranked.sort { $0.raw != $1.raw ? $0.raw > $1.raw : $0.passage.start < $1.passage.start }
    return ranked.prefix(limit).map(\.passage)
  }

  /// Unique claim terms in claim order with their weights: rarity times the cue multiplier.
  private static func termWeights(_ claim: PassageQuery, _ tokens: [PassageTokenizer.Token]) -> (
    order: [(String, Double)], isEmpty: Bool
  ) {
    let numbers = Set((claim.numbers + claim.years).flatMap { PassageTokenizer.tokens($0).map(\.text) })
    let entities = Set(claim.entities.flatMap { PassageTokenizer.tokens($0).map(\.text) })
    let quoted = Set(claim.quotes.flatMap { PassageTokenizer.tokens($0).map(\.text) })
    var seen = Set<String>()
    var order: [(String, Double)] = []
    for token in tokens where !PassageTokenizer.stopwords.contains(token.text) && seen.insert(token.text).inserted {
      var weight = BackgroundIDF.idf(token.text)
      if numbers.contains(token.text) || token.isNumber { weight *= numberWeight }
      if entities.contains(token.text) { weight *= entityWeight }
      if quoted.contains(token.text) { weight *= quoteWeight }
      order.append((token.text, weight))
    }
    return (order, order.isEmpty)
  }

  /// Adjacent claim word pairs with at least one content word, with their mean rarity.
  private static func adjacentPairs(_ tokens: [PassageTokenizer.Token]) -> [String: Double] {
    var pairs: [String: Double] = [:]
    for i in 0..<max(0, tokens.count - 1) {
      let a = tokens[i].text
      let c = tokens[i + 1].text
      if PassageTokenizer.stopwords.contains(a) && PassageTokenizer.stopwords.contains(c) { continue }
      pairs[a + " " + c] = (BackgroundIDF.idf(a) + BackgroundIDF.idf(c)) / 2
    }
    return pairs
  }

  private static func contains(_ texts: [String], _ phrase: [String]) -> Bool {
    guard texts.count >= phrase.count else { return false }
    for i in 0...(texts.count - phrase.count) where texts[i] == phrase[0] {
      if Array(texts[i..<(i + phrase.count)]) == phrase { return true }
    }
    return false
  }

  private struct Candidate {
    var text: String
    var paragraph: Int
    var start: Int
    var end: Int
  }

  /// Each paragraph, or overlapping windows of sentences for a long one.
  private static func passages(of document: Document) -> [Candidate] {
    let scalars = Array(document.text.unicodeScalars)
    func slice(_ s: Int, _ e: Int) -> String {
      String(String.UnicodeScalarView(scalars[max(0, s)..<min(e, scalars.count)]))
    }
    var sentencesByParagraph: [Int: [Sentence]] = [:]
    if document.paragraphs.contains(where: { $0.end - $0.start > longParagraph }) {
      for sentence in SentenceSplitter.split(document) { sentencesByParagraph[sentence.paragraph, default: []].append(sentence) }
    }
    var result: [Candidate] = []
    for (p, paragraph) in document.paragraphs.enumerated() {
      let sentences = sentencesByParagraph[p] ?? []
      if paragraph.end - paragraph.start <= longParagraph || sentences.count <= windowSentences {
        result.append(Candidate(text: slice(paragraph.start, paragraph.end), paragraph: p, start: paragraph.start, end: paragraph.end))
        continue
      }
      var first = 0
      while first < sentences.count {
        let last = min(first + windowSentences, sentences.count) - 1
        let s = sentences[first].start
        let e = sentences[last].end
        result.append(Candidate(text: slice(s, e), paragraph: p, start: s, end: e))
        if last == sentences.count - 1 { break }
        first += windowSentences - 1
      }
    }
    return result
  }
}
