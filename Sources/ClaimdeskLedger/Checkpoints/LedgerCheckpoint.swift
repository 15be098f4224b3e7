import Crypto
import Foundation
import ClaimdeskSupport

/// One line of `claims/checkpoints.jsonl`: an Ed25519 signature of one committed event's seq
/// and hash. History rewritten after it (even with HEAD kept consistent) no longer has that
/// hash at that seq, and no one without the private key can sign the new one.
struct LedgerCheckpoint: Equatable {
  var seq: Int
  var hash: String
  var at: String
  /// The raw 32-byte public key, base64: which key to check it with.
  var publicKey: String
  var signature: String

  /// What is signed: `{"hash":H,"seq":N}`, the canonical JSON of the pair.
  static func message(seq: Int, hash: String) -> [UInt8] {
    JSONWriter.encode(["hash": .string(hash), "seq": .int(seq)])
  }

  init(signing head: LedgerHead, with key: Curve25519.Signing.PrivateKey, at: String) throws {
    seq = head.seq
    hash = head.hash
    self.at = at
    publicKey = key.publicKey.rawRepresentation.base64EncodedString()
    signature = try key.signature(for: Self.message(seq: head.seq, hash: head.hash)).base64EncodedString()
  }

  /// The line, without its LF.
  var line: [UInt8] {
    JSONWriter.encode([
      "seq": .int(seq), "hash": .string(hash), "at": .string(at), "public_key": .string(publicKey),
      "signature": .string(signature),
    ])
  }

  init?(line: [UInt8]) {
    guard let value = try? JSONParser.parse(line), let seq = value["seq"]?.intValue, seq > 0,
      let hash = value["hash"]?.stringValue, EventLine.isHex64(hash), let at = value["at"]?.stringValue,
      let publicKey = value["public_key"]?.stringValue, let signature = value["signature"]?.stringValue
    else { return nil }
    self.seq = seq
    self.hash = hash
    self.at = at
    self.publicKey = publicKey
    self.signature = signature
  }

  /// Whether `key` made this signature of this seq and hash.
  func isSigned(by key: Curve25519.Signing.PublicKey) -> Bool {
    guard let signature = Data(base64Encoded: signature) else { return false }
    return key.isValidSignature(signature, for: Self.message(seq: seq, hash: hash))
  }
}
