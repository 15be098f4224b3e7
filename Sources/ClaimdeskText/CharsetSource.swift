/// What decided the charset of a page or fetched body (see `CharsetSniffer`).
public enum CharsetSource: String, Sendable {
  /// A byte-order mark at the start of the body, or UTF-16 markup without one.
  case bom
  /// The `charset` parameter of the Content-Type header.
  case header
  /// A `<meta charset>` or `http-equiv` declaration starting in the first 1024 bytes.
  case meta
  /// No usable declaration (or one the bytes contradict); the body is valid UTF-8.
  case detected
  /// No usable declaration (or one the bytes contradict) and not valid UTF-8: Windows-1252.
  case fallback
}
