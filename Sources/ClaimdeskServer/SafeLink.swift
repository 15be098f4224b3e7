import Foundation

/// Links the pages make from ledger text: only absolute http(s) URLs with a host become links;
/// anything else (`javascript:`, `data:`, relative paths) is shown as text.
enum SafeLink {
  static func href(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard trimmed.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }),
      let url = URL(string: trimmed), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
      let host = url.host, !host.isEmpty
    else { return nil }
    return trimmed
  }

  /// A search for `query` on a general web search engine.
  static func search(_ query: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return "https://duckduckgo.com/?q=" + (query.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
  }

  /// A query string of `pairs`, percent-encoded, for links the pages build themselves.
  static func query(_ pairs: [(String, String)]) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    let encoded = pairs.filter { !$0.1.isEmpty }.map {
      "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
    }
    return encoded.isEmpty ? "" : "?" + encoded.joined(separator: "&")
  }
}
