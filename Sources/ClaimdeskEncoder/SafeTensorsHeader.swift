import Foundation

/// The JSON header of a safetensors file: an 8-byte little-endian length, then that many
/// bytes of JSON mapping tensor names to dtype, shape and data offsets.
struct SafeTensorsHeader: Sendable {
  /// Headers past this size are corrupt rather than big (the format caps them at 100 MB).
  static let maximumHeaderSize = 100_000_000

  let entries: [String: SafeTensorsEntry]
  /// File offset of the data section: 8 + header length.
  let dataStart: Int

  /// Parses `headerJSON` for a file of `fileSize` bytes; `path` only names the file in errors.
  init(headerJSON: Data, fileSize: Int, path: String) throws {
    func bad(_ reason: String) -> EncoderError {
      .badSafeTensorsHeader(path: path, reason: reason)
    }
    dataStart = 8 + headerJSON.count
    let dataSize = fileSize - dataStart
    guard dataSize >= 0 else { throw bad("header runs past the end of the file") }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: headerJSON)
    } catch {
      throw bad("header is not JSON")
    }
    guard let table = object as? [String: Any] else { throw bad("header is not a JSON object") }
    var entries: [String: SafeTensorsEntry] = [:]
    for (name, value) in table where name != "__metadata__" {
      guard let fields = value as? [String: Any],
        let dtype = fields["dtype"] as? String,
        let shape = Self.integers(fields["shape"]),
        let offsets = Self.integers(fields["data_offsets"]), offsets.count == 2
      else { throw bad("entry \(name) lacks dtype, shape or data_offsets") }
      let (begin, end) = (offsets[0], offsets[1])
      guard shape.allSatisfy({ $0 >= 0 }), begin >= 0, begin <= end, end <= dataSize else {
        throw bad("entry \(name) has offsets \(offsets) outside the \(dataSize)-byte data section")
      }
      let entry = SafeTensorsEntry(name: name, dtype: dtype, shape: shape, byteRange: begin..<end)
      if let size = SafeTensorsEntry.elementSize(of: dtype), entry.elementCount * size != end - begin {
        throw bad("entry \(name): shape \(shape) of \(dtype) needs \(entry.elementCount * size) bytes, offsets give \(end - begin)")
      }
      entries[name] = entry
    }
    self.entries = entries
  }

  /// JSON numbers arrive as NSNumber on Linux and Darwin alike; accept only whole numbers.
  private static func integers(_ value: Any?) -> [Int]? {
    guard let numbers = value as? [Any] else { return nil }
    var result: [Int] = []
    for number in numbers {
      guard let n = number as? NSNumber, n.doubleValue == n.doubleValue.rounded() else { return nil }
      result.append(n.intValue)
    }
    return result
  }
}
