/// A character encoding a page or fetched body is read in.
public enum Charset: Equatable, Sendable {
  case utf8
  case utf16LE
  case utf16BE
  /// Also what the WHATWG Encoding Standard reads ISO-8859-1 and US-ASCII labels as.
  case windows1252
  /// Any other label libxml2's iconv-backed decoders know (Shift_JIS, KOI8-R, ...), as given.
  case other(String)

  /// The name the fetcher records (`charset` of `source.fetched`): lower case.
  public var name: String {
    switch self {
    case .utf8: "utf-8"
    case .utf16LE: "utf-16le"
    case .utf16BE: "utf-16be"
    case .windows1252: "windows-1252"
    case .other(let label): label.lowercased()
    }
  }

  /// The charset a label names; `other` for labels that are none of the four read here.
  public init(label: String) {
    switch label.lowercased() {
    case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": self = .utf8
    case "utf-16", "utf-16le", "unicode", "ucs-2": self = .utf16LE
    case "utf-16be": self = .utf16BE
    case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1", "us-ascii", "ascii", "windows-1252",
      "cp1252", "x-cp1252", "cp819", "ibm819", "iso-ir-100", "csisolatin1":
      self = .windows1252
    default: self = .other(label)
    }
  }
}
