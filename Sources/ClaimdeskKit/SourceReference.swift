import Foundation

/// A source a reviewer gives: an http(s) URL, or a citation in words ("AP interview, 2015-11-24").
public struct SourceReference: Sendable, Equatable {
  public let text: String
  public let isURL: Bool

  /// Throws `WorkbenchError.invalidSource` for an empty text or a URL of another scheme.
  public init(_ raw: String) throws {
    let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty else { throw WorkbenchError.invalidSource(raw, reason: "it is empty") }
    if text.contains("://") || text.lowercased().hasPrefix("javascript:") || text.lowercased().hasPrefix("data:") {
      guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
        let host = url.host, !host.isEmpty
      else { throw WorkbenchError.invalidSource(raw, reason: "only http and https URLs can be sources; give other references as a citation in words") }
      self.text = text
      self.isURL = true
    } else {
      self.text = text
      self.isURL = false
    }
  }
}
