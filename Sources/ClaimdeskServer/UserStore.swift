import Foundation
import HummingbirdBcrypt
import ClaimdeskKit
import ClaimdeskSupport

/// The desk's accounts: names and bcrypt hashes in `.claimdesk/users.json` at the workspace's
/// root, readable by its owner only, and never in the ledger (which is shared and kept forever).
public struct UserStore: Sendable {
  public let path: String
  let cost: UInt8

  public init(workspace: Workspace, cost: UInt8 = 12) {
    path = workspace.root + "/.claimdesk/users.json"
    self.cost = cost
  }

  /// Names in sorted order.
  public func names() throws -> [String] { try load().keys.sorted() }

  public func add(_ name: String, password: String) throws {
    try Self.checkName(name)
    try Self.checkPassword(password)
    var users = try load()
    guard users[name] == nil else { throw UserStoreError.exists(name) }
    users[name] = Bcrypt.hash(password, cost: cost)
    try save(users)
  }

  public func remove(_ name: String) throws {
    var users = try load()
    guard users.removeValue(forKey: name) != nil else { throw UserStoreError.unknown(name) }
    try save(users)
  }

  public func setPassword(_ name: String, password: String) throws {
    try Self.checkPassword(password)
    var users = try load()
    guard users[name] != nil else { throw UserStoreError.unknown(name) }
    users[name] = Bcrypt.hash(password, cost: cost)
    try save(users)
  }

  /// Whether `password` is `name`'s. An unknown name still costs one bcrypt hash, so the time
  /// taken does not tell which names exist.
  public func verify(_ name: String, password: String) throws -> Bool {
    let users = try load()
    guard let hash = users[name] else {
      _ = Bcrypt.hash(password, cost: cost)
      return false
    }
    return Bcrypt.verify(password, hash: hash)
  }

  public func exists(_ name: String) throws -> Bool { try load()[name] != nil }

  static func checkName(_ name: String) throws {
    let allowed = name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0) }
    guard !name.isEmpty, name.count <= 64, allowed else { throw UserStoreError.badName(name) }
  }

  static func checkPassword(_ password: String) throws {
    guard password.count >= 10 else { throw UserStoreError.weakPassword }
    guard password.utf8.count <= 72 else { throw UserStoreError.longPassword }
  }

  private func load() throws -> [String: String] {
    guard FileManager.default.fileExists(atPath: path) else { return [:] }
    do {
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      return try JSONDecoder().decode(UsersFile.self, from: data).users
    } catch {
      throw UserStoreError.unreadable(path: path, reason: "\(error)")
    }
  }

  private func save(_ users: [String: String]) throws {
    let folder = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
      try AtomicFile.write(Array(try encoder.encode(UsersFile(users: users))) + [0x0A], to: path)
      chmod(path, 0o600)
    } catch {
      throw UserStoreError.unwritable(path: path, reason: "\(error)")
    }
  }

  private struct UsersFile: Codable {
    var users: [String: String]
  }
}
