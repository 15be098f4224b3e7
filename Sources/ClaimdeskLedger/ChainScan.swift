import Foundation
import ClaimdeskSupport

/// The chain of a ledger checked from the ends of its lines alone: the writer puts `op`,
/// `prev`, `seq` and `hash` last, so a line that ends
/// `"op":"OP","prev":"<64>","seq":N,"hash":"<64>"}` has them where a scan from its end finds
/// them, without reading the rest. A listing uses it to check what a whole fold would (seq and
/// prev, and which lines are documents and which are claims') at the speed of memory.
/// Anything else at a line's end makes the scan give up, and the whole fold decides.
enum ChainScan {
  /// What the lines hold, when every line ended as the writer ends it and the chain holds.
  struct Tally: Equatable, Sendable {
    var lines = 0
    var documentLines = 0
    /// Lines of the ops that name a claim.
    var claimLines = 0
    /// Lines about the workspace as a whole (`factchecks.imported`): in the chain, in no claim.
    var workspaceLines = 0
  }

  /// The tally of complete `bytes`, or nil. Large ledgers are scanned on two threads.
  static func tally(_ bytes: UnsafeBufferPointer<UInt8>, parallelFrom: Int = 1 << 20) -> Tally? {
    let ranges = LedgerReader.halves(bytes, from: parallelFrom)
    // Read only, and alive until every part is scanned.
    nonisolated(unsafe) let lines = bytes
    let parts = concurrentMap(ranges.count) { scan(lines, in: ranges[$0]) }
    // Each part must follow the one before it, and the first the genesis.
    var total = Tally()
    var lastSeq = 0
    var lastHash = Array(EventLine.genesis.utf8)
    for part in parts where part?.tally.lines != 0 {
      guard let part, part.firstSeq == lastSeq + 1, Array(bytes[part.firstPrev]) == lastHash else { return nil }
      total.lines += part.tally.lines
      total.documentLines += part.tally.documentLines
      total.claimLines += part.tally.claimLines
      total.workspaceLines += part.tally.workspaceLines
      lastSeq = part.lastSeq
      lastHash = Array(bytes[part.lastHash])
    }
    return total
  }

  /// One stretch of lines: its tally, and the links at its two ends, to join it to its neighbours.
  private struct Part: Sendable {
    var tally = Tally()
    var firstSeq = 0
    var firstPrev = 0..<0
    var lastSeq = 0
    var lastHash = 0..<0
  }

  private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>) -> Part? {
    var part = Part()
    var ok = true
    LedgerReader.forEachLine(bytes, in: range) { line in
      guard let links = links(of: line, in: bytes) else {
        ok = false
        return false
      }
      if part.tally.lines == 0 {
        part.firstSeq = links.seq
        part.firstPrev = links.prev
      } else {
        guard links.seq == part.lastSeq + 1, links.prev.count == 64,
          memcmp(bytes.baseAddress! + links.prev.lowerBound, bytes.baseAddress! + part.lastHash.lowerBound, 64) == 0
        else {
          ok = false
          return false
        }
      }
      part.lastSeq = links.seq
      part.lastHash = links.hash
      part.tally.lines += 1
      switch links.op {
      case .documentAdded: part.tally.documentLines += 1
      case .claimAdded, .claimStatus, .claimNote, .claimSource, .sourceFetched, .claimAssigned, .claimMatched,
        .matchRejected:
        part.tally.claimLines += 1
      case .factChecksImported: part.tally.workspaceLines += 1
      }
      return true
    }
    return ok ? part : nil
  }

  private static let hashKey = Array(#","hash":""#.utf8)
  private static let seqKey = Array(#","seq":"#.utf8)
  private static let prevKey = Array(#","prev":""#.utf8)
  private static let opKey = Array(#","op":""#.utf8)
  private static let ops: [(name: [UInt8], op: EventOp)] = EventOp.allCases.map { (Array($0.rawValue.utf8), $0) }

  /// The op, prev, seq and hash at the end of the line at `range`, if it ends as the writer ends a line.
  static func links(
    of range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>
  ) -> (op: EventOp, prev: Range<Int>, seq: Int, hash: Range<Int>)? {
    let start = range.lowerBound
    var end = range.upperBound
    // `,"hash":"<64>"}`
    guard end - start > 200, bytes[start] == UInt8(ascii: "{"), bytes[end - 1] == UInt8(ascii: "}"),
      bytes[end - 2] == UInt8(ascii: "\""), matches(hashKey, bytes, at: end - 2 - 64 - hashKey.count)
    else { return nil }
    let hash = (end - 66)..<(end - 2)
    end = end - 2 - 64 - hashKey.count
    // `,"seq":N`: digits, no leading zero.
    var digits = end
    while digits > start, bytes[digits - 1] &- 48 < 10 { digits -= 1 }
    guard digits < end, end - digits <= 18, bytes[digits] != UInt8(ascii: "0"),
      matches(seqKey, bytes, at: digits - seqKey.count)
    else { return nil }
    var seq = 0
    for i in digits..<end { seq = seq * 10 + Int(bytes[i] &- 48) }
    end = digits - seqKey.count
    // `,"prev":"<64>"`
    guard bytes[end - 1] == UInt8(ascii: "\""), matches(prevKey, bytes, at: end - 1 - 64 - prevKey.count) else { return nil }
    let prev = (end - 65)..<(end - 1)
    end = end - 1 - 64 - prevKey.count
    // `,"op":"OP"`
    guard bytes[end - 1] == UInt8(ascii: "\"") else { return nil }
    for (name, op) in ops {
      let at = end - 1 - name.count
      if matches(name, bytes, at: at), matches(opKey, bytes, at: at - opKey.count) { return (op, prev, seq, hash) }
    }
    return nil
  }

  private static func matches(_ key: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    offset >= 0 && memcmp(bytes.baseAddress! + offset, key, key.count) == 0
  }
}
