import ArgumentParser
import ClaimdeskKit
import ClaimdeskText

/// How `extract` and `check` read their documents.
struct DocumentReadingOptions: ParsableArguments {
  enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, text, markdown, html
  }

  @Option(help: "The input format: auto (by extension, else content), text, markdown or html.")
  var format: FormatChoice = .auto

  @Flag(help: "Join every line break inside a paragraph (text extracted from PDFs).")
  var unwrap = false

  @Option(help: "The document's title (default: its first heading or the page title).")
  var title: String?

  @Option(help: ArgumentHelp("The page the document came from, when it was saved from the web.", valueName: "url"))
  var url: String?

  @Option(help: ArgumentHelp("The document's date (YYYY-MM-DD): \"two weeks ago\" is read from it.", valueName: "date"))
  var date: String?

  func validate() throws {
    if let date, !Self.isISODate(date) { throw ValidationError("--date must look like 2015-11-24, not '\(date)'.") }
  }

  func extractionOptions(minimumScore: Double, dryRun: Bool) -> ExtractionOptions {
    let chosen: DocumentFormat? =
      switch format {
      case .auto: nil
      case .text: .text
      case .markdown: .markdown
      case .html: .html
      }
    return ExtractionOptions(
      format: chosen, unwrap: unwrap, title: title, url: url, date: date, minimumScore: minimumScore, dryRun: dryRun)
  }

  static func isISODate(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return false }
    let digits = bytes[0..<4] + bytes[5..<7] + bytes[8..<10]
    guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
    let month = Int(text.dropFirst(5).prefix(2)) ?? 0
    let day = Int(text.suffix(2)) ?? 0
    return (1...12).contains(month) && (1...31).contains(day)
  }
}
