import CZlib

/// Inflates gzip data (the benchmark's `.html.gz` pages) with zlib, stopping at a size limit so
/// a small bomb cannot take the memory.
enum GzipReader {
  static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B }

  /// The inflated bytes, at most `limit` of them; nil when the data is not valid gzip.
  static func inflate(_ bytes: [UInt8], limit: Int) -> [UInt8]? {
    var stream = z_stream()
    guard cd_inflate_init2(&stream, 15 + 32) == Z_OK else { return nil }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    // The trailer states the inflated size (modulo 4 GB): reserve it, within the limit.
    if bytes.count >= 18 {
      let n = bytes.count
      let stated = Int(bytes[n - 4]) | Int(bytes[n - 3]) << 8 | Int(bytes[n - 2]) << 16 | Int(bytes[n - 1]) << 24
      output.reserveCapacity(min(stated, limit))
    }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    var input = bytes
    return input.withUnsafeMutableBufferPointer { inputBuffer -> [UInt8]? in
      stream.next_in = inputBuffer.baseAddress
      stream.avail_in = uInt(inputBuffer.count)
      while true {
        let status = chunk.withUnsafeMutableBufferPointer { out -> Int32 in
          stream.next_out = out.baseAddress
          stream.avail_out = uInt(out.count)
          return CZlib.inflate(&stream, Z_NO_FLUSH)
        }
        let produced = chunk.count - Int(stream.avail_out)
        output.append(contentsOf: chunk[0..<min(produced, max(0, limit - output.count))])
        if output.count >= limit { return output }
        switch status {
        case Z_STREAM_END:
          // Concatenated gzip members: carry on with the next one.
          if stream.avail_in > 0, inflateReset(&stream) == Z_OK { continue }
          return output
        case Z_OK:
          continue
        case Z_BUF_ERROR where produced > 0:
          continue
        default:
          return output.isEmpty ? nil : output
        }
      }
    }
  }
}
