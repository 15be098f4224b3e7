import ClaimdeskLedger
/// One row per claim, RFC 4180: comma-separated, CRLF line ends, a header row, fields quoted
/// (quotes doubled) when they hold a comma, quote, CR or LF.
///
/// Safe to open in a spreadsheet: a cell that starts with `=`, `+`, `-`, `@`, tab or CR (which
/// Excel, LibreOffice and Sheets would run as a formula) gets a leading `'`, as OWASP advises;
/// text is the only thing this changes, since every number we write is non-negative. The file
/// starts with a UTF-8 byte order mark by default, so Excel reads "Kerry’s" as UTF-8.
public enum CSVExporter {
  public static let columns = [
    "id", "short_id", "document", "status", "score", "kinds", "speaker", "hedges", "text", "sentence",
    "span_start", "span_end", "sources", "suggested_sources", "notes", "last_event",
  ]

  public static func export(_ claims: [ClaimState], shortIDs: [String: String] = [:], byteOrderMark: Bool = true) -> [UInt8] {
    var out: [UInt8] = byteOrderMark ? [0xEF, 0xBB, 0xBF] : []
    appendRow(columns, to: &out)
    for claim in claims {
      appendRow(
        [
          claim.id, shortIDs[claim.id] ?? "", claim.document ?? "", claim.status.rawValue,
          claim.score.map(decimal) ?? "", claim.kinds.joined(separator: "; "), claim.speaker ?? "",
          claim.hedges.joined(separator: "; "), claim.text, claim.sentence ?? "",
          claim.span.map { String($0.lowerBound) } ?? "", claim.span.map { String($0.upperBound) } ?? "",
          claim.sources.map(\.reference).joined(separator: "; "), claim.suggestedSources.joined(separator: "; "),
          claim.notes.map { "\($0.actor) (\($0.at)): \($0.text)" }.joined(separator: "\n"), claim.lastEventHash,
        ], to: &out)
    }
    return out
  }

  static func appendRow(_ fields: [String], to out: inout [UInt8]) {
    for (i, field) in fields.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      appendField(field, to: &out)
    }
    out += [0x0D, 0x0A]
  }

  static func appendField(_ field: String, to out: inout [UInt8]) {
    var bytes = Array(field.utf8)
    if let first = bytes.first, [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D].contains(first) {
      bytes.insert(UInt8(ascii: "'"), at: 0)
    }
    let needsQuotes = bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }
    guard needsQuotes else { return out += bytes }
    out.append(UInt8(ascii: "\""))
    for b in bytes {
      if b == UInt8(ascii: "\"") { out.append(b) }
      out.append(b)
    }
    out.append(UInt8(ascii: "\""))
  }

  /// A score as a plain decimal to millionths ("0.912345", "1"), never in exponent form.
  static func decimal(_ score: Double) -> String {
    guard score.isFinite else { return "" }
    let millionths = Int((min(max(score, 0), 1) * 1_000_000).rounded())
    if millionths == 1_000_000 { return "1" }
    if millionths == 0 { return "0" }
    var digits = String(millionths)
    digits = String(repeating: "0", count: 6 - digits.count) + digits
    while digits.last == "0" { digits.removeLast() }
    return "0." + digits
  }
}
