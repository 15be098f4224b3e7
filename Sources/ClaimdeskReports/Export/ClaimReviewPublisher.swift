/// The organisation that publishes reviews, and the base URL its review pages live under
/// (workspace settings `publisher` and `base-url`, or `--publisher` and `--base-url`).
public struct ClaimReviewPublisher: Sendable, Equatable {
  public var name: String
  public var baseURL: String

  public init(name: String, baseURL: String) {
    self.name = name
    self.baseURL = baseURL
  }

  /// Checks both settings are present and the base URL is http(s); nil values name the setting.
  /// - Throws: `ExportError`.
  public static func validated(name: String?, baseURL: String?) throws(ExportError) -> ClaimReviewPublisher {
    guard let name, !name.isEmpty else { throw .missingSetting("publisher") }
    guard let baseURL, !baseURL.isEmpty else { throw .missingSetting("base-url") }
    let lower = baseURL.lowercased()
    guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), !baseURL.contains(" ") else {
      throw .invalidBaseURL(baseURL)
    }
    return ClaimReviewPublisher(name: name, baseURL: baseURL)
  }

  /// The review's own URL: the base URL, a `/` unless it already ends in `/`, `#`, `=` or `?`, and the claim id.
  public func url(for claimID: String) -> String {
    if let last = baseURL.last, "/#=?".contains(last) { return baseURL + claimID }
    return baseURL + "/" + claimID
  }
}
