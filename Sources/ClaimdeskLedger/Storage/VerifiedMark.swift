import Foundation
import ClaimdeskSupport

/// `claims/verified`: how far the ledger was checked line by line, and the store's change token
/// right after. While the token still matches, nothing but checked appends changed the lines,
/// so a writer need only check HEAD's line, and `ledger verify --since-last` need only hash what
/// lies beyond `full`. Derived and git-ignored: a missing, stale or garbled mark only means the
/// next writer checks every line first.
struct VerifiedMark: Equatable, Sendable {
  /// Bytes the last full `ledger verify` hashed.
  var full: Int
  /// The head whose lines were all checked (by a verify, or by a writer that checked them and
  /// then appended).
  var head: LedgerHead
  var token: String

  static func path(in directory: String) -> String { directory + "/verified" }

  /// The mark, if it is readable and still describes the store as it is.
  static func current(in directory: String, token: String?) -> VerifiedMark? {
    guard let token, let bytes = try? FileLedgerStore.readAll(path(in: directory)),
      let value = try? JSONParser.parse(bytes), let full = value["full"]?.intValue, let seq = value["seq"]?.intValue,
      let hash = value["hash"]?.stringValue, let length = value["length"]?.intValue,
      value["token"]?.stringValue == token, full <= length
    else { return nil }
    return VerifiedMark(full: full, head: LedgerHead(seq: seq, hash: hash, length: length), token: token)
  }

  /// Written without fsync (which would cost more than the rest of `mark`): a mark lost or
  /// garbled in a crash fails to parse or to match, which costs one full check, never trust.
  func save(in directory: String) {
    let value: JSONValue = [
      "full": .int(full), "seq": .int(head.seq), "hash": .string(head.hash), "length": .int(head.length),
      "token": .string(token),
    ]
    let bytes = JSONWriter.encode(value) + [0x0A]
    let path = Self.path(in: directory)
    let temporary = path + ".tmp-\(getpid())"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { return }
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    close(fd)
    if written == bytes.count { _ = rename(temporary, path) } else { unlink(temporary) }
  }
}
