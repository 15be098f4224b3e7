import Crypto
import Foundation
import ClaimdeskSupport

/// Ed25519 key files for signed checkpoints: the private key FILE (base64 of its 32 raw bytes,
/// mode 0600) and the public key FILE.pub (the same for the public key). Neither may live in a
/// workspace: a private key kept beside the ledger signs whatever rewrote it.
public enum SigningKeyFiles {
  /// Writes a new key pair; refuses to overwrite either file. Returns the public key's path.
  @discardableResult
  public static func generate(privateKeyAt path: String) throws -> String {
    try refuseInsideWorkspace(path, option: "--out")
    let key = Curve25519.Signing.PrivateKey()
    try create(path, Array((key.rawRepresentation.base64EncodedString() + "\n").utf8), mode: 0o600)
    try create(path + ".pub", Array((key.publicKey.rawRepresentation.base64EncodedString() + "\n").utf8), mode: 0o644)
    return path + ".pub"
  }

  static func privateKey(at path: String) throws -> Curve25519.Signing.PrivateKey {
    try refuseInsideWorkspace(path, option: "--key")
    guard let raw = try decoded(path), let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
      throw KeyFileError.unreadable(path: path, what: "an Ed25519 private key (as `claimdesk ledger keygen` writes)")
    }
    return key
  }

  static func publicKey(at path: String) throws -> Curve25519.Signing.PublicKey {
    guard let raw = try decoded(path), let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw) else {
      throw KeyFileError.unreadable(path: path, what: "an Ed25519 public key (the .pub file `claimdesk ledger keygen` writes)")
    }
    return key
  }

  /// Refuses a path in a folder that is, or is inside, a workspace (one holding claims/ledger.jsonl).
  static func refuseInsideWorkspace(_ path: String, option: String) throws {
    var folder = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().deletingLastPathComponent()
    while true {
      if FileManager.default.fileExists(atPath: folder.path + "/claims/ledger.jsonl") {
        throw KeyFileError.insideWorkspace(path: path, workspace: folder.path, option: option)
      }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { return }
      folder = parent
    }
  }

  private static func decoded(_ path: String) throws -> Data? {
    guard FileManager.default.fileExists(atPath: path) else { throw KeyFileError.missing(path: path) }
    let text = String(decoding: try FileLedgerStore.readAll(path), as: UTF8.self)
    return Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  private static func create(_ path: String, _ bytes: [UInt8], mode: mode_t) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard fd >= 0 else { throw KeyFileError.cannotCreate(path: path, reason: String(cString: strerror(errno))) }
    defer { close(fd) }
    // The umask may have taken bits away; the private key's 0600 must hold exactly.
    _ = fchmod(fd, mode)
    let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    guard written == bytes.count, fsync(fd) == 0 else {
      throw KeyFileError.cannotCreate(path: path, reason: String(cString: strerror(errno)))
    }
  }
}
