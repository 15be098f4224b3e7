import CZlib

/// Undoes the `Content-Encoding` we asked for (gzip, deflate) with zlib, under a cap on decoded
/// size and on the expansion ratio so that a gzip bomb stops after a few megabytes.
enum ContentDecoder {
  /// Ratios are checked only past this many decoded bytes: small pages compress very well too.
  static let ratioFloor = 1 << 20

  /// The decoded body, or why it could not be decoded. A `truncated` body may end mid-stream.
  static func decode(
    _ raw: [UInt8], encoding: String?, truncated: Bool, maxBytes: Int, maxRatio: Int
  ) -> Result<[UInt8], FetchFailure> {
    let name = HTTPResponseHead.trimmed(encoding ?? "").lowercased()
    switch name {
    case "", "identity":
      return .success(raw)
    case "gzip", "x-gzip":
      return inflate(raw, windowBits: 15 + 16, truncated: truncated, maxBytes: maxBytes, maxRatio: maxRatio)
    case "deflate":
      // RFC 9110 means zlib-wrapped, but some servers send raw deflate: the header tells.
      let zlibWrapped = raw.count >= 2 && raw[0] & 0x0F == 8 && (Int(raw[0]) << 8 | Int(raw[1])) % 31 == 0
      return inflate(raw, windowBits: zlibWrapped ? 15 : -15, truncated: truncated, maxBytes: maxBytes, maxRatio: maxRatio)
    default:
      return .failure(FetchFailure(.decodeError, "unsupported Content-Encoding '\(name)' (only gzip and deflate were asked for)"))
    }
  }

  private static func inflate(
    _ raw: [UInt8], windowBits: Int32, truncated: Bool, maxBytes: Int, maxRatio: Int
  ) -> Result<[UInt8], FetchFailure> {
    if raw.isEmpty { return .success([]) }
    var stream = z_stream()
    guard cd_inflate_init2(&stream, windowBits) == Z_OK else {
      return .failure(FetchFailure(.decodeError, "zlib could not start"))
    }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    var input = raw
    var consumedBefore = 0  // input of finished gzip members
    return input.withUnsafeMutableBufferPointer { inBuffer in
      stream.next_in = inBuffer.baseAddress
      stream.avail_in = uInt(inBuffer.count)
      while true {
        let status = chunk.withUnsafeMutableBufferPointer { outBuffer -> Int32 in
          stream.next_out = outBuffer.baseAddress
          stream.avail_out = uInt(outBuffer.count)
          return CZlib.inflate(&stream, Z_NO_FLUSH)
        }
        output.append(contentsOf: chunk[0..<(chunk.count - Int(stream.avail_out))])
        let consumed = consumedBefore + Int(stream.total_in)
        if output.count > maxBytes {
          return .failure(FetchFailure(.tooLarge, "decoded body exceeds the cap of \(maxBytes) bytes (after \(consumed) compressed bytes): a decompression bomb?"))
        }
        if output.count > ratioFloor && output.count > maxRatio * max(consumed, 1) {
          return .failure(FetchFailure(.tooLarge, "decoded body grew more than \(maxRatio) times its compressed size (\(output.count) bytes from \(consumed)): a decompression bomb?"))
        }
        switch status {
        case Z_STREAM_END:
          // Concatenated gzip members are one valid body; anything else after the end is ignored.
          if windowBits > 15 && stream.avail_in > 0 && stream.next_in.pointee == 0x1F {
            consumedBefore += Int(stream.total_in)
            inflateReset(&stream)
            continue
          }
          return .success(output)
        case Z_OK:
          continue
        case Z_BUF_ERROR where stream.avail_in == 0:
          if truncated { return .success(output) }
          return .failure(FetchFailure(.decodeError, "the \(windowBits > 15 ? "gzip" : "deflate") body ends before its stream does"))
        default:
          let reason = stream.msg.map { String(cString: $0) } ?? "error \(status)"
          if truncated && stream.avail_in == 0 { return .success(output) }
          return .failure(FetchFailure(.decodeError, "corrupt \(windowBits > 15 ? "gzip" : "deflate") body: \(reason)"))
        }
      }
    }
  }
}
