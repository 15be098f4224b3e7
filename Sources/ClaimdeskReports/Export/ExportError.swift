import ClaimdeskSupport
/// Why an export cannot be written.
public enum ExportError: ClaimdeskFailure, Equatable {
  /// A workspace setting the export needs is not set (`publisher` or `base-url`).
  case missingSetting(String)
  /// The base URL is not an http(s) URL.
  case invalidBaseURL(String)
  /// An export format this version does not know.
  case unknownFormat(String)

  public var exitStatus: ExitStatus {
    switch self {
    case .missingSetting, .invalidBaseURL, .unknownFormat: return .usage
    }
  }

  public var description: String {
    switch self {
    case .missingSetting(let key):
      let flag = key == "publisher" ? "--publisher NAME" : "--base-url URL"
      let value = key == "publisher" ? "NAME" : "URL"
      return "the ClaimReview export needs the \(key) setting: run `claimdesk config set \(key) \(value)` or pass \(flag)"
    case .invalidBaseURL(let url):
      return "base URL \(url) is not an http(s) URL; set one like https://example.org/fact-checks/"
    case .unknownFormat(let format):
      return "unknown export format \(format); use claimreview, csv or jsonl"
    }
  }
}
