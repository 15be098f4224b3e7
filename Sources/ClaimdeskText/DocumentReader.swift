/// The entry point from bytes to a `Document`: decodes (UTF-8, UTF-16 with BOM, Windows-1252),
/// refuses binary files, normalises to NFC and reads the format (`nil`: detect it from the
/// origin's extension, else the content). For files of any size use `SentenceStream`.
public enum DocumentReader {
  /// Reads a whole document. `origin` (a path, `-` or a URL) names it in messages and decides
  /// the format by extension; `unwrap` joins every line break inside a paragraph (PDF-style text).
  /// `headerCharset`, the Content-Type charset of a fetched page, is what an HTML page is decoded
  /// by unless the bytes overrule it, as the fetcher recorded (see `CharsetSniffer`).
  public static func read(
    _ bytes: [UInt8], origin: String, format: DocumentFormat? = nil, unwrap: Bool = false, headerCharset: String? = nil
  ) throws -> Document {
    var session = TextReadingSession(origin: origin, format: format, unwrap: unwrap, keepsIndex: true)
    session.headerCharset = headerCharset
    // Fed in pieces, as `SentenceStream` is, so that the decoded copy and the line buffer hold a
    // piece at a time rather than a second and third copy of the whole input.
    session.assembler.reserveText(bytes.count)
    var offset = 0
    repeat {
      let end = min(bytes.count, offset + Self.pieceSize)
      try session.feed(Array(bytes[offset..<end]))
      offset = end
    } while offset < bytes.count
    try session.finish()
    var document = session.document()
    // The dateline first: "WASHINGTON (AP) — ..." would otherwise read as an AP photo credit.
    document.splitLeadingDateline()
    document.markFurnitureByWording()
    return document
  }

  /// How much of the input is decoded at a time.
  static let pieceSize = 1 << 20
}
