import ClaimdeskEvidence
import Foundation

/// A source a reviewer gives: an http(s) URL, or a citation in words ("AP interview, 2015-11-24").
public struct SourceReference: Sendable, Equatable {
  public let text: String
  public let isURL: Bool

  /// Throws `WorkbenchError.invalidSource` for an empty text, a URL of another scheme, a URL with
  /// control characters, whitespace or user info (`user:password@`, never stored), or a citation
  /// with control characters (spaces are fine in a citation). Whitespace around it is trimmed.
  public init(_ raw: String) throws {
    let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty else { throw WorkbenchError.invalidSource(Self.shown(raw), reason: "it is empty") }
    if text.contains("://") || text.lowercased().hasPrefix("javascript:") || text.lowercased().hasPrefix("data:") {
      if let problem = URLCheck.problem(text) { throw WorkbenchError.invalidSource(Self.shown(text), reason: problem) }
      guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
        let host = url.host, !host.isEmpty
      else { throw WorkbenchError.invalidSource(raw, reason: "only http and https URLs can be sources; give other references as a citation in words") }
      self.text = text
      self.isURL = true
    } else {
      if let bad = text.unicodeScalars.first(where: Self.isControl) {
        let code = String(bad.value, radix: 16, uppercase: true)
        throw WorkbenchError.invalidSource(
          Self.shown(text),
          reason: "it contains a control character (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code)); write the citation on one line without control characters")
      }
      self.text = text
      self.isURL = false
    }
  }

  /// C0 (tab and line breaks included), DEL and C1.
  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// The text as an error shows it: on one line (control characters as `\u{…}`), user info masked.
  static func shown(_ text: String) -> String {
    var out = ""
    for scalar in URLCheck.redacted(text).unicodeScalars {
      if isControl(scalar) { out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" } else { out.unicodeScalars.append(scalar) }
    }
    return out
  }
}
