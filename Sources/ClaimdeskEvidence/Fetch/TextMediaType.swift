/// Which media types are text, whose charset the fetcher decides and records.
enum TextMediaType {
  /// Text, XML, JSON and JavaScript; an unknown type (nil) is treated as text.
  static func hasCharset(_ mediaType: String?) -> Bool {
    guard let type = mediaType else { return true }
    return type.hasPrefix("text/") || type.hasSuffix("+xml") || type.hasSuffix("/xml") || type.hasSuffix("json")
      || type.hasSuffix("javascript")
  }
}
