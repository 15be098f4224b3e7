import Foundation

/// Bytes that travel inside the binary as a generated Swift source file: a header of comment
/// lines, then `extension CheckWorthinessModel { static let NAME = """ base64 """ }`, 100 base64
/// characters a line. Shared by the shipped model and its news residual.
enum GeneratedBlob {
  /// The source, byte-identical for the same arguments.
  static func swiftSource(header: [String], summary: [String], documentation: String, name: String, bytes: [UInt8]) -> String {
    let base64 = Data(bytes).base64EncodedString()
    var source = ""
    for line in header + summary { source += "// \(line)\n" }
    source += "\nextension CheckWorthinessModel {\n  /// \(documentation)\n"
    source += "  static let \(name) = \"\"\"\n"
    var start = base64.startIndex
    while start < base64.endIndex {
      let end = base64.index(start, offsetBy: 100, limitedBy: base64.endIndex) ?? base64.endIndex
      source += "    \(base64[start..<end])\n"
      start = end
    }
    source += "    \"\"\"\n}\n"
    return source
  }

  /// The bytes of a base64 literal (line breaks and indentation ignored).
  static func bytes(base64 text: String) -> [UInt8]? {
    Data(base64Encoded: text, options: .ignoreUnknownCharacters).map { [UInt8]($0) }
  }

  /// Appends `value` little-endian.
  static func appendLittleEndian<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  /// A little-endian UInt32 at `offset` (the caller has checked there are four bytes).
  static func readUInt32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
    (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * UInt32($1)) }
  }
}
