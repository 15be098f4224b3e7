extension DocumentReader {
  /// THE SEAM FOR HTML. The page-text work (`Text/HTML/`) replaces this body with a call to its
  /// reader, which takes the raw bytes (it decides the charset itself) and returns a `Document`
  /// in normalised text (`TextNormalizer.nfc`) with paragraphs and links. Until then HTML is
  /// refused with a clear error rather than read badly.
  static func readHTML(_ bytes: [UInt8], origin: String) throws -> Document {
    throw TextError.htmlNotSupported(origin: origin)
  }
}
