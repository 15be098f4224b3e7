/// Splits documents into English sentences (see `SentenceSegmenter` for the rules).
public enum SentenceSplitter {
  /// The sentences of every paragraph of a document, with offsets into `document.text`.
  public static func split(_ document: Document) -> [Sentence] {
    var sentences: [Sentence] = []
    forEachBatch(of: document) { sentences += $0 }
    return sentences
  }

  /// The sentences of a document in batches, in order, for callers that keep only some of them:
  /// each batch is one paragraph's sentences or `batchSize` of them (indexes count across the
  /// document). A sentence longer than `textUpTo` scalars comes without its text (empty), so that
  /// a megabyte-long "sentence" (no prose) is never copied.
  public static func forEachBatch(
    of document: Document, textUpTo maxTextLength: Int = .max, _ body: ([Sentence]) -> Void
  ) {
    var text = document.text
    text.withUTF8 { bytes in
      var byte = 0
      var scalar = 0
      var count = 0
      var sentences: [Sentence] = []
      for (index, paragraph) in document.paragraphs.enumerated() {
        guard paragraph.start >= scalar else { continue }  // out of order: not from our readers
        byte = advance(bytes, from: byte, scalars: paragraph.start - scalar)
        scalar = paragraph.start
        let end = advance(bytes, from: byte, scalars: paragraph.end - paragraph.start)
        count += append(
          UnsafeBufferPointer(rebasing: bytes[byte..<end]), scalarStart: scalar, paragraph: index, indexBase: count,
          maxTextLength: maxTextLength, to: &sentences, batchSize: batchSize, body)
        if !sentences.isEmpty { body(sentences) }
        sentences.removeAll(keepingCapacity: true)
        byte = end
        scalar = paragraph.end
      }
    }
  }

  /// The most sentences `forEachBatch` hands over at once.
  public static let batchSize = 4_096

  /// Segments one paragraph's UTF-8 and appends its sentences, numbered `indexBase + sentences.count`.
  static func append(
    _ paragraph: ArraySlice<UInt8>, scalarStart: Int, paragraph index: Int, indexBase: Int,
    to sentences: inout [Sentence]
  ) {
    paragraph.withUnsafeBufferPointer { b in
      _ = append(
        b, scalarStart: scalarStart, paragraph: index, indexBase: indexBase + sentences.count, maxTextLength: .max,
        to: &sentences, batchSize: .max, { _ in })
    }
  }

  /// Appends the paragraph's sentences, numbered from `indexBase`, handing `sentences` to `body`
  /// and emptying it whenever it holds `batchSize`; returns how many there were.
  private static func append(
    _ b: UnsafeBufferPointer<UInt8>, scalarStart: Int, paragraph index: Int, indexBase: Int, maxTextLength: Int,
    to sentences: inout [Sentence], batchSize: Int, _ body: ([Sentence]) -> Void
  ) -> Int {
    var number = indexBase
    var scalar = scalarStart
    var position = 0
    for range in SentenceSegmenter.sentences(in: b) {
      scalar += TextAssembler.countScalars(UnsafeBufferPointer(rebasing: b[position..<range.lowerBound]))
      let length = TextAssembler.countScalars(UnsafeBufferPointer(rebasing: b[range]))
      let text = length > maxTextLength ? "" : sentenceText(UnsafeBufferPointer(rebasing: b[range]))
      sentences.append(Sentence(index: number, start: scalar, end: scalar + length, text: text, paragraph: index))
      number += 1
      scalar += length
      position = range.upperBound
      if sentences.count >= batchSize {
        body(sentences)
        sentences.removeAll(keepingCapacity: true)
      }
    }
    return number - indexBase
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

  private static func advance(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, scalars: Int) -> Int {
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
