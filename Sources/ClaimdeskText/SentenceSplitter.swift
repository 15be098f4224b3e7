/// Splits documents into English sentences (see `SentenceSegmenter` for the rules).
public enum SentenceSplitter {
  /// The sentences of every paragraph of a document, with offsets into `document.text`.
  public static func split(_ document: Document) -> [Sentence] {
    var sentences: [Sentence] = []
    let bytes = Array(document.text.utf8)
    var byte = 0
    var scalar = 0
    for (index, paragraph) in document.paragraphs.enumerated() {
      guard paragraph.start >= scalar else { continue }  // out of order: not from our readers
      byte = advance(bytes, from: byte, scalars: paragraph.start - scalar)
      scalar = paragraph.start
      let end = advance(bytes, from: byte, scalars: paragraph.end - paragraph.start)
      append(bytes[byte..<end], scalarStart: scalar, paragraph: index, indexBase: 0, to: &sentences)
      byte = end
      scalar = paragraph.end
    }
    return sentences
  }

  /// Segments one paragraph's UTF-8 and appends its sentences, numbered `indexBase + sentences.count`.
  static func append(
    _ paragraph: ArraySlice<UInt8>, scalarStart: Int, paragraph index: Int, indexBase: Int,
    to sentences: inout [Sentence]
  ) {
    paragraph.withUnsafeBufferPointer { b in
      var scalar = scalarStart
      var position = 0
      for range in SentenceSegmenter.sentences(in: b) {
        scalar += TextAssembler.countScalars(UnsafeBufferPointer(rebasing: b[position..<range.lowerBound]))
        let length = TextAssembler.countScalars(UnsafeBufferPointer(rebasing: b[range]))
        let text = sentenceText(UnsafeBufferPointer(rebasing: b[range]))
        sentences.append(Sentence(index: indexBase + sentences.count, start: scalar, end: scalar + length, text: text, paragraph: index))
        scalar += length
        position = range.upperBound
      }
    }
  }

  /// The sentence as one line: white space that holds a line break (a joined hard wrap) becomes
  /// one space, so "a cold \nnight" reads "a cold night"; the offsets still cover the original.
  static func sentenceText(_ b: UnsafeBufferPointer<UInt8>) -> String {
    guard b.contains(0x0A) else { return String(decoding: b, as: UTF8.self) }
    var out: [UInt8] = []
    out.reserveCapacity(b.count)
    var i = 0
    while i < b.count {
      let c = b[i]
      if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D {
        var j = i
        var newline = false
        while j < b.count && (b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0A || b[j] == 0x0D) {
          newline = newline || b[j] == 0x0A
          j += 1
        }
        if newline { out.append(0x20) } else { out.append(contentsOf: b[i..<j]) }
        i = j
      } else {
        out.append(c)
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func advance(_ bytes: [UInt8], from start: Int, scalars: Int) -> Int {
    var p = start
    var remaining = scalars
    while p < bytes.count {
      if bytes[p] & 0xC0 != 0x80 {
        if remaining == 0 { break }
        remaining -= 1
      }
      p += 1
    }
    return p
  }
}
