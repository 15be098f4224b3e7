import Foundation
import ClaimdeskSupport
import ClaimdeskText

/// Measures speakers, hedges and kinds against hand labels on real articles: each labelled
/// article is extracted with its labelled sentences as the sentences (so the splitter does not
/// enter the figures), and each sentence's claims are compared with its label.
public struct AttributionEvaluation: Sendable {
  /// Precision and recall of one figure: a speaker counts when it equals the label (case and
  /// apostrophe style aside); hedges and kinds count per sentence.
  public struct Figure: Sendable, Equatable {
    public var name: String
    public var truePositives: Int
    public var predicted: Int
    public var labelled: Int
    public var precision: Double? { predicted == 0 ? nil : Double(truePositives) / Double(predicted) }
    public var recall: Double? { labelled == 0 ? nil : Double(truePositives) / Double(labelled) }
  }

  /// A labelled sentence whose predicted speaker is not its label.
  public struct SpeakerMiss: Sendable, Equatable {
    public var article: String
    public var start: Int
    public var end: Int
    public var labelled: String?
    public var predicted: String?
  }

  public var sentences: Int
  public var articles: Int
  /// "speaker", "hedges", each `ClaimKind` in order, then "kinds (micro)".
  public var figures: [Figure]
  public var speakerMisses: [SpeakerMiss] = []

  /// `articles` is the AEB ground truth, `{id: {articleBody, url}}`. Labels whose article is
  /// missing or whose offsets fall outside the body throw `ExtractionError.invalidLabel`.
  public static func run(
    labels: [AttributionLabel], articles: JSONValue, labelsPath: String, articlesPath: String,
    extractor: ClaimExtractor
  ) throws -> AttributionEvaluation {
    guard let bodies = articles.objectValue else {
      throw ExtractionError.invalidArticles(path: articlesPath, reason: "the top level is not an object")
    }
    var byArticle: [String: [(Int, AttributionLabel)]] = [:]
    for (n, label) in labels.enumerated() { byArticle[label.article, default: []].append((n, label)) }

    var speaker = Figure(name: "speaker", truePositives: 0, predicted: 0, labelled: 0)
    var hedges = Figure(name: "hedges", truePositives: 0, predicted: 0, labelled: 0)
    var misses: [SpeakerMiss] = []
    var kinds = ClaimKind.allCases.map { Figure(name: $0.rawValue, truePositives: 0, predicted: 0, labelled: 0) }
    for id in byArticle.keys.sorted() {
      let items = byArticle[id]!.sorted { $0.1.start < $1.1.start }
      guard let body = bodies[id]?["articleBody"]?.stringValue else {
        throw ExtractionError.invalidLabel(path: labelsPath, line: items[0].0 + 1, reason: "article \(id) is not in \(articlesPath)")
      }
      let scalars = Array(body.unicodeScalars)
      let document = Self.document(body)
      var sentences: [Sentence] = []
      for (n, label) in items {
        guard label.end <= scalars.count else {
          throw ExtractionError.invalidLabel(path: labelsPath, line: n + 1, reason: "offsets past the end of article \(id)")
        }
        let paragraph = document.paragraphs.lastIndex { $0.start <= label.start } ?? 0
        let text = String(String.UnicodeScalarView(scalars[label.start..<label.end]))
        sentences.append(Sentence(index: sentences.count, start: label.start, end: label.end, text: text, paragraph: paragraph))
      }
      let claims = extractor.extract(from: document, sentences: sentences)
      for (i, (_, label)) in items.enumerated() {
        let mine = claims.filter { $0.sentenceIndex == i }
        let predictedSpeaker = mine.lazy.compactMap(\.speaker).first
        if let p = predictedSpeaker { speaker.predicted += 1; if let l = label.speaker, same(p, l) { speaker.truePositives += 1 } }
        if label.speaker != nil { speaker.labelled += 1 }
        if predictedSpeaker.map(normalise) != label.speaker.map(normalise) {
          misses.append(SpeakerMiss(article: id, start: label.start, end: label.end, labelled: label.speaker, predicted: predictedSpeaker))
        }
        let predictedHedges = Set(mine.flatMap(\.hedges).map(normalise))
        let labelledHedges = Set(label.hedges.map(normalise))
        hedges.predicted += predictedHedges.count
        hedges.labelled += labelledHedges.count
        hedges.truePositives += predictedHedges.intersection(labelledHedges).count
        let predictedKinds = Set(mine.flatMap(\.kinds).map(\.rawValue))
        for k in kinds.indices {
          let name = kinds[k].name
          let p = predictedKinds.contains(name)
          let l = label.kinds.contains(name)
          if p { kinds[k].predicted += 1 }
          if l { kinds[k].labelled += 1 }
          if p && l { kinds[k].truePositives += 1 }
        }
      }
    }
    let micro = Figure(
      name: "kinds (micro)", truePositives: kinds.map(\.truePositives).reduce(0, +),
      predicted: kinds.map(\.predicted).reduce(0, +), labelled: kinds.map(\.labelled).reduce(0, +))
    return AttributionEvaluation(sentences: labels.count, articles: byArticle.count, figures: [speaker, hedges] + kinds + [micro],
      speakerMisses: misses)
  }

  /// One paragraph per non-empty line, offsets in scalars of the raw body (no normalisation, so
  /// the labels' offsets hold whatever reader the product uses).
  static func document(_ body: String) -> Document {
    var paragraphs: [Paragraph] = []
    var offset = 0
    for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
      let length = line.unicodeScalars.count
      if !line.allSatisfy(\.isWhitespace) { paragraphs.append(Paragraph(start: offset, end: offset + length)) }
      offset += length + 1
    }
    return Document(text: body, format: .text, paragraphs: paragraphs)
  }

  private static func normalise(_ s: String) -> String {
    s.lowercased().replacingOccurrences(of: "\u{2019}", with: "'").trimmingCharacters(in: .whitespaces)
  }

  private static func same(_ a: String, _ b: String) -> Bool { normalise(a) == normalise(b) }
}
