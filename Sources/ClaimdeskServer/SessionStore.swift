import Foundation


/// Sessions in memory: a restart signs everyone out, which is what a desk tool wants. Ids and
/// CSRF tokens are 32 random bytes (hex). A session unused for `idleLimit` ends; past `capacity`
/// sessions (every cookieless request starts one) the least recently used half is dropped.
final class SessionStore: @unchecked Sendable {
  private let lock = NSLock()
  private var sessions: [String: Session] = [:]
  let idleLimit: TimeInterval
  let capacity: Int

  init(idleLimit: TimeInterval = 12 * 3600, capacity: Int = 20_000) {
    self.idleLimit = idleLimit
    self.capacity = capacity
  }

  func session(_ id: String?, now: Date = Date()) -> Session? {
    guard let id else { return nil }
    return lock.withLock {
      guard var session = sessions[id] else { return nil }
      guard now.timeIntervalSince(session.lastSeen) < idleLimit else {
        sessions[id] = nil
        return nil
      }
      session.lastSeen = now
      sessions[id] = session
      return session
    }
  }

  func create(user: String?, now: Date = Date()) -> Session {
    let session = Session(id: Self.token(), user: user, csrf: Self.token(), lastSeen: now)
    lock.withLock {
      if sessions.count >= capacity {
        for stale in sessions.values.sorted(by: { $0.lastSeen < $1.lastSeen }).prefix(capacity / 2) { sessions[stale.id] = nil }
      }
      sessions[session.id] = session
    }
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
