/// Splits a document into sentences.
/// PLACEHOLDER: naive split on ". " — the Text issue replaces this with the real segmenter.
public enum SentenceSplitter {
  public static func split(_ document: Document) -> [Sentence] {
    let scalars = Array(document.text.unicodeScalars)
    var sentences: [Sentence] = []
    for (p, paragraph) in document.paragraphs.enumerated() {
      var start = paragraph.start
      var i = paragraph.start
      while i < paragraph.end {
        let isEnd = (scalars[i] == "." || scalars[i] == "?" || scalars[i] == "!")
          && (i + 1 == paragraph.end || scalars[i + 1] == " ")
        if isEnd || i + 1 == paragraph.end {
          var s = start
          while s <= i, scalars[s] == " " { s += 1 }
          if s <= i {
            let text = String(String.UnicodeScalarView(scalars[s...i]))
            sentences.append(Sentence(index: sentences.count, start: s, end: i + 1, text: text, paragraph: p))
          }
          start = i + 1
        }
        i += 1
      }
    }
    return sentences
  }
}
