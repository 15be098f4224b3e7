import Foundation
import ClaimdeskMatching

/// Vectors computed elsewhere (scripts/embed_reference.py with sentence-transformers),
/// looked up by exact text. Lets fusion be tuned before the Swift encoder exists, through
/// the same `SentenceEmbedding` hook the encoder uses. A text with no stored vector is an
/// error worth stopping for: it means the dump and the run disagree.
///
/// File (little-endian): "CDVECTXT", u32 count, u32 dims, then per text u32 UTF-8 length,
/// the bytes, dims × Float32.
struct PrecomputedEmbedding: SentenceEmbedding {
  let digest: String
  let dimension: Int
  private let vectors: [String: [Float]]

  init(files: [URL]) throws {
    var table: [String: [Float]] = [:]
    var dims = 0
    for url in files {
      let data = try Data(contentsOf: url)
      let bytes = [UInt8](data)
      func u32(_ at: Int) -> Int {
        Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
      }
      guard bytes.count >= 16, String(decoding: bytes[0..<8], as: UTF8.self) == "CDVECTXT" else {
        throw MatchingError.invalidFile(url.path, line: nil, "not a CDVECTXT vector file")
      }
      let count = u32(8)
      dims = u32(12)
      var at = 16
      for _ in 0..<count {
        let length = u32(at)
        at += 4
        let text = String(decoding: bytes[at..<(at + length)], as: UTF8.self)
        at += length
        let v: [Float] = bytes.withUnsafeBytes { raw in
          (0..<dims).map { raw.loadUnaligned(fromByteOffset: at + 4 * $0, as: Float.self) }
        }
        at += 4 * dims
        table[text] = v
      }
    }
    vectors = table
    dimension = dims
    digest = "precomputed:" + files.map(\.lastPathComponent).joined(separator: "+")
  }

  func embed(_ texts: [String]) -> [[Float]] {
    texts.map { text in
      guard let v = vectors[text] else {
        fatalError("no precomputed vector for text: \(text.prefix(80))")
      }
      return v
    }
  }
}
