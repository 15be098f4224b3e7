import CZlib

/// gzip and deflate encoders for the test server's bodies.
enum TestCompression {
  /// windowBits 31 = gzip wrapper, 15 = zlib wrapper, -15 = raw deflate.
  static func compress(_ input: [UInt8], windowBits: Int32 = 31) -> [UInt8] {
    var stream = z_stream()
    guard cd_deflate_init2(&stream, 6, windowBits) == Z_OK else { return [] }
    defer { deflateEnd(&stream) }
    var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 64)
    var source = input
    let produced = source.withUnsafeMutableBufferPointer { inBuffer in
      output.withUnsafeMutableBufferPointer { outBuffer -> Int in
        stream.next_in = inBuffer.baseAddress
        stream.avail_in = uInt(inBuffer.count)
        stream.next_out = outBuffer.baseAddress
        stream.avail_out = uInt(outBuffer.count)
        guard deflate(&stream, Z_FINISH) == Z_STREAM_END else { return 0 }
        return Int(stream.total_out)
      }
    }
    return Array(output.prefix(produced))
  }

  static func gzip(_ text: String) -> [UInt8] { compress(Array(text.utf8)) }

  /// 16 MiB of zeros in about 16 KB: the decoder must stop long before the end.
  static let bomb = compress([UInt8](repeating: 0, count: 16 << 20))
}
