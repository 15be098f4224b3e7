import Foundation

/// Login rate limiting: after `limit` failed attempts for one name, or from one address,
/// within `window`, further attempts are refused until the oldest failure leaves the window.
final class LoginThrottle: @unchecked Sendable {
  private let lock = NSLock()
  private var failures: [String: [Date]] = [:]
  let limit: Int
  let window: TimeInterval

  init(limit: Int = 5, window: TimeInterval = 600) {
    self.limit = limit
    self.window = window
  }

  /// Seconds to wait before `keys` may try again; nil when they may try now.
  func retryAfter(_ keys: [String], now: Date = Date()) -> Int? {
    lock.withLock {
      let waits = keys.compactMap { key -> TimeInterval? in
        let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
        failures[key] = recent
        return recent.count >= limit ? window - now.timeIntervalSince(recent[0]) : nil
      }
      return waits.max().map { max(1, Int($0.rounded(.up))) }
    }
  }

  func fail(_ keys: [String], now: Date = Date()) {
    lock.withLock { for key in keys { failures[key, default: []].append(now) } }
  }

  func succeed(_ keys: [String]) {
    lock.withLock { for key in keys { failures[key] = nil } }
  }
}
