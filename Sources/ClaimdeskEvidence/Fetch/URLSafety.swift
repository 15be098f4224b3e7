/// Checks on URL text before any connection: the scheme, and the host key for the per-host limit.
/// Addresses are checked later, on the resolved address (see `Transfer`).
enum URLSafety {
  /// The lowercased scheme, or nil when the text has none.
  static func scheme(_ url: String) -> String? {
    guard let colon = url.utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
    let scheme = String(Substring(url.utf8[..<colon])).lowercased()
    let valid = !scheme.isEmpty && scheme.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2B || $0 == 0x2D || $0 == 0x2E }
    return valid ? scheme : nil
  }

  static func isHTTP(_ url: String) -> Bool {
    let s = scheme(url)
    return s == "http" || s == "https"
  }

  /// "host:port" (lowercased, user info dropped), or nil when there is no host.
  static func hostKey(_ url: String) -> String? {
    guard let scheme = scheme(url) else { return nil }
    var rest = Substring(url.dropFirst(scheme.count + 1))
    guard rest.hasPrefix("//") else { return nil }
    rest = rest.dropFirst(2)
    let end = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? rest.endIndex
    var authority = rest[..<end]
    if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
    guard !authority.isEmpty else { return nil }
    let hasPort = authority.last != "]" && authority.contains(":")
    return authority.lowercased() + (hasPort ? "" : (scheme == "https" ? ":443" : ":80"))
  }
}
