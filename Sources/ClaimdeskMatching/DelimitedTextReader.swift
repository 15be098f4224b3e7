/// RFC 4180 records with a chosen delimiter (comma or tab).
///
/// Quoted fields may hold the delimiter, newlines and doubled quotes (`""` → `"`); line
/// ends may be LF or CRLF; a trailing newline does not make an empty record. Each record
/// carries the line it starts on, for error messages. Strict where leniency would silently
/// corrupt data: an unterminated quote, or text after a closing quote, is an error.
public struct DelimitedTextReader: Sendable {
  public let delimiter: UInt8

  public init(delimiter: Character) {
    self.delimiter = delimiter.asciiValue ?? UInt8(ascii: ",")
  }

  public struct Record: Sendable, Equatable {
    public let line: Int
    public let fields: [String]
  }

  public func records(_ text: String, path: String) throws -> [Record] {
    var records: [Record] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var line = 1
    var recordLine = 1
    var inQuotes = false
    var quoteLine = 0
    var afterClosingQuote = false
    var fieldStarted = false
    let bytes = Array(text.utf8)
    let quote = UInt8(ascii: "\"")
    var i = 0
    func endField() {
      fields.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
      afterClosingQuote = false
      fieldStarted = false
    }
    func endRecord() {
      endField()
      // A line with nothing at all on it is skipped, not read as one empty field.
      if !(fields.count == 1 && fields[0].isEmpty) {
        records.append(Record(line: recordLine, fields: fields))
      }
      fields.removeAll()
    }
    while i < bytes.count {
      let byte = bytes[i]
      if inQuotes {
        if byte == quote {
          if i + 1 < bytes.count && bytes[i + 1] == quote {
            field.append(quote)
            i += 2
            continue
          }
          inQuotes = false
          afterClosingQuote = true
        } else {
          if byte == UInt8(ascii: "\n") { line += 1 }
          field.append(byte)
        }
        i += 1
        continue
      }
      switch byte {
      case delimiter:
        endField()
      case UInt8(ascii: "\r") where i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n"):
        break  // the "\n" ends the record
      case UInt8(ascii: "\n"):
        endRecord()
        line += 1
        recordLine = line
      case quote where !fieldStarted:
        inQuotes = true
        quoteLine = line
        fieldStarted = true
      default:
        if afterClosingQuote {
          throw MatchingError.invalidFile(path, line: line, "text after a closing quote (a field with quotes must be entirely quoted, quotes doubled)")
        }
        // A bare quote inside an unquoted field is kept literally (exporters that quote
        // only some fields write `5" screen`).
        field.append(byte)
        fieldStarted = true
      }
      i += 1
    }
    if inQuotes {
      throw MatchingError.invalidFile(path, line: quoteLine, "unterminated quoted field")
    }
    if fieldStarted || !fields.isEmpty || !field.isEmpty { endRecord() }
    return records
  }
}
