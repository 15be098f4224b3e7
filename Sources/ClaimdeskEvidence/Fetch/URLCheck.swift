/// Checks on a URL's text that hold wherever a URL enters Claimdesk (`source add`, `mark
/// --source`, `fetch --url`, `fetch-url`, `check`/`extract` given a URL, a worksheet's
/// **Add source:** line), before anything is stored or sent.
public enum URLCheck {
  /// Why the URL cannot be used (a clause for a one-line error), or nil when it can.
  /// Refused: control characters (C0, DEL) and whitespace anywhere in it, and user info
  /// (`user:password@host`), which libcurl would send as Basic auth and the WARC and the
  /// ledger would keep.
  public static func problem(_ url: String) -> String? {
    if let bad = url.unicodeScalars.first(where: isRefused) {
      let what = bad == " " ? "a space" : bad.properties.isWhitespace && bad.value >= 0x20 && bad.value != 0x7F ? "whitespace" : "a control character"
      return "it contains \(what) (U+\(hex(bad.value))); a URL cannot contain control characters or whitespace (encode a space as %20)"
    }
    if hasUserInfo(url) {
      return "it holds user credentials (user:password@ before the host); remove them: Claimdesk never sends or stores credentials"
    }
    return nil
  }

  /// The URL with its user info, if any, shown as `***` (for messages: a password is never echoed).
  public static func redacted(_ url: String) -> String {
    guard hasUserInfo(url), let separator = url.range(of: "://") else { return url }
    let rest = url[separator.upperBound...]
    let end = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" || $0 == "\\" } ?? rest.endIndex
    guard let at = rest[..<end].lastIndex(of: "@") else { return url }
    return String(url[..<separator.upperBound]) + "***" + String(url[at...])
  }

  /// True when the authority part (after `scheme://`, up to the first `/`, `?` or `#`) holds an `@`.
  static func hasUserInfo(_ url: String) -> Bool {
    guard let separator = url.range(of: "://") else { return false }
    let rest = url[separator.upperBound...]
    let end = rest.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" || $0 == "\\" } ?? rest.endIndex
    return rest[..<end].contains("@")
  }

  private static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar.properties.isWhitespace
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
