import ArgumentParser
import ClaimdeskKit
import Foundation
import ClaimdeskSupport
import ClaimdeskText

/// `claimdesk sentences FILE|-`: a document's English sentences, one per line or as JSON. Reads
/// in 1 MB chunks and prints as it goes, so a file of any size runs in bounded memory.
struct SentencesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sentences",
    abstract: "Split a document into sentences (one per line, or JSON with offsets).")

  enum FormatOption: String, ExpressibleByArgument, CaseIterable {
    case auto, text, markdown
  }

  @Argument(help: "The document (plain text or Markdown), or - for standard input.")
  var file: String

  @Option(help: "The input format: auto (by extension, else content), text or markdown.")
  var format: FormatOption = .auto

  @Flag(help: "Join every line break inside a paragraph (text extracted from PDFs).")
  var unwrap = false

  @Flag(help: "Print one JSON object per line: index, start, end, text, paragraph.")
  var jsonl = false

  @Flag(help: "Print the same objects as one JSON array.")
  var json = false

  func validate() throws {
    if jsonl && json { throw ValidationError("--jsonl and --json cannot be used together") }
  }

  func run() async throws {
    let context = CommandContext.current
    let origin = file
    let chosen: DocumentFormat? =
      switch format {
      case .auto: nil
      case .text: .text
      case .markdown: .markdown
      }
    var stream = SentenceStream(origin: origin, format: chosen, unwrap: unwrap)
    var printer = SentencePrinter(sink: context.standardOutput, style: json ? .array : jsonl ? .lines : .plain)
    var warned = 0
    func report(_ sentences: [Sentence]) {
      for warning in stream.warnings.dropFirst(warned) {
        context.standardError.write("claimdesk: warning: \(warning)\n")
      }
      warned = stream.warnings.count
      printer.print(sentences)
    }

    let input = try InputFile(path: file, context: context)
    defer { input.close() }
    while let chunk = try input.read() {
      report(try stream.feed(chunk))
    }
    report(try stream.finish())
    printer.finish()
    if printer.count == 0 {
      let what = stream.byteCount == 0 ? "is empty" : "holds no sentences"
      context.standardError.write("claimdesk: note: \(origin) \(what)\n")
    }
  }
}

/// Reads a file or standard input in 1 MB chunks, turning failures into `TextError.unreadable`.
private struct InputFile {
  let path: String
  let descriptor: Int32
  let ownsDescriptor: Bool
  let handle: FileHandle?

  init(path: String, context: CommandContext) throws {
    self.path = path
    if path == "-" {
      handle = context.standardInput()
      descriptor = -1
      ownsDescriptor = false
      return
    }
    handle = nil
    let absolute = context.absolutePath(path)
    let fd = open(absolute, O_RDONLY)
    guard fd >= 0 else { throw TextError.unreadable(origin: path, reason: String(cString: strerror(errno))) }
    var info = stat()
    if fstat(fd, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR {
      Glibc.close(fd)
      throw TextError.unreadable(origin: path, reason: "it is a folder")
    }
    descriptor = fd
    ownsDescriptor = true
  }

  /// The next chunk, or nil at the end.
  func read() throws -> [UInt8]? {
    let size = 1 << 20
    if let handle {
      do {
        guard let data = try handle.read(upToCount: size), !data.isEmpty else { return nil }
        return [UInt8](data)
      } catch {
        throw TextError.unreadable(origin: path, reason: "\(error)")
      }
    }
    var buffer = [UInt8](repeating: 0, count: size)
    while true {
      let n = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, size) }
      if n < 0 && errno == EINTR { continue }
      if n < 0 { throw TextError.unreadable(origin: path, reason: String(cString: strerror(errno))) }
      if n == 0 { return nil }
      buffer.removeSubrange(n...)
      return buffer
    }
  }

  func close() {
    if ownsDescriptor { Glibc.close(descriptor) }
  }
}

/// Writes sentences as plain lines, JSON Lines or one JSON array, buffered in 64 KB writes.
private struct SentencePrinter {
  enum Style { case plain, lines, array }
  let sink: OutputSink
  let style: Style
  private(set) var count = 0
  private var buffer: [UInt8] = []

  init(sink: OutputSink, style: Style) {
    self.sink = sink
    self.style = style
    buffer.reserveCapacity(1 << 16)
  }

  mutating func print(_ sentences: [Sentence]) {
    for sentence in sentences {
      switch style {
      case .plain:
        buffer.append(contentsOf: sentence.text.utf8)
        buffer.append(0x0A)
      case .lines:
        append(sentence)
        buffer.append(0x0A)
      case .array:
        buffer.append(count == 0 ? UInt8(ascii: "[") : UInt8(ascii: ","))
        if count > 0 { buffer.append(0x0A) }
        append(sentence)
      }
      count += 1
      if buffer.count >= 1 << 16 { flush() }
    }
    flush()
  }

  mutating func finish() {
    if style == .array { buffer.append(contentsOf: (count == 0 ? "[]\n" : "]\n").utf8) }
    flush()
  }

  /// The object's fields in the order the command's help lists them.
  private mutating func append(_ sentence: Sentence) {
    var writer = JSONWriter(capacity: sentence.text.utf8.count + 80)
    writer.writeString(sentence.text)
    buffer.append(contentsOf: #"{"index":\#(sentence.index),"start":\#(sentence.start),"end":\#(sentence.end),"text":"#.utf8)
    buffer.append(contentsOf: writer.bytes)
    buffer.append(contentsOf: #","paragraph":\#(sentence.paragraph)}"#.utf8)
  }

  private mutating func flush() {
    guard !buffer.isEmpty else { return }
    sink.write(bytes: buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}
