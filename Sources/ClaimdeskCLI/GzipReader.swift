import ClaimdeskSupport

/// Reads gzip files (the benchmark's `.html.gz` pages), stopping at a size limit so a small bomb
/// cannot take the memory.
enum GzipReader {
  static func isGzip(_ bytes: [UInt8]) -> Bool { bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B }

  /// The inflated bytes, at most `limit` of them; nil when the data is not valid gzip.
  static func inflate(_ bytes: [UInt8], limit: Int) -> [UInt8]? {
    // The trailer states the inflated size (modulo 4 GB): reserve it, within the limit.
    var stated = 0
    if bytes.count >= 18 {
      let n = bytes.count
      stated = Int(bytes[n - 4]) | Int(bytes[n - 3]) << 8 | Int(bytes[n - 2]) << 16 | Int(bytes[n - 1]) << 24
    }
    let run = Inflater.inflate(bytes, windowBits: 15 + 32, reserve: min(stated, limit)) { produced, _ in produced >= limit }
    switch run.end {
    case .finished, .stopped: return Array(run.output.prefix(limit))
    case .inputEnded, .corrupt: return run.output.isEmpty ? nil : Array(run.output.prefix(limit))
    }
  }
}
