import Foundation

/// How rare a word is in English prose at large, from the shipped table (one page's own
/// paragraphs are too few to weigh words). Decoded once, looked up by binary search on hashes.
enum BackgroundIDF {
  private struct Table {
    var hashes: [UInt32]
    var idf: [UInt8]
  }

  private static let table: Table = {
    // Generated data that does not decode is a broken build, not a reason to rank by nothing.
    guard let data = Data(base64Encoded: BackgroundIDFTable.encoded, options: .ignoreUnknownCharacters),
      data.count == BackgroundIDFTable.termCount * 5
    else {
      fatalError("BackgroundIDFTable.swift does not decode; regenerate it: \(BackgroundIDFTableGenerator.regenerateCommand)")
    }
    let bytes = [UInt8](data)
    let count = bytes.count / 5
    var hashes = [UInt32](repeating: 0, count: count)
    for i in 0..<count {
      let o = i * 4
      hashes[i] = UInt32(bytes[o]) | UInt32(bytes[o + 1]) << 8 | UInt32(bytes[o + 2]) << 16 | UInt32(bytes[o + 3]) << 24
    }
    return Table(hashes: hashes, idf: Array(bytes[(count * 4)..<(count * 5)]))
  }()

  /// The IDF of a lower-case term; terms the corpus never had are as rare as the rarest.
  static func idf(_ term: String) -> Double {
    let h = hash(term)
    let t = table
    var low = 0
    var high = t.hashes.count
    while low < high {
      let mid = (low + high) / 2
      if t.hashes[mid] < h { low = mid + 1 } else { high = mid }
    }
    let q = low < t.hashes.count && t.hashes[low] == h ? t.idf[low] : BackgroundIDFTable.unseenIDF
    return Double(q) / 16
  }

  static func hash(_ term: String) -> UInt32 { hash(term.utf8) }

  /// 32-bit FNV-1a of the term's UTF-8 bytes.
  static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt32 {
    var h: UInt32 = 0x811C_9DC5
    for b in bytes { h = (h ^ UInt32(b)) &* 0x0100_0193 }
    return h
  }
}
