/// What decided the charset of a fetched body (see `CharsetDetector`).
public enum CharsetSource: String, Sendable {
  /// A byte-order mark at the start of the body.
  case bom
  /// The `charset` parameter of the Content-Type header.
  case header
  /// A `<meta charset>` or `http-equiv` declaration in the first 1024 bytes.
  case meta
  /// No declaration; the body is valid UTF-8.
  case detected
  /// No declaration and not valid UTF-8: Windows-1252.
  case fallback
}
