import ClaimdeskSupport
/// Why a page could not be read as HTML.
public enum PageTextError: ClaimdeskFailure, Equatable {
  /// The bytes are another kind of file (a PDF, an image, an archive) served as HTML.
  case notHTML(kind: String)
  /// The bytes hold control characters no text page has.
  case binary
  /// libxml2 produced no document at all.
  case unparsable

  public var description: String {
    switch self {
    case .notHTML(let kind):
      return "the page is \(kind), not HTML; open it with a tool for that format or fetch the HTML version"
    case .binary:
      return "the page holds binary data, not HTML text; check the file or the URL"
    case .unparsable:
      return "the HTML parser could not read the page; check that the file is HTML"
    }
  }

  public var exitStatus: ExitStatus { .dataError }
}
