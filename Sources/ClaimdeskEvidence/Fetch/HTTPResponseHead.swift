import CCurl

/// The status line and header fields of one HTTP/1.x response, as received.
struct HTTPResponseHead {
  /// The bytes exactly as received (status line, fields, blank line).
  let bytes: [UInt8]
  let status: Int
  /// Field names and values in order, values trimmed.
  let fields: [(name: String, value: String)]

  init(bytes: [UInt8]) {
    self.bytes = bytes
    var lines = Self.lines(bytes)
    let statusLine = lines.isEmpty ? "" : lines.removeFirst()
    // "HTTP/1.1 200 OK": the code is the second word.
    let words = statusLine.split(separator: " ", maxSplits: 2)
    status = words.count >= 2 ? Int(words[1]) ?? 0 : 0
    fields = lines.compactMap { line in
      guard let colon = line.firstIndex(of: ":") else { return nil }
      return (String(line[..<colon]), Self.trimmed(String(line[line.index(after: colon)...])))
    }
  }

  /// The first value of a field, by case-insensitive name.
  func value(_ name: String) -> String? {
    let wanted = name.lowercased()
    return fields.first { $0.name.lowercased() == wanted }?.value
  }

  /// The media type of Content-Type, lowercased ("text/html").
  var mediaType: String? {
    guard let value = value("Content-Type") else { return nil }
    let type = Self.trimmed(String(value.split(separator: ";", maxSplits: 1).first ?? "")).lowercased()
    return type.isEmpty ? nil : type
  }

  /// The `charset` parameter of Content-Type, lowercased and unquoted.
  var charset: String? {
    guard let value = value("Content-Type") else { return nil }
    for parameter in value.split(separator: ";").dropFirst() {
      let pair = parameter.split(separator: "=", maxSplits: 1)
      guard pair.count == 2, Self.trimmed(String(pair[0])).lowercased() == "charset" else { continue }
      var charset = Self.trimmed(String(pair[1]))
      if charset.hasPrefix("\"") && charset.hasSuffix("\"") && charset.count >= 2 {
        charset = String(charset.dropFirst().dropLast())
      }
      return charset.isEmpty ? nil : charset.lowercased()
    }
    return nil
  }

  /// Retry-After in milliseconds from `now` (seconds or an HTTP date), nil when absent or unreadable.
  func retryAfter(nowMilliseconds now: Int) -> Int? {
    guard let value = value("Retry-After") else { return nil }
    if let seconds = Int(value), seconds >= 0 { return seconds * 1000 }
    let when = curl_getdate(value, nil)
    guard when >= 0 else { return nil }
    return max(0, Int(when) * 1000 - now)
  }

  /// The head as stored in the WARC: the body there is de-chunked, so a `Transfer-Encoding`
  /// field would make readers de-chunk it again. It is renamed, as other archivers do.
  var bytesForArchive: [UInt8] {
    let lower = Array("\ntransfer-encoding:".utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 20)
    var i = 0
    while i < bytes.count {
      out.append(bytes[i])
      if bytes[i] == 0x0A && i + lower.count <= bytes.count {
        var matches = true
        for k in 1..<lower.count where Self.lowercase(bytes[i + k]) != lower[k] {
          matches = false
          break
        }
        if matches { out.append(contentsOf: Array("X-Archive-Orig-".utf8)) }
      }
      i += 1
    }
    return out
  }

  private static func lowercase(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

  private static func lines(_ bytes: [UInt8]) -> [String] {
    var result: [String] = []
    var start = 0
    for i in bytes.indices where bytes[i] == 0x0A {
      var end = i
      if end > start && bytes[end - 1] == 0x0D { end -= 1 }
      if end > start { result.append(String(decoding: bytes[start..<end], as: UTF8.self)) }
      start = i + 1
    }
    return result
  }

  /// Without leading and trailing spaces and tabs.
  static func trimmed(_ text: String) -> String {
    var bytes = Substring(text).utf8[...]
    while let first = bytes.first, first == 0x20 || first == 0x09 { bytes = bytes.dropFirst() }
    while let last = bytes.last, last == 0x20 || last == 0x09 { bytes = bytes.dropLast() }
    return String(Substring(bytes))
  }
}
