/// Aligned columns for human output; the last column is never padded.
struct TextTable {
  var rows: [[String]] = []

  /// Cells hold text from documents and the ledger: control characters are escaped.
  mutating func add(_ row: [String]) { rows.append(row.map(TerminalText.escaped)) }

  /// The rows, each line cut to `maxWidth` characters with an ellipsis (the last column gives way).
  func rendered(maxWidth: Int = .max) -> String {
    guard let columns = rows.map(\.count).max() else { return "" }
    var widths = [Int](repeating: 0, count: columns)
    for row in rows {
      for (i, cell) in row.enumerated() where i < columns - 1 { widths[i] = max(widths[i], Self.width(cell)) }
    }
    var out = ""
    for row in rows {
      var line = ""
      for (i, cell) in row.enumerated() {
        line += cell
        if i < row.count - 1 { line += String(repeating: " ", count: widths[i] + 2 - Self.width(cell)) }
      }
      while line.hasSuffix(" ") { line.removeLast() }
      if maxWidth < .max, line.count > maxWidth, maxWidth > 1 { line = String(line.prefix(maxWidth - 1)) + "…" }
      out += line + "\n"
    }
    return out
  }

  /// Characters as a terminal shows them, one column each; ASCII is counted without
  /// segmenting it into grapheme clusters (a listing may have 100,000 rows).
  private static func width(_ cell: String) -> Int {
    cell.utf8.allSatisfy { $0 < 0x80 } && !cell.utf8.contains(0x0D) ? cell.utf8.count : cell.count
  }
}
