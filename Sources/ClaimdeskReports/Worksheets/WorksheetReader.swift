import ClaimdeskLedger
/// Reads a worksheet back into what the reviewer did per claim. Only the verdict blocks (between
/// `claimdesk:verdict` and `claimdesk:end` markers) are read; every problem is collected and
/// reported with its line, and nothing is returned unless the whole file reads cleanly.
public enum WorksheetReader {
  /// - Parameter file: the name used in diagnostics.
  /// - Throws: `WorksheetError` (one, or `.several`).
  public static func read(_ text: String, file: String) throws(WorksheetError) -> WorksheetReading {
    var parser = Parser(file: file)
    var lineNumber = 0
    // Split on bytes: as Characters, "\r\n" is one grapheme and would never equal "\n".
    for bytes in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = Substring(bytes.last == 0x0D ? bytes.dropLast() : bytes)
      parser.take(line, at: lineNumber)
    }
    parser.finish(at: lineNumber)
    guard let header = parser.header else {
      throw parser.errors.isEmpty ? .notAWorksheet(file: file) : combined(parser.errors)
    }
    if !parser.errors.isEmpty { throw combined(parser.errors) }
    return WorksheetReading(documentID: header.document, generator: header.generator, claims: parser.claims)
  }

  private static func combined(_ errors: [WorksheetError]) -> WorksheetError {
    errors.count == 1 ? errors[0] : .several(errors)
  }

  /// A line-by-line state machine: outside a claim, in a claim, in its verdict block.
  private struct Parser {
    let file: String
    var header: (document: String, generator: String)?
    var claims: [WorksheetClaimEdit] = []
    var errors: [WorksheetError] = []
    /// The open claim section, and whether its verdict block was read.
    var claim: (edit: WorksheetClaimEdit, line: Int, sawVerdict: Bool)?
    var verdict: Verdict?
    var ids: Set<String> = []

    struct Verdict {
      var line: Int
      var ticked: [(status: ClaimStatus, line: Int)] = []
      var note: [String] = []
      var inNote = false
      /// After `**Add source:**` (on its line, read as a source too), each following line (until a
      /// blank one) is one more source.
      var inSources = false
      var sources: [String] = []
      var bad = false
    }

    init(file: String) { self.file = file }

    func at(_ line: Int, _ column: Int = 1) -> WorksheetLocation {
      WorksheetLocation(file: file, line: line, column: column)
    }

    mutating func take(_ line: Substring, at number: Int) {
      if line.hasPrefix(WorksheetMarker.prefix) {
        marker(line, at: number)
      } else if let block = verdict, let open = claim, line.hasPrefix("#") || line.hasPrefix("---") {
        // The next section began: the end marker is missing (say so once, not for every line after).
        errors.append(
          .misplacedMarker(at(block.line), reason: "verdict section of claim \(open.edit.id) has no `claimdesk:end` line"))
        verdict = nil
      } else if verdict != nil {
        verdictLine(line, at: number)
      } else if line.hasPrefix("<!-- claimdesk") {
        errors.append(.malformedMarker(at(number), reason: "expected `<!-- claimdesk:NAME ... -->`"))
      }
    }

    mutating func marker(_ line: Substring, at number: Int) {
      let marker: WorksheetMarker
      do {
        marker = try WorksheetMarker.parse(line)
      } catch {
        let reason: String
        switch error {
        case .unterminated: reason = "no closing `-->`"
        case .malformedAttribute(let word): reason = "expected key=value, found `\(word)`"
        case .badEncoding(let word): reason = "bad percent-encoding in `\(word)`"
        }
        errors.append(.malformedMarker(at(number), reason: reason))
        return
      }
      func required(_ key: String) -> String? {
        if let value = marker[key], !value.isEmpty { return value }
        errors.append(.malformedMarker(at(number), reason: "`claimdesk:\(marker.name)` needs \(key)=..."))
        return nil
      }
      switch marker.name {
      case "worksheet":
        guard header == nil else {
          return errors.append(.misplacedMarker(at(number), reason: "a second worksheet header"))
        }
        guard let document = required("document") else { return }
        header = (document, marker["generator"] ?? "")
      case "claim":
        closeClaim(before: number)
        guard let id = required("id"), let event = required("event"), let statusWord = required("status") else { return }
        guard let status = ClaimStatus(rawValue: statusWord) else {
          return errors.append(.unknownStatus(at(number), word: statusWord))
        }
        guard ids.insert(id).inserted else { return errors.append(.duplicateClaim(at(number), id: id)) }
        claim = (WorksheetClaimEdit(id: id, eventHash: event, renderedStatus: status, tickedStatus: status, line: number),
          number, false)
      case "verdict":
        guard let open = claim, verdict == nil, !open.sawVerdict else {
          return errors.append(
            .misplacedMarker(at(number), reason: "a verdict section outside a claim section, or a second one"))
        }
        if let id = marker["id"], id != open.edit.id {
          return errors.append(
            .misplacedMarker(at(number), reason: "verdict section of claim \(id) inside the section of claim \(open.edit.id)"))
        }
        claim?.sawVerdict = true
        verdict = Verdict(line: number)
      case "end":
        guard let block = verdict, let open = claim else {
          return errors.append(.misplacedMarker(at(number), reason: "`claimdesk:end` without a verdict section"))
        }
        verdict = nil
        closeVerdict(block, of: open.edit)
      default:
        errors.append(.unknownMarker(at(number), name: marker.name))
      }
    }

    mutating func verdictLine(_ line: Substring, at number: Int) {
      let indent = line.prefix { $0 == " " || $0 == "\t" }.count
      let body = line.dropFirst(indent)
      if body.isEmpty {
        verdict?.inNote = false
        verdict?.inSources = false
        return
      }
      if let rest = strip(body, prefixes: [WorksheetVerdict.notePrefix, "Note:", "**Note**:"]) {
        let text = trim(rest)
        if !text.isEmpty { verdict?.note.append(text) }
        verdict?.inNote = true
        verdict?.inSources = false
      } else if let rest = strip(body, prefixes: [WorksheetVerdict.sourcePrefix, "Add source:", "**Add source**:"]) {
        verdict?.inNote = false
        verdict?.inSources = true
        // The same line is read as the lines after it are: `**Add source:** - https://...` is the URL.
        let text = sourceItem(trim(rest)[...])
        if !text.isEmpty { verdict?.sources.append(text) }
      } else if let box = taskBox(body) {
        verdict?.inNote = false
        verdict?.inSources = false
        let word = box.word.lowercased()
        guard let status = ClaimStatus(rawValue: word) else {
          verdict?.bad = true
          return errors.append(.unknownStatus(at(number, indent + box.column), word: box.word))
        }
        if box.ticked { verdict?.ticked.append((status, number)) }
      } else if verdict?.inNote == true {
        let text = trim(body)
        verdict?.note.append(text)
      } else if verdict?.inSources == true {
        let text = sourceItem(body)
        if !text.isEmpty { verdict?.sources.append(text) }
      } else {
        verdict?.bad = true
        errors.append(.malformedLine(at(number, indent + 1), text: String(body)))
      }
    }

    mutating func closeVerdict(_ block: Verdict, of edit: WorksheetClaimEdit) {
      var edit = edit
      if block.ticked.count > 1 {
        let (first, second) = (block.ticked[0], block.ticked[1])
        errors.append(.twoVerdicts(at(second.line, 4), first: first.status, firstLine: first.line, second: second.status))
        return
      }
      guard let ticked = block.ticked.first else {
        if !block.bad { errors.append(.noVerdict(at(block.line), id: edit.id)) }
        return
      }
      edit.tickedStatus = ticked.status
      edit.note = block.note.isEmpty ? nil : block.note.joined(separator: " ")
      edit.sources = block.sources
      claims.append(edit)
    }

    mutating func closeClaim(before number: Int) {
      guard let open = claim else { return }
      if let block = verdict {
        errors.append(
          .misplacedMarker(at(block.line), reason: "verdict section of claim \(open.edit.id) has no `claimdesk:end` line"))
      } else if !open.sawVerdict {
        errors.append(.misplacedMarker(at(open.line), reason: "claim \(open.edit.id) has no verdict section"))
      }
      claim = nil
      verdict = nil
    }

    mutating func finish(at lastLine: Int) { closeClaim(before: lastLine + 1) }

    /// `- [ ] word...` / `* [x] word...`: whether ticked, the first word, and its column (1-based).
    func taskBox(_ body: Substring) -> (ticked: Bool, word: String, column: Int)? {
      let bytes = Array(body.utf8)
      guard bytes.count >= 5, [UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+")].contains(bytes[0]),
        bytes[1] == UInt8(ascii: " "), bytes[2] == UInt8(ascii: "["), bytes[4] == UInt8(ascii: "]")
      else { return nil }
      let mark = bytes[3]
      guard mark == UInt8(ascii: " ") || mark == UInt8(ascii: "x") || mark == UInt8(ascii: "X") else { return nil }
      var start = 5
      while start < bytes.count && bytes[start] == UInt8(ascii: " ") { start += 1 }
      var end = start
      while end < bytes.count && bytes[end] != UInt8(ascii: " ") && bytes[end] != UInt8(ascii: ":") { end += 1 }
      return (mark != UInt8(ascii: " "), String(decoding: bytes[start..<end], as: UTF8.self), start + 1)
    }

    func strip(_ body: Substring, prefixes: [String]) -> Substring? {
      for prefix in prefixes where body.lowercased().hasPrefix(prefix.lowercased()) {
        return body.dropFirst(prefix.count)
      }
      return nil
    }

    /// One source as written: a list item (`- https://...`, `* ...`) reads as what follows the marker.
    func sourceItem(_ s: Substring) -> String {
      s.hasPrefix("- ") || s.hasPrefix("* ") ? trim(s.dropFirst(2)) : trim(s)
    }

    func trim(_ s: Substring) -> String {
      var t = s
      while t.first == " " || t.first == "\t" { t = t.dropFirst() }
      while t.last == " " || t.last == "\t" { t = t.dropLast() }
      return String(t)
    }
  }
}
