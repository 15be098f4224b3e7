/// Collects the normalised text of a document piece by piece (paragraphs and the gaps between
/// them) and the paragraphs' scalar ranges. Whole-document reads keep everything; streaming
/// reads `drain` the finished paragraphs now and then, so memory stays bounded.
struct TextAssembler {
  struct Block {
    var bytes: ArraySlice<UInt8>
    var paragraph: Paragraph
    var index: Int
    /// Links over this block, with offsets relative to the block's start, in scalars.
    var links: [DocumentLink]
  }

  /// Text appended since the last drain (or, keeping everything, since the last move to `whole`).
  private(set) var bytes: [UInt8] = []
  /// Whole-document reads: the text so far as one string, which `takeText` hands over without the
  /// copy that turning a 200 MB array into a string would take.
  private var whole = ""
  /// Scalars of the whole text so far, drained or not.
  private(set) var scalarCount = 0
  private var blocks: [(byteStart: Int, byteEnd: Int, paragraph: Paragraph, links: [DocumentLink])] = []
  private(set) var paragraphCount = 0
  /// Every paragraph and link so far (whole-document reads only: `keepsIndex`).
  private(set) var paragraphs: [Paragraph] = []
  private(set) var links: [DocumentLink] = []
  let keepsIndex: Bool

  init(keepsIndex: Bool) { self.keepsIndex = keepsIndex }

  mutating func appendGap<Bytes: Collection<UInt8>>(_ text: Bytes) {
    scalarCount += Self.scalars(text)
    guard keepsIndex else { return bytes.append(contentsOf: text) }
    // A piece at a time, so that a 16 MB paragraph is not gathered twice over on its way.
    var start = text.startIndex
    while start != text.endIndex {
      let end = text.index(start, offsetBy: Self.piece, limitedBy: text.endIndex) ?? text.endIndex
      bytes.append(contentsOf: text[start..<end])
      if bytes.count >= Self.piece { moveToWhole(all: false) }
      start = end
    }
  }

  /// Reserves room for a whole text of about `count` bytes (the input's size), so that it does
  /// not grow by copying itself.
  mutating func reserveText(_ count: Int) {
    if keepsIndex { whole.reserveCapacity(count) }
  }

  /// Moves the bytes gathered to `whole`: all of them, or all but the last character, which a
  /// piece of the text may have cut (the rest of it comes with the next piece).
  private mutating func moveToWhole(all: Bool) {
    var end = bytes.count
    if !all && end > 0 {
      end -= 1
      while end > 0 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
    }
    whole += String(decoding: bytes[..<end], as: UTF8.self)
    bytes.removeSubrange(..<end)
  }

  /// How many bytes gather before they join `whole`.
  private static let piece = 1 << 16

  /// Appends a paragraph; `links` carry offsets relative to its start.
  mutating func appendParagraph<Bytes: Collection<UInt8>>(
    _ text: Bytes, kind: Paragraph.Kind, links relative: [DocumentLink] = []
  ) {
    guard !text.isEmpty else { return }
    let start = scalarCount
    let byteStart = bytes.count
    appendGap(text)
    let paragraph = Paragraph(start: start, end: scalarCount, kind: kind)
    // Blocks are for `drain` (streaming reads); whole-document reads keep `paragraphs` instead.
    if !keepsIndex { blocks.append((byteStart, bytes.count, paragraph, relative)) }
    paragraphCount += 1
    if keepsIndex {
      paragraphs.append(paragraph)
      links += relative.map { DocumentLink(url: $0.url, start: $0.start + start, end: $0.end + start) }
    }
  }

  /// Hands over the paragraphs appended since the last drain and forgets their text.
  mutating func drain() -> [Block] {
    let firstIndex = paragraphCount - blocks.count
    let out = blocks.enumerated().map { k, block in
      Block(bytes: bytes[block.byteStart..<block.byteEnd], paragraph: block.paragraph, index: firstIndex + k,
            links: block.links)
    }
    blocks.removeAll(keepingCapacity: true)
    bytes = []
    return out
  }

  /// The whole text (whole-document reads), handed over: the assembler holds none of it after.
  mutating func takeText() -> String {
    moveToWhole(all: true)
    let text = whole
    whole = ""
    return text
  }

  /// Unicode scalars in well-formed UTF-8: every byte that is not a continuation byte.
  static func scalars<Bytes: Collection<UInt8>>(_ text: Bytes) -> Int {
    if let n = text.withContiguousStorageIfAvailable({ countScalars($0) }) { return n }
    var n = 0
    for b in text where b & 0xC0 != 0x80 { n += 1 }
    return n
  }

  static func countScalars(_ b: UnsafeBufferPointer<UInt8>) -> Int {
    var n = 0
    for c in b where c & 0xC0 != 0x80 { n += 1 }
    return n
  }
}
