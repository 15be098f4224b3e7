/// The fields of an `application/x-www-form-urlencoded` body or a query string, or of a
/// `multipart/form-data` body with its files. A name given twice keeps every value (`all`);
/// `self[name]` is the first.
struct FormFields: Sendable {
  private var pairs: [(String, String)] = []
  /// Files by field name (multipart bodies only).
  private(set) var files: [String: UploadedFile] = [:]

  init(fields: [(String, String)], files: [String: UploadedFile]) {
    pairs = fields
    self.files = files
  }

  init(_ encoded: String) {
    for piece in encoded.split(separator: "&", omittingEmptySubsequences: true) {
      let parts = piece.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = Self.decode(parts[0])
      let value = parts.count > 1 ? Self.decode(parts[1]) : ""
      pairs.append((name, value))
    }
  }

  subscript(_ name: String) -> String? { pairs.first { $0.0 == name }?.1 }

  func all(_ name: String) -> [String] { pairs.filter { $0.0 == name }.map(\.1) }

  /// The value with surrounding space removed, nil when empty.
  func trimmed(_ name: String) -> String? {
    guard let value = self[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
    return value
  }

  /// `+` is a space, `%XX` a byte; the bytes are UTF-8 (malformed ones become U+FFFD).
  static func decode(_ text: Substring) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var iterator = text.utf8.makeIterator()
    while let byte = iterator.next() {
      switch byte {
      case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
      case UInt8(ascii: "%"):
        if let high = iterator.next(), let low = iterator.next(), let h = hex(high), let l = hex(low) {
          bytes.append(h << 4 | l)
        } else {
          bytes.append(UInt8(ascii: "%"))
        }
      default: bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func hex(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}

import Foundation
