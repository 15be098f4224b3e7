import Foundation

/// The fields and files of a `multipart/form-data` body (RFC 7578), as a browser sends a form
/// with a file input. Only what forms send is read: each part's name, file name and bytes;
/// a body that does not follow the format is refused as a whole (nil), never half read.
enum MultipartForm {
  /// The boundary named by a `multipart/form-data` Content-Type, nil for any other type.
  static func boundary(_ contentType: String) -> String? {
    let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
    guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
    for part in parts.dropFirst() {
      let pair = part.split(separator: "=", maxSplits: 1)
      guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
      let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
      return (1...70).contains(value.utf8.count) ? value : nil
    }
    return nil
  }

  /// The form's fields (text parts) and files (parts with a file name), or nil when malformed.
  static func parse(_ body: [UInt8], boundary: String) -> FormFields? {
    let delimiter = Array(("--" + boundary).utf8)
    var fields: [(String, String)] = []
    var files: [String: UploadedFile] = [:]
    guard var at = find(delimiter, in: body, from: 0) else { return nil }
    while true {
      at += delimiter.count
      // "--" after a delimiter ends the body.
      if body.count >= at + 2, body[at] == 0x2D, body[at + 1] == 0x2D { break }
      guard body.count >= at + 2, body[at] == 0x0D, body[at + 1] == 0x0A else { return nil }
      at += 2
      guard let headEnd = find([0x0D, 0x0A, 0x0D, 0x0A], in: body, from: at),
        let next = find([0x0D, 0x0A] + delimiter, in: body, from: headEnd + 4)
      else { return nil }
      let head = String(decoding: body[at..<headEnd], as: UTF8.self)
      guard let disposition = dispositionParameters(head), let name = disposition["name"] else { return nil }
      let content = Array(body[(headEnd + 4)..<next])
      if let fileName = disposition["filename"] {
        // A file input left empty sends a part with an empty file name and no bytes.
        if !fileName.isEmpty || !content.isEmpty { files[name] = UploadedFile(name: fileName, bytes: content) }
      } else {
        fields.append((name, String(decoding: content, as: UTF8.self)))
      }
      at = next + 2
    }
    return FormFields(fields: fields, files: files)
  }

  /// The parameters of a part's `Content-Disposition: form-data; name="x"; filename="y"`.
  private static func dispositionParameters(_ head: String) -> [String: String]? {
    for line in head.split(separator: "\r\n") {
      let pair = line.split(separator: ":", maxSplits: 1)
      guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" else { continue }
      var parameters: [String: String] = [:]
      var rest = Substring(pair[1])
      while let semicolon = rest.firstIndex(of: ";") {
        rest = rest[rest.index(after: semicolon)...].drop { $0 == " " }
        guard let equals = rest.firstIndex(of: "=") else { break }
        let key = rest[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
        var value = rest[rest.index(after: equals)...]
        if value.first == "\"" {
          value = value.dropFirst()
          let close = value.firstIndex(of: "\"") ?? value.endIndex
          parameters[key] = String(value[..<close])
          rest = close < value.endIndex ? value[value.index(after: close)...] : ""
        } else {
          let end = value.firstIndex(of: ";") ?? value.endIndex
          parameters[key] = value[..<end].trimmingCharacters(in: .whitespaces)
          rest = value[end...]
        }
      }
      return parameters
    }
    return nil
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    let first = needle[0]
    var i = start
    while i <= haystack.count - needle.count {
      if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
      i += 1
    }
    return nil
  }
}
