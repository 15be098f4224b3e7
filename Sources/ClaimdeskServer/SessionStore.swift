import Foundation


/// Sessions in memory: a restart signs everyone out, which is what a desk tool wants. Ids and
/// CSRF tokens are 32 random bytes (hex).
final class SessionStore: @unchecked Sendable {
  private let lock = NSLock()
  private var sessions: [String: Session] = [:]

  func session(_ id: String?) -> Session? {
    guard let id else { return nil }
    return lock.withLock { sessions[id] }
  }

  func create(user: String?) -> Session {
    let session = Session(id: Self.token(), user: user, csrf: Self.token())
    lock.withLock { sessions[session.id] = session }
    return session
  }

  /// Signing in or out replaces the session (a fixed session id cannot be carried across).
  func replace(_ old: Session, user: String?) -> Session {
    lock.withLock { sessions[old.id] = nil }
    return create(user: user)
  }

  func remove(_ id: String) { lock.withLock { sessions[id] = nil } }

  static func token() -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
  }
}
