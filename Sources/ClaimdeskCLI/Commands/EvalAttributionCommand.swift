import ArgumentParser
import ClaimdeskKit
import Foundation
import ClaimdeskExtraction
import ClaimdeskSupport

/// `claimdesk eval attribution --data FILE [--articles FILE]`: precision and recall of speakers,
/// hedges and kinds against hand labels (see README, "Claim extraction").
struct EvalAttributionCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "attribution",
    abstract: "Print precision and recall of claim speakers, hedges and kinds against hand labels.")

  @Option(help: "Labels, JSON Lines: {article, start, end, speaker, hedges, kinds} per sentence.")
  var data: String

  @Option(help: "The articles the labels point into ({id: {articleBody, url}}).")
  var articles = "../shared/data/extraction/aeb/ground-truth.json"

  @Flag(help: "Also list the sentences whose speaker differs from the label.")
  var showMisses = false

  func run() async throws {
    let context = CommandContext.current
    let labelsPath = context.absolutePath(data)
    let articlesPath = context.absolutePath(articles)
    let labels = try AttributionLabel.parse(jsonLines: try read(labelsPath), path: data)
    let json: JSONValue
    do { json = try JSONParser.parse(Array(try read(articlesPath).utf8)) } catch let error as JSONSyntaxError {
      throw ExtractionError.invalidArticles(path: articles, reason: error.description)
    }
    let result = try AttributionEvaluation.run(
      labels: labels, articles: json, labelsPath: data, articlesPath: articles,
      extractor: ClaimExtractor())
    var out = "attribution: \(result.sentences) sentences from \(result.articles) articles\n"
    out += pad("figure", 15) + pad("precision", 11) + pad("recall", 8) + pad("predicted", 11) + "labelled\n"
    for f in result.figures {
      out += pad(f.name, 15) + pad(number(f.precision), 11) + pad(number(f.recall), 8) + pad(String(f.predicted), 11)
        + "\(f.labelled)\n"
    }
    if showMisses {
      for m in result.speakerMisses {
        out += "miss\t\(m.article.prefix(10))\t\(m.start)-\(m.end)\tlabel=\(m.labelled ?? "-")\tpredicted=\(m.predicted ?? "-")\n"
      }
    }
    context.standardOutput.write(out)
  }

  private func read(_ path: String) throws -> String {
    do { return try String(contentsOfFile: path, encoding: .utf8) } catch {
      throw ExtractionError.unreadable(path: path, reason: (error as NSError).localizedDescription)
    }
  }

  private func number(_ x: Double?) -> String { x.map { String(format: "%.3f", $0) } ?? "-" }
  private func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count) }
}

