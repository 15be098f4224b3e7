import Foundation

/// The password for a login, found as libpq finds it: `PGPASSWORD`, else the first matching
/// line of `PGPASSFILE` or `~/.pgpass` (`host:port:database:user:password`, `*` matching
/// anything, `\` escaping `:` and `\`). Nil when neither has one (trust or peer logins need none).
/// Never written anywhere by Claimdesk.
enum PasswordSource {
  static func password(
    for url: LedgerDatabaseURL, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> String? {
    if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
    let path = environment["PGPASSFILE"] ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.pgpass"
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    let wanted = [url.host, String(url.port), url.database, url.user]
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let fields = split(String(line))
      guard fields.count == 5 else { continue }
      if zip(fields.prefix(4), wanted).allSatisfy({ $0 == "*" || $0 == $1 || ($0 == "localhost" && $1 == "127.0.0.1") }) {
        return fields[4]
      }
    }
    return nil
  }

  /// A .pgpass line's fields, with `\:` and `\\` unescaped.
  static func split(_ line: String) -> [String] {
    var fields: [String] = []
    var field = ""
    var escaped = false
    for character in line {
      if escaped {
        field.append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == ":" {
        fields.append(field)
        field = ""
      } else {
        field.append(character)
      }
    }
    fields.append(field)
    return fields
  }
}
