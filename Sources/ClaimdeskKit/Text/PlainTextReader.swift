/// Reads plain text: one paragraph per non-empty line.
/// PLACEHOLDER: UTF-8 only, no normalisation — the Text issue replaces this with the real reader.
public enum PlainTextReader {
  public static func read(_ text: String) -> Document {
    var paragraphs: [Paragraph] = []
    var offset = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let length = line.unicodeScalars.count
      if !line.allSatisfy(\.isWhitespace) { paragraphs.append(Paragraph(start: offset, end: offset + length)) }
      offset += length + 1
    }
    return Document(text: text, format: .text, paragraphs: paragraphs)
  }
}
