/// One read of a document, fed its bytes in chunks: the engine under `DocumentReader` (whole
/// documents) and `SentenceStream` (files of any size). The first 64 KB decide the encoding,
/// whether the file is binary, the format, the hard-wrap policy and the language warning; plain
/// text then flows line by line, while Markdown and HTML are read whole at the end.
struct TextReadingSession {
  let origin: String
  let requestedFormat: DocumentFormat?
  let unwrap: Bool
  /// The Content-Type charset of a fetched HTML page.
  var headerCharset: String?
  var assembler: TextAssembler
  private(set) var warnings: [String] = []
  private(set) var format: DocumentFormat?
  private(set) var title: String?
  /// The document an HTML reader produced (HTML is read whole, by its own reader).
  private(set) var htmlDocument: Document?
  private(set) var byteCount = 0

  private var sample: [UInt8] = []
  private var decoder = ByteDecoder(encoding: .utf8)
  private var lines = LineBuffer()
  private var plain = PlainTextReader(policy: WrapPolicy())
  /// Markdown and HTML: every byte, read at the end.
  private var whole: [UInt8] = []
  private var decided = false

  init(origin: String, format: DocumentFormat?, unwrap: Bool, keepsIndex: Bool) {
    self.origin = origin
    self.requestedFormat = format
    self.unwrap = unwrap
    self.assembler = TextAssembler(keepsIndex: keepsIndex)
  }

  mutating func feed(_ bytes: [UInt8]) throws {
    byteCount += bytes.count
    if !decided {
      sample.append(contentsOf: bytes)
      if sample.count >= TextEncoding.sampleSize { try decide(complete: false) }
      return
    }
    take(bytes, final: false)
  }

  mutating func finish() throws {
    if !decided { try decide(complete: true) }
    take([], final: true)
    switch format {
    case .text:
      plain.finish(into: &assembler)
    case .markdown:
      title = MarkdownReader.read(normalisedWhole(), into: &assembler)
    case .html:
      htmlDocument = try DocumentReader.readHTML(whole, origin: origin, headerCharset: headerCharset)
    case nil:
      break
    }
    whole = []
    if decoder.replacements > 0 {
      let count = decoder.replacements
      warnings.append(
        "\(origin): \(count) malformed \(decoder.encoding == .utf8 ? "UTF-8" : "UTF-16") sequence\(count == 1 ? " was" : "s were") replaced with U+FFFD")
    }
  }

  private mutating func decide(complete: Bool) throws {
    decided = true
    guard case .text(let encoding) = TextEncoding.sniff(sample, complete: complete) else {
      throw TextError.binary(origin: origin)
    }
    decoder = ByteDecoder(encoding: encoding)
    if encoding == .windows1252 {
      warnings.append("\(origin) is not valid UTF-8; read it as Windows-1252")
    }
    var probe = decoder
    var decoded: [UInt8] = []
    probe.decode(Array(sample.prefix(TextEncoding.sampleSize)), final: complete, into: &decoded)
    let format = requestedFormat ?? FormatDetector.detect(origin: origin, sample: decoded)
    self.format = format
    if format != .html && !LanguageCheck.looksEnglish(decoded) {
      warnings.append("\(origin) does not look like English; the sentence and claim rules are English-only")
    }
    plain = PlainTextReader(policy: .detect(sample: decoded, unwrap: unwrap))
    let bytes = sample
    sample = []
    take(bytes, final: false)
  }

  private mutating func take(_ bytes: [UInt8], final: Bool) {
    switch format {
    case .text:
      var decoded: [UInt8] = []
      decoder.decode(bytes, final: final, into: &decoded)
      lines.append(decoded, final: final) { line, terminated in
        plain.line(TextNormalizer.nfc(line), terminated: terminated, into: &assembler)
      }
    case .markdown, .html:
      whole.append(contentsOf: bytes)
    case nil:
      break
    }
  }

  /// Markdown's whole text, decoded and normalised line by line, with `\n` line ends.
  private mutating func normalisedWhole() -> [UInt8] {
    var decoded: [UInt8] = []
    decoder.decode(whole, final: true, into: &decoded)
    var text: [UInt8] = []
    text.reserveCapacity(decoded.count)
    var first = true
    var markdownLines = LineBuffer()
    markdownLines.append(decoded, final: true) { line, terminated in
      if !first { text.append(0x0A) }
      first = false
      text.append(contentsOf: TextNormalizer.nfc(line))
      _ = terminated
    }
    return text
  }

  /// The document read (whole-document sessions, after `finish`).
  mutating func document() -> Document {
    if var html = htmlDocument {
      html.warnings = warnings + html.warnings
      return html
    }
    return Document(
      text: assembler.takeText(), format: format ?? .text, title: title, paragraphs: assembler.paragraphs,
      links: assembler.links, warnings: warnings)
  }
}
