import ClaimdeskSupport
import Crypto
import Foundation

/// SHA-256 over model.safetensors then vocab.txt, computed on first use and kept: hashing
/// 90 MB costs a fraction of a second, which callers that never ask should not pay.
final class ModelDigest: @unchecked Sendable {
  private let files: [URL]
  private let lock = NSLock()
  private var cached: String?

  init(files: [URL]) { self.files = files }

  var value: String {
    lock.lock()
    defer { lock.unlock() }
    if let cached { return cached }
    let digest = Self.compute(files)
    cached = digest
    return digest
  }

  /// The files were readable when the encoder loaded; a file gone since hashes as empty,
  /// which changes the digest rather than crashing a caller that only wanted a label.
  static func compute(_ files: [URL]) -> String {
    var hash = SHA256()
    for file in files {
      guard let handle = try? FileHandle(forReadingFrom: file) else { continue }
      defer { try? handle.close() }
      while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty {
        hash.update(data: chunk)
      }
    }
    return Hashing.hex(hash.finalize())
  }
}
