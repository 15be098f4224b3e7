extension DocumentReader {
  /// HTML goes to the page-text reader (`Text/HTML/`), which decides the charset from the bytes
  /// and keeps the article's main text with its paragraphs, links and metadata.
  static func readHTML(_ bytes: [UInt8], origin: String, headerCharset: String?) throws -> Document {
    let isURL = origin.hasPrefix("http://") || origin.hasPrefix("https://")
    return try HTMLReader.read(bytes, headerCharset: headerCharset, url: isURL ? origin : nil)
  }
}
