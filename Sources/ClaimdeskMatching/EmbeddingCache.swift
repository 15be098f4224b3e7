import ClaimdeskSupport
import Crypto
import Foundation

/// Embeddings of a corpus, stored so the next run skips the encoder.
///
/// Where: `${XDG_CACHE_HOME:-~/.cache}/claimdesk/embeddings/<model>-<corpus>.f32`, where
/// <model> and <corpus> are the first 16 hex digits of the model digest and of the
/// corpus digest (SHA-256 of the embedded texts in order). A different model or any edit
/// to the corpus gives a different file, so a stale entry is never read; it is simply
/// left for the user to delete with the folder. Derived, rebuildable, never in a workspace.
///
/// Layout (little-endian, 144-byte header so the floats are 16-byte aligned):
///   0   8  magic "CDEMB\0\0\1" (format version in the last byte)
///   8   4  rows (u32)
///   12  4  dimension (u32)
///   16  64 model digest, ASCII, NUL-padded
///   80  64 corpus digest, ASCII, NUL-padded
///   144    rows × dimension Float32, row-major
/// The full digests in the header are checked on load, so even a prefix clash or a
/// truncated file reads as a miss, never as wrong vectors. Writes go to a temporary file in
/// the same folder, then `rename(2)`: a reader sees the old file or the whole new one.
public struct EmbeddingCache: Sendable {
  public let directory: URL

  static let magic: [UInt8] = [0x43, 0x44, 0x45, 0x4D, 0x42, 0, 0, 1]
  static let headerSize = 144

  public init(directory: URL) {
    self.directory = directory
  }

  /// `${XDG_CACHE_HOME:-~/.cache}/claimdesk/embeddings`.
  public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
    let base: URL
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
      base = URL(fileURLWithPath: xdg)
    } else {
      base = FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
    }
    return base.appendingPathComponent("claimdesk").appendingPathComponent("embeddings")
  }

  /// SHA-256 over the texts, each followed by a NUL (no text contains one in practice,
  /// and the separator keeps ["ab", "c"] apart from ["a", "bc"]).
  public static func corpusDigest(_ texts: [String]) -> String {
    var hasher = SHA256()
    for text in texts {
      hasher.update(data: Array(text.utf8))
      hasher.update(data: [UInt8(0)])
    }
    return Hashing.hex(hasher.finalize())
  }

  public func fileURL(modelDigest: String, corpusDigest: String) -> URL {
    let name = "\(Self.safePrefix(modelDigest))-\(Self.safePrefix(corpusDigest)).f32"
    return directory.appendingPathComponent(name)
  }

  /// The cached matrix, or nil on any miss (absent, other digests, damaged).
  public func load(modelDigest: String, corpusDigest: String) -> EmbeddingMatrix? {
    let url = fileURL(modelDigest: modelDigest, corpusDigest: corpusDigest)
    guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return nil }
    return Self.decode(data, modelDigest: modelDigest, corpusDigest: corpusDigest)
  }

  /// Writes atomically; creates the folder. Errors are returned to the caller, which may
  /// carry on without a cache (it is only a speed-up).
  public func store(_ matrix: EmbeddingMatrix, modelDigest: String, corpusDigest: String) throws {
    try write(matrix, modelDigest: modelDigest, corpusDigest: corpusDigest, to: fileURL(modelDigest: modelDigest, corpusDigest: corpusDigest))
  }

  func write(_ matrix: EmbeddingMatrix, modelDigest: String, corpusDigest: String, to url: URL) throws {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let data = Self.encode(matrix, modelDigest: modelDigest, corpusDigest: corpusDigest)
    let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    try data.write(to: temporary)
    if rename(temporary.path, url.path) != 0 {
      let code = errno
      try? FileManager.default.removeItem(at: temporary)
      throw MatchingError.invalidFile(url.path, line: nil, "cannot rename cache into place (errno \(code))")
    }
  }

  /// Cached vectors when present; otherwise `compute()`, stored for next time.
  public func vectors(
    modelDigest: String, texts: [String], compute: () -> [[Float]]
  ) -> (matrix: EmbeddingMatrix, fromCache: Bool) {
    let corpus = Self.corpusDigest(texts)
    if let hit = load(modelDigest: modelDigest, corpusDigest: corpus), hit.rows == texts.count {
      return (hit, true)
    }
    let matrix = EmbeddingMatrix(vectors: compute())
    try? store(matrix, modelDigest: modelDigest, corpusDigest: corpus)
    return (matrix, false)
  }

  static func encode(_ matrix: EmbeddingMatrix, modelDigest: String, corpusDigest: String) -> Data {
    var header = [UInt8](repeating: 0, count: headerSize)
    header.replaceSubrange(0..<8, with: magic)
    withUnsafeBytes(of: UInt32(matrix.rows).littleEndian) { header.replaceSubrange(8..<12, with: $0) }
    withUnsafeBytes(of: UInt32(matrix.dimension).littleEndian) { header.replaceSubrange(12..<16, with: $0) }
    let model = Array(modelDigest.utf8.prefix(64))
    header.replaceSubrange(16..<(16 + model.count), with: model)
    let corpus = Array(corpusDigest.utf8.prefix(64))
    header.replaceSubrange(80..<(80 + corpus.count), with: corpus)
    var data = Data(header)
    data.reserveCapacity(headerSize + matrix.values.count * 4)
    matrix.values.withUnsafeBufferPointer { values in
      // Float32 bit patterns in little-endian order (a no-op copy on x86-64 and arm64).
      let little = values.map { $0.bitPattern.littleEndian }
      little.withUnsafeBytes { data.append(contentsOf: $0) }
    }
    return data
  }

  static func decode(_ data: Data, modelDigest: String, corpusDigest: String) -> EmbeddingMatrix? {
    guard let (matrix, stored) = decode(data, modelDigest: modelDigest), stored == String(corpusDigest.prefix(64)) else { return nil }
    return matrix
  }

  /// The matrix of a file made with `modelDigest`, with the corpus digest its header names.
  static func decode(_ data: Data, modelDigest: String) -> (EmbeddingMatrix, corpusDigest: String)? {
    guard data.count >= headerSize else { return nil }
    return data.withUnsafeBytes { raw -> (EmbeddingMatrix, corpusDigest: String)? in
      guard Array(raw[0..<8]) == magic else { return nil }
      let rows = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
      let dimension = Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 12, as: UInt32.self)))
      func text(_ range: Range<Int>) -> String {
        String(decoding: raw[range].prefix { $0 != 0 }, as: UTF8.self)
      }
      guard text(16..<80) == String(modelDigest.prefix(64)) else { return nil }
      let corpusDigest = text(80..<144)
      guard data.count == headerSize + rows * dimension * 4 else { return nil }
      var values = [Float](repeating: 0, count: rows * dimension)
      values.withUnsafeMutableBytes { out in
        out.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[headerSize...]))
      }
      if UInt32(1).littleEndian != 1 {
        values = values.map { Float(bitPattern: UInt32(littleEndian: $0.bitPattern)) }
      }
      return (EmbeddingMatrix(rows: rows, dimension: dimension, values: values), corpusDigest)
    }
  }

  /// File-name-safe first 16 characters of a digest ("precomputed:x" → "precomputed_x").
  static func safePrefix(_ digest: String) -> String {
    String(digest.prefix(16).map { $0.isLetter || $0.isNumber ? $0 : "_" })
  }
}
