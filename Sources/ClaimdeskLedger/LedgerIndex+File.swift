import Foundation

// The file form of the index: a text header line, the four arrays as raw bytes, then one text
// line per document. Raw arrays load with four copies; the header's counts guard their sizes
// and a checksum of the body catches a file cut or garbled by a crash (the index is written
// without fsync: it is derived, and a bad one is simply rebuilt).
extension LedgerIndex {
  private static let magic = "claimdesk-index-4"

  func serialized() -> [UInt8] {
    var body: [UInt8] = []
    body.reserveCapacity(idBytes.count + (starts.count + offsets.count + scores.count) * 8 + documentOffsets.count * 80)
    body.append(contentsOf: idBytes)
    starts.withUnsafeBytes { body.append(contentsOf: $0) }
    offsets.withUnsafeBytes { body.append(contentsOf: $0) }
    scores.withUnsafeBytes { body.append(contentsOf: $0) }
    for (id, offset) in documentOffsets.sorted(by: { $0.key < $1.key }) {
      body.append(contentsOf: Array("\(id) \(offset)\n".utf8))
    }
    let header = "\(Self.magic) \(ledgerLength) \(lastHash) \(count) \(offsets.count) \(Self.checksum(body[...]))\n"
    return Array(header.utf8) + body
  }

  /// FNV-1a over 8-byte words: not cryptographic, only a guard against torn or stale writes.
  static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    bytes.withUnsafeBytes { raw in
      let words = raw.count / 8
      for i in 0..<words {
        hash = (hash ^ raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) &* 0x100_0000_01b3
      }
      for i in (words * 8)..<raw.count {
        hash = (hash ^ UInt64(raw[i])) &* 0x100_0000_01b3
      }
    }
    return hash
  }

  /// Reads an index file; nil when it is unreadable or inconsistent (the caller rebuilds).
  init?(serialized data: [UInt8]) {
    guard let newline = data.firstIndex(of: 0x0A) else { return nil }
    let parts = data[..<newline].split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
    guard parts.count == 6, parts[0] == Self.magic, let length = Int(parts[1]), let claims = Int(parts[3]),
      let offsetCount = Int(parts[4]), claims >= 0, offsetCount >= 0,
      UInt64(parts[5]) == Self.checksum(data[(newline + 1)...])
    else { return nil }
    let idEnd = newline + 1 + claims * Self.idLength
    let startsEnd = idEnd + (claims + 1) * 8
    let offsetsEnd = startsEnd + offsetCount * 8
    let scoresEnd = offsetsEnd + claims * 8
    guard scoresEnd <= data.count else { return nil }
    let starts = Self.integers(data[idEnd..<startsEnd])
    guard starts.first == 0, starts.last == offsetCount else { return nil }
    var documentOffsets: [String: Int] = [:]
    for line in data[scoresEnd...].split(separator: 0x0A) {
      let fields = line.split(separator: 0x20)
      guard fields.count == 2, let offset = Int(String(decoding: fields[1], as: UTF8.self)) else { return nil }
      documentOffsets[String(decoding: fields[0], as: UTF8.self)] = offset
    }
    self.init(
      ledgerLength: length, lastHash: parts[2], idBytes: Array(data[(newline + 1)..<idEnd]), starts: starts,
      offsets: Self.integers(data[startsEnd..<offsetsEnd]), scores: Self.integers(data[offsetsEnd..<scoresEnd]),
      documentOffsets: documentOffsets)
  }

  /// The claim count and the ledger length an index file's header records, read without
  /// loading or checking the file: only a hint (a fold reserves room for that many claims),
  /// never trusted for more.
  static func claimCountHint(path: String) -> (claims: Int, ledgerLength: Int)? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var head = [UInt8](repeating: 0, count: 256)
    let got = head.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    guard got > 0, let newline = head[..<got].firstIndex(of: 0x0A) else { return nil }
    let parts = head[..<newline].split(separator: 0x20)
    guard parts.count == 6, String(decoding: parts[0], as: UTF8.self) == magic else { return nil }
    guard let claims = Int(String(decoding: parts[3], as: UTF8.self)),
      let length = Int(String(decoding: parts[1], as: UTF8.self))
    else { return nil }
    return (claims, length)
  }

  private static func integers(_ bytes: ArraySlice<UInt8>) -> [Int] {
    var values = [Int](repeating: 0, count: bytes.count / 8)
    values.withUnsafeMutableBytes { target in bytes.withUnsafeBytes { target.copyMemory(from: $0) } }
    return values
  }
}
