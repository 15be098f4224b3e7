/// Reads delimited text (TSV, CSV) into records of fields. With `quoted`, a field that opens
/// with `"` runs to the closing quote (delimiters and line breaks included, `""` is one quote),
/// as Python's csv module writes it; without, quotes are plain text (the CLEF 2019 files).
/// Line ends may be LF or CRLF; blank lines are skipped.
enum DelimitedTextReader {
  static func records(_ bytes: [UInt8], delimiter: UInt8 = 9, quoted: Bool) -> [[String]] {
    var records: [[String]] = []
    var fields: [String] = []
    var field: [UInt8] = []
    var i = 0
    let n = bytes.count
    func endField() {
      fields.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
    }
    func endRecord() {
      endField()
      if !(fields.count == 1 && fields[0].isEmpty) { records.append(fields) }
      fields.removeAll(keepingCapacity: true)
    }
    while i < n {
      let b = bytes[i]
      if quoted && b == 34 && field.isEmpty {
        i += 1
        while i < n {
          if bytes[i] == 34 {
            if i + 1 < n && bytes[i + 1] == 34 {
              field.append(34)
              i += 2
              continue
            }
            i += 1
            break
          }
          field.append(bytes[i])
          i += 1
        }
        continue
      }
      if b == delimiter {
        endField()
      } else if b == 10 {
        endRecord()
      } else if b == 13 && i + 1 < n && bytes[i + 1] == 10 {
        // The LF that follows ends the record.
      } else {
        field.append(b)
      }
      i += 1
    }
    if !field.isEmpty || !fields.isEmpty { endRecord() }
    return records
  }
}
