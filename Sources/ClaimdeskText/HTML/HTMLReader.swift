import CLibXML2
import ClaimdeskSupport
import Foundation

/// Reads an HTML page into a `Document`: its main text as paragraphs in reading order (without
/// navigation, comments, cookie banners, related links and the like), the links it cites, and
/// what it says about itself (title, byline, date, canonical URL, site, language).
public enum HTMLReader {
  /// Larger input is cut here: libxml2's tree takes about six times the input.
  public static let maximumBytes = 10 * 1024 * 1024
  /// Nesting from which libxml2 stops reading the page.
  static let maximumDepth = 250

  /// - Parameters:
  ///   - contentType: the HTTP Content-Type header, whose charset wins over the page's `<meta>`.
  ///   - url: where the page came from, for relative links and as the fallback `metadata.url`.
  /// - Throws: `PageTextError` when the bytes are not an HTML page (a PDF, an image, binary).
  public static func read(_ bytes: [UInt8], contentType: String? = nil, url: String? = nil) throws -> Document {
    try read(bytes, headerCharset: contentType.flatMap { CharsetSniffer.label(inContentType: Array($0.utf8)[...]) }, url: url)
  }

  /// A page whose Content-Type charset was already taken apart (the fetcher's `headerCharset`).
  public static func read(_ bytes: [UInt8], headerCharset: String?, url: String?) throws -> Document {
    if let kind = HTMLSniffer.foreignFormat(bytes[...]) { throw PageTextError.notHTML(kind: kind) }
    var warnings: [String] = []
    let input = bytes.prefix(maximumBytes)
    if bytes.count > maximumBytes { warnings.append("the page is larger than 10 MB; only its first 10 MB were read") }
    let decision = charset(of: bytes, headerCharset: headerCharset)
    if let warning = decision.warning { warnings.append(warning) }
    var utf8 = decoded(input, decision)
    var encoding = "UTF-8"
    if case .other(let name) = decision.charset { encoding = name }
    if HTMLSniffer.looksBinary(utf8[...]) { throw PageTextError.binary }
    guard utf8.contains(where: { $0 > 0x20 }) else {
      return Document(text: "", format: .html, paragraphs: [], metadata: DocumentMetadata(url: url),
        warnings: warnings + ["the page is empty"])
    }
    guard let document = parse(&utf8, encoding: encoding, url: url) else { throw PageTextError.unparsable }
    defer { xmlFreeDoc(document) }

    let walk = HTMLTreeWalk(document: document)
    let metadataReader = HTMLMetadataReader(raw: walk.metadata, pageURL: url)
    let (title, titleCandidates) = metadataReader.titles()
    let metadata = metadataReader.metadata()
    let selected = MainContentSelector(walk: walk).select()
    let base = walk.metadata.base.flatMap { HTMLMetadataReader.resolve($0, against: url) } ?? url ?? metadata.url
    let furniture = HTMLFurnitureMarks(walk: walk).kinds()
    var result = HTMLDocumentAssembler(walk: walk, titleCandidates: titleCandidates, base: base, furniture: furniture)
      .assemble(selected)
    // libxml2 halts at 256 levels of nesting (without the unsafe HUGE option): say so.
    if walk.maximumDepth >= maximumDepth {
      warnings.append("the page nests elements \(maximumDepth) or more deep; the parser stops there, so text after that point is missing")
    }
    result.title = title
    result.metadata = metadata
    result.warnings = warnings + result.warnings
    return result
  }

  /// The charset `read` decodes the page in: what the fetcher records for the same bytes and
  /// header (only the first 10 MB, which is all `read` reads, count).
  public static func charset(of bytes: [UInt8], headerCharset: String?) -> CharsetDecision {
    CharsetSniffer.decide(bytes.prefix(maximumBytes), headerCharset: headerCharset)
  }

  /// The page as UTF-8 for libxml2; in a charset of its own (`other`) it is left as it is.
  private static func decoded(_ input: ArraySlice<UInt8>, _ decision: CharsetDecision) -> [UInt8] {
    var out: [UInt8] = []
    switch decision.charset {
    case .utf8:
      let body = input.dropFirst(decision.bomLength)
      // A truncated last character (input cut at the limit) is repaired to U+FFFD.
      let valid = decision.isValidUTF8 && decision.bomLength == 0 && isValidUTF8(body.suffix(4))
      return valid || isValidUTF8(body) ? Array(body) : Array(String(decoding: body, as: UTF8.self).utf8)
    case .utf16LE, .utf16BE, .windows1252:
      // ByteDecoder skips the byte order mark itself.
      var decoder = ByteDecoder(encoding: decision.charset == .windows1252 ? .windows1252 : decision.charset == .utf16LE ? .utf16LE : .utf16BE)
      decoder.decode(Array(input), final: true, into: &out)
      return out
    case .other:
      return Array(input)
    }
  }

  private static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0, allowTruncatedEnd: false) }
  }

  private static let initialised: Bool = {
    xmlInitParser()
    return true
  }()

  private static func parse(_ utf8: inout [UInt8], encoding: String, url: String?) -> xmlDocPtr? {
    _ = initialised
    var options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
      | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue
    if encoding == "UTF-8" { options |= HTML_PARSE_IGNORE_ENC.rawValue }
    let count = Int32(clamping: utf8.count)
    return utf8.withUnsafeBufferPointer { buffer in
      buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
        htmlReadMemory(pointer, count, url, encoding, Int32(bitPattern: options))
      }
    }
  }
}
