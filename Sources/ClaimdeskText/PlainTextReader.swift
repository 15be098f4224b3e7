/// Reads plain text line by line into paragraphs: normalised to NFC, joined across line breaks
/// only as `WrapPolicy` allows; blank lines and the indentation around paragraphs are kept in
/// the text as gaps, so offsets point into the text as written (with `\n` for every newline).
public struct PlainTextReader {
  /// A paragraph longer than this is handed on in pieces (cut after a space), bounding memory.
  static let maxParagraph = 16 << 20

  let policy: WrapPolicy
  private var paragraph: [UInt8] = []
  /// Whether the last line added to `paragraph` ended with a newline (not a piece of a long line).
  private var lastTerminated = true
  private var lastLineLength = 0

  init(policy: WrapPolicy) { self.policy = policy }

  /// Reads a whole text (already decoded): the convenience for callers holding a String.
  public static func read(_ text: String, unwrap: Bool = false) -> Document {
    let bytes = Array(text.utf8)
    var reader = PlainTextReader(policy: .detect(sample: Array(bytes.prefix(TextEncoding.sampleSize)), unwrap: unwrap))
    var assembler = TextAssembler(keepsIndex: true)
    assembler.reserveText(bytes.count)
    var lines = LineBuffer()
    lines.append(bytes, final: true) { line, terminated in
      reader.line(TextNormalizer.nfc(line), terminated: terminated, into: &assembler)
    }
    reader.finish(into: &assembler)
    return Document(text: assembler.takeText(), format: .text, paragraphs: assembler.paragraphs)
  }

  /// Takes one line (without its newline; `terminated` says whether one followed).
  mutating func line(_ line: ArraySlice<UInt8>, terminated: Bool, into out: inout TextAssembler) {
    let continuation = !paragraph.isEmpty && !lastTerminated
    if Self.isBlank(line) && !continuation {
      flush(into: &out)
      out.appendGap(line)
      if terminated { out.appendGap(CollectionOfOne(0x0A)) }
      return
    }
    if continuation {
      paragraph.append(contentsOf: line)
      lastLineLength += TextAssembler.scalars(line)
    } else if !paragraph.isEmpty && joins(next: line) {
      paragraph.append(0x0A)
      paragraph.append(contentsOf: line)
      lastLineLength = TextAssembler.scalars(Self.trimmingTrailingSpace(line))
    } else {
      flush(into: &out)
      paragraph.append(contentsOf: line)
      lastLineLength = TextAssembler.scalars(Self.trimmingTrailingSpace(line))
    }
    lastTerminated = terminated
    if paragraph.count > Self.maxParagraph { flushLongParagraph(into: &out) }
  }

  mutating func finish(into out: inout TextAssembler) { flush(into: &out) }

  /// Whether the paragraph's last line and `next` belong to one paragraph.
  private func joins(next: ArraySlice<UInt8>) -> Bool {
    if policy.unwrapAll { return true }
    if Self.endsSentence(paragraph[...]) || Self.startsListItem(next) { return false }
    if let last = paragraph.last, last == 0x20 || last == 0x09 { return true }
    if let column = policy.column { return lastLineLength * 10 >= column * 6 }
    return false
  }

  /// Appends the pending paragraph: leading and trailing white space go in as gaps.
  private mutating func flush(into out: inout TextAssembler) {
    guard !paragraph.isEmpty else { return }
    var start = 0
    var end = paragraph.count
    while start < end && Self.isSpace(paragraph[start]) { start += 1 }
    while end > start && Self.isSpace(paragraph[end - 1]) { end -= 1 }
    out.appendGap(paragraph[0..<start])
    out.appendParagraph(paragraph[start..<end], kind: .paragraph)
    out.appendGap(paragraph[end...])
    if lastTerminated { out.appendGap(CollectionOfOne(0x0A)) }
    paragraph.removeAll(keepingCapacity: true)
    lastTerminated = true
  }

  /// Cuts an over-long paragraph after its last space (or anywhere, lacking one) and appends the
  /// first part, keeping the rest pending.
  private mutating func flushLongParagraph(into out: inout TextAssembler) {
    var cut = paragraph.count
    while cut > paragraph.count / 2 && paragraph[cut - 1] != 0x20 { cut -= 1 }
    if cut <= paragraph.count / 2 {
      cut = paragraph.count / 2
      while cut > 0 && paragraph[cut] & 0xC0 == 0x80 { cut -= 1 }
    }
    let rest = Array(paragraph[cut...])
    let terminated = lastTerminated
    paragraph.removeSubrange(cut...)
    lastTerminated = false
    flush(into: &out)
    paragraph = rest
    lastTerminated = terminated
  }

  static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0B || b == 0x0C }

  static func isBlank(_ line: ArraySlice<UInt8>) -> Bool { line.allSatisfy(isSpace) }

  static func trimmingTrailingSpace(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var end = line.endIndex
    while end > line.startIndex && isSpace(line[end - 1]) { end -= 1 }
    return line[line.startIndex..<end]
  }

  /// Whether text ends with `.`, `?`, `!` or `…`, perhaps followed by closing quotes or brackets.
  static func endsSentence(_ text: ArraySlice<UInt8>) -> Bool {
    var end = trimmingTrailingSpace(text).endIndex
    let start = text.startIndex
    while end > start {
      let b = text[end - 1]
      switch b {
      case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"): return true
      case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"):
        end -= 1
      case 0x9D, 0x99, 0xA6:  // ” ’ … (E2 80 9D, E2 80 99, E2 80 A6)
        guard end - 3 >= start, text[end - 3] == 0xE2, text[end - 2] == 0x80 else { return false }
        if b == 0xA6 { return true }
        end -= 3
      default: return false
      }
    }
    return false
  }

  /// Whether a line starts like a list item: `-`, `*`, `•`, or `1.` / `a)` and a space.
  static func startsListItem(_ line: ArraySlice<UInt8>) -> Bool {
    var i = line.startIndex
    while i < line.endIndex && isSpace(line[i]) { i += 1 }
    guard i < line.endIndex else { return false }
    let b = line[i]
    if b == UInt8(ascii: "-") || b == UInt8(ascii: "*") || b == UInt8(ascii: "+") {
      return i + 1 < line.endIndex && line[i + 1] == 0x20
    }
    if b == 0xE2 && i + 2 < line.endIndex && line[i + 1] == 0x80 && line[i + 2] == 0xA2 { return true }  // •
    var j = i
    while j < line.endIndex && j - i < 3 && line[j] >= 0x30 && line[j] <= 0x39 { j += 1 }
    if j > i && j + 1 < line.endIndex && (line[j] == UInt8(ascii: ".") || line[j] == UInt8(ascii: ")")) {
      return line[j + 1] == 0x20
    }
    return false
  }
}
