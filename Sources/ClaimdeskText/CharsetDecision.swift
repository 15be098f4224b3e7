/// The charset bytes are read in, what decided it, and what the reader should say about it.
public struct CharsetDecision: Equatable, Sendable {
  public var charset: Charset
  public var source: CharsetSource
  /// Bytes of byte order mark to skip.
  public var bomLength = 0
  /// A note for `Document.warnings` when a declaration was overruled or unknown.
  public var warning: String? = nil
  /// Whether the bytes were checked and found to be valid UTF-8 (a cut last character allowed).
  var isValidUTF8 = false
}
