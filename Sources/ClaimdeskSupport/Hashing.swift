import Crypto
import Foundation

/// SHA-256 as lowercase hex, the form every digest takes in the ledger.
public enum Hashing {
  public static func sha256Hex<Bytes: DataProtocol>(_ bytes: Bytes) -> String {
    hex(SHA256.hash(data: bytes))
  }

  public static func sha256Hex(_ text: String) -> String {
    // Straight from the string's storage: a copy of a 200 MB document's text is 200 MB more.
    var text = text
    return text.withUTF8 { sha256Hex(UnsafeRawBufferPointer($0)) }
  }

  /// Only the digits 0-9 and a-f, the form of digests and claim ids. Inlinable, so that the
  /// ledger's readers (another target) get it specialised: they check two digests per line.
  @inlinable
  package static func isLowercaseHex<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
    for b in bytes where !((b >= 48 && b <= 57) || (b >= 97 && b <= 102)) { return false }
    return true
  }

  @inlinable
  public static func hex<Digest: Sequence>(_ digest: Digest) -> String where Digest.Element == UInt8 {
    var out: [UInt8] = []
    out.reserveCapacity(64)
    for b in digest {
      let high = b >> 4, low = b & 0xF
      out.append(high < 10 ? high + 48 : high + 87)
      out.append(low < 10 ? low + 48 : low + 87)
    }
    return String(decoding: out, as: UTF8.self)
  }
}
