import CZlib

/// zlib's inflate loop, shared by the fetcher (`Content-Encoding`) and the page readers
/// (`.html.gz` files). The caller's `stop` sees the sizes as they grow, so that a bomb is cut off
/// after a chunk rather than after it has filled the memory.
package enum Inflater {
  /// How a run ended.
  package enum End: Equatable, Sendable {
    /// The stream (every concatenated gzip member) ended properly.
    case finished
    /// The input ran out before the stream did.
    case inputEnded
    /// `stop` said so.
    case stopped
    /// zlib refused the data, with its reason.
    case corrupt(String)
  }

  package struct Result: Sendable {
    package var output: [UInt8]
    package var end: End
    /// Compressed bytes read.
    package var consumed: Int
  }

  /// Inflates `input`. `windowBits` is zlib's: 15 + 16 gzip, 15 zlib, -15 raw deflate, 15 + 32
  /// either gzip or zlib by the header. `stop(produced, consumed)` is asked after every chunk.
  package static func inflate(
    _ input: [UInt8], windowBits: Int32, reserve: Int = 0, stop: (Int, Int) -> Bool = { _, _ in false }
  ) -> Result {
    var stream = z_stream()
    guard cd_inflate_init2(&stream, windowBits) == Z_OK else {
      return Result(output: [], end: .corrupt("zlib could not start"), consumed: 0)
    }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    output.reserveCapacity(reserve)
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    var input = input
    var consumedBefore = 0  // input of finished gzip members
    return input.withUnsafeMutableBufferPointer { inBuffer in
      stream.next_in = inBuffer.baseAddress
      stream.avail_in = uInt(inBuffer.count)
      func result(_ end: End) -> Result {
        Result(output: output, end: end, consumed: consumedBefore + Int(stream.total_in))
      }
      while true {
        let status = chunk.withUnsafeMutableBufferPointer { outBuffer -> Int32 in
          stream.next_out = outBuffer.baseAddress
          stream.avail_out = uInt(outBuffer.count)
          return CZlib.inflate(&stream, Z_NO_FLUSH)
        }
        output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
        if stop(output.count, consumedBefore + Int(stream.total_in)) { return result(.stopped) }
        switch status {
        case Z_STREAM_END:
          // Concatenated gzip members are one valid body; anything else after the end is ignored.
          if windowBits > 15 && stream.avail_in > 0 && stream.next_in.pointee == 0x1F {
            consumedBefore += Int(stream.total_in)
            inflateReset(&stream)
            continue
          }
          return result(.finished)
        case Z_OK:
          continue
        case Z_BUF_ERROR where stream.avail_in == 0:
          return result(.inputEnded)
        default:
          return result(.corrupt(stream.msg.map { String(cString: $0) } ?? "error \(status)"))
        }
      }
    }
  }
}
