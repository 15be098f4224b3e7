import ClaimdeskSupport

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
    let run = Inflater.inflate(raw, windowBits: windowBits) { produced, consumed in
      produced > maxBytes || produced > ratioFloor && produced > maxRatio * max(consumed, 1)
    }
    let format = windowBits > 15 ? "gzip" : "deflate"
    switch run.end {
    case .finished:
      return .success(run.output)
    case .stopped where run.output.count > maxBytes:
      return .failure(FetchFailure(.tooLarge, "decoded body exceeds the cap of \(maxBytes) bytes (after \(run.consumed) compressed bytes): a decompression bomb?"))
    case .stopped:
      return .failure(FetchFailure(.tooLarge, "decoded body grew more than \(maxRatio) times its compressed size (\(run.output.count) bytes from \(run.consumed)): a decompression bomb?"))
    case .inputEnded:
      if truncated { return .success(run.output) }
      return .failure(FetchFailure(.decodeError, "the \(format) body ends before its stream does"))
    case .corrupt(let reason):
      if truncated && run.consumed >= raw.count { return .success(run.output) }
      return .failure(FetchFailure(.decodeError, "corrupt \(format) body: \(reason)"))
    }
  }
}
