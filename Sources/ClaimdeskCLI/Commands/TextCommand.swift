import ArgumentParser
import ClaimdeskKit
import Foundation

/// `claimdesk text FILE...|- [--jsonl]`: the main text of HTML pages.
struct TextCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "text",
    abstract: "Print the main text of HTML pages (paragraphs separated by blank lines).",
    discussion: "FILE may be - for standard input, and may be gzip-compressed (.html.gz).")

  @Argument(help: "HTML files, or - for standard input.")
  var files: [String]

  @Flag(help: "Print one JSON object per file: file, title, byline, published, url, language, text, paragraphs.")
  var jsonl = false

  /// Why a file could not be read.
  enum Failure: ClaimdeskFailure {
    /// The file does not exist or cannot be read.
    case unreadable(String)

    var description: String {
      switch self {
      case .unreadable(let path): return "cannot read \(path); check the path and its permissions"
      }
    }
    var exitStatus: ExitStatus { .noInput }
  }

  func run() async throws {
    let context = CommandContext.current
    var firstFailure: Int32?
    for (index, file) in files.enumerated() {
      do {
        let bytes = try read(file, context: context)
        let document = try HTMLReader.read(bytes)
        for warning in document.warnings { context.standardError.write("claimdesk: warning: \(file): \(warning)\n") }
        if jsonl {
          var writer = JSONWriter(capacity: document.text.utf8.count + 512)
          writer.write(Self.json(document, file: file))
          context.standardOutput.write(bytes: writer.bytes + [0x0A])
        } else {
          if index > 0 { context.standardOutput.write("\n") }
          context.standardOutput.write(document.text.isEmpty ? "" : document.text + "\n")
        }
      } catch let failure as ClaimdeskFailure {
        context.standardError.write("claimdesk: error: \(file): \(failure.description)\n")
        if firstFailure == nil { firstFailure = failure.exitStatus.rawValue }
      }
    }
    if let firstFailure { throw ExitCode(firstFailure) }
  }

  private func read(_ file: String, context: CommandContext) throws -> [UInt8] {
    var bytes: [UInt8]
    if file == "-" {
      bytes = [UInt8](context.standardInput().readDataToEndOfFile())
    } else {
      guard let data = FileManager.default.contents(atPath: context.absolutePath(file)) else {
        throw Failure.unreadable(file)
      }
      bytes = [UInt8](data)
    }
    if GzipReader.isGzip(bytes), let inflated = GzipReader.inflate(bytes, limit: HTMLReader.maximumBytes + 1) {
      bytes = inflated
    }
    return bytes
  }

  static func json(_ document: Document, file: String) -> JSONValue {
    let scalars = Array(document.text.unicodeScalars)
    func slice(_ start: Int, _ end: Int) -> String {
      String(String.UnicodeScalarView(scalars[max(0, start)..<min(end, scalars.count)]))
    }
    let paragraphs: [JSONValue] = document.paragraphs.map {
      .object(["kind": .string($0.kind.rawValue), "text": .string(slice($0.start, $0.end))])
    }
    return .object([
      "file": .string(file),
      "title": .optional(document.title),
      "byline": .optional(document.metadata.byline),
      "published": .optional(document.metadata.published),
      "url": .optional(document.metadata.url),
      "language": .optional(document.metadata.language),
      "text": .string(document.text),
      "paragraphs": .array(paragraphs),
    ])
  }
}
