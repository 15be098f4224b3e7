import ArgumentParser
import ClaimdeskKit
import Foundation
import ClaimdeskSupport
import ClaimdeskText

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
    // The reader cuts pages at its limit anyway: reading more would only take memory (a 50 MB
    // page read whole and copied costs 100 MB before parsing starts). One byte more than the
    // limit lets the reader warn about the cut.
    let limit = HTMLReader.maximumBytes + 1
    var bytes: [UInt8]
    if file == "-" {
      bytes = [UInt8](context.standardInput().readData(ofLength: limit))
    } else {
      guard let handle = FileHandle(forReadingAtPath: context.absolutePath(file)) else {
        throw Failure.unreadable(file)
      }
      defer { try? handle.close() }
      // nil at once means an empty file.
      guard let data = try? handle.read(upToCount: limit) ?? Data() else { throw Failure.unreadable(file) }
      bytes = [UInt8](data)
    }
    if GzipReader.isGzip(bytes), let inflated = GzipReader.inflate(bytes, limit: HTMLReader.maximumBytes + 1) {
      bytes = inflated
    }
    return bytes
  }

  static func json(_ document: Document, file: String) -> JSONValue {
    // Paragraphs are in text order: one forward walk over the scalars slices them all.
    let scalars = document.text.unicodeScalars
    var index = scalars.startIndex
    var offset = 0
    func advance(to target: Int) -> String.UnicodeScalarView.Index {
      let steps = max(0, target - offset)
      index = scalars.index(index, offsetBy: steps, limitedBy: scalars.endIndex) ?? scalars.endIndex
      offset += steps
      return index
    }
    let paragraphs: [JSONValue] = document.paragraphs.map {
      let start = advance(to: $0.start)
      let end = advance(to: $0.end)
      return .object(["kind": .string($0.kind.rawValue), "text": .string(String(scalars[start..<end]))])
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
