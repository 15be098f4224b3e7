/// When the plain-text reader joins a line with the next. In news text a newline usually ends a
/// paragraph, and a line break is a boundary for lists and headlines; lines are joined only in
/// hard-wrapped text (most lines of similar length near a wrap column), after a line that ends
/// with a space (a soft break, as in RFC 3676 "format=flowed"), or always with `--unwrap`.
struct WrapPolicy: Equatable {
  /// Join every two consecutive non-blank lines (`--unwrap`, PDF-style text).
  var unwrapAll = false
  /// The wrap column when the text is hard-wrapped.
  var column: Int?

  /// Looks at the lines of the first 64 KB. A line followed by another non-blank line is a
  /// candidate; the text is hard-wrapped when most candidates reach close to a common column.
  static func detect(sample: [UInt8], unwrap: Bool) -> WrapPolicy {
    if unwrap { return WrapPolicy(unwrapAll: true) }
    var lengths: [Int] = []
    var previous: Int?  // length of the previous line when it was not blank
    var lineStart = 0
    for i in 0...sample.count where i == sample.count || sample[i] == 0x0A {
      let line = sample[lineStart..<i]
      lineStart = i + 1
      let length = TextAssembler.scalars(PlainTextReader.trimmingTrailingSpace(line))
      let blank = PlainTextReader.isBlank(line)
      if let previous, !blank { lengths.append(previous) }
      previous = blank ? nil : length
    }
    guard lengths.count >= 4 else { return WrapPolicy() }
    let sorted = lengths.sorted()
    let column = sorted[(sorted.count * 9) / 10]
    guard (50...160).contains(column) else { return WrapPolicy() }
    let near = lengths.filter { $0 >= column * 7 / 10 && $0 <= column + 2 }.count
    return near * 10 >= lengths.count * 6 ? WrapPolicy(column: column) : WrapPolicy()
  }
}
