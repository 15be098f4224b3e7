import Foundation

/// A safetensors file opened for reading tensors one at a time. Each tensor is read with
/// `pread` straight into its Float array, so loading never holds the file and the weights
/// in memory together (the bench's peak-RSS budget counts both).
struct SafeTensorsFile: Sendable {
  let path: String
  let header: SafeTensorsHeader

  init(url: URL) throws {
    path = url.path
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw EncoderError.missingFile(path: path) }
    defer { close(fd) }
    var status = stat()
    guard fstat(fd, &status) == 0 else { throw EncoderError.missingFile(path: path) }
    let fileSize = Int(status.st_size)
    var lengthBytes = [UInt8](repeating: 0, count: 8)
    guard fileSize >= 8, Self.readFully(fd, into: &lengthBytes, at: 0) else {
      throw EncoderError.badSafeTensorsHeader(path: path, reason: "file is shorter than the 8-byte length prefix")
    }
    let length = lengthBytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
    guard length <= UInt64(min(SafeTensorsHeader.maximumHeaderSize, fileSize - 8)) else {
      throw EncoderError.badSafeTensorsHeader(path: path, reason: "header length \(length) exceeds the file")
    }
    var json = [UInt8](repeating: 0, count: Int(length))
    guard Self.readFully(fd, into: &json, at: 8) else { throw EncoderError.missingFile(path: path) }
    header = try SafeTensorsHeader(headerJSON: Data(json), fileSize: fileSize, path: path)
  }

  /// The tensor named `name` widened to Float, with its shape.
  func floats(_ name: String) throws -> (shape: [Int], values: [Float]) {
    guard let entry = header.entries[name] else { throw EncoderError.missingTensor(name: name, path: path) }
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw EncoderError.missingFile(path: path) }
    defer { close(fd) }
    let offset = header.dataStart + entry.byteRange.lowerBound
    let count = entry.elementCount
    switch entry.dtype {
    case "F32":
      var values = [Float](repeating: 0, count: count)
      guard Self.readFully(fd, into: &values, at: offset) else { throw truncated(name) }
      #if _endian(big)
        values = values.map { Float(bitPattern: UInt32(littleEndian: $0.bitPattern)) }
      #endif
      return (entry.shape, values)
    case "F16", "BF16":
      var halves = [UInt16](repeating: 0, count: count)
      guard Self.readFully(fd, into: &halves, at: offset) else { throw truncated(name) }
      let widen = entry.dtype == "F16" ? HalfFloat.float(fromF16:) : HalfFloat.float(fromBF16:)
      return (entry.shape, halves.map { widen(UInt16(littleEndian: $0)) })
    default:
      throw EncoderError.badSafeTensorsHeader(path: path, reason: "tensor \(name) has dtype \(entry.dtype), expected F32, F16 or BF16")
    }
  }

  private func truncated(_ name: String) -> EncoderError {
    .badSafeTensorsHeader(path: path, reason: "tensor \(name) could not be read in full")
  }

  /// pread until the buffer is full; false on error or end of file.
  private static func readFully<T>(_ fd: Int32, into array: inout [T], at offset: Int) -> Bool {
    array.withUnsafeMutableBytes { buffer in
      guard let base = buffer.baseAddress else { return true }
      var done = 0
      while done < buffer.count {
        let n = pread(fd, base + done, buffer.count - done, off_t(offset + done))
        if n <= 0 { return false }
        done += n
      }
      return true
    }
  }
}
