extension Words {
  /// A noun that, after "the", stands for an organisation the article named before ("the
  /// company says" after "Big Machine says"). A short list on purpose: "the police", "the
  /// court" or "the house" usually mean a body the article never named. Hash literals, as in
  /// `isBody`.
  static func isDefiniteBody(_ hash: UInt64) -> Bool {
    switch hash {
    case 0x57301aa08677b2bc: return true  // "company"
    case 0xaa77fd78efdfd251: return true  // "firm"
    case 0xb68441f6e71ef822: return true  // "agency"
    case 0xdc57e42946f6e08c: return true  // "group"
    case 0x52876b88dca4e109: return true  // "corporation"
    case 0x37e218c7a88563c7: return true  // "organisation"
    case 0x5f7099c57e3be0ca: return true  // "organization"
    default: return false
    }
  }

  /// A company's legal suffix ("McClatchy Co.", "Acme Inc."): it marks an organisation and is no
  /// part of the name the article goes on using. Hash literals: read for every name span.
  static func isLegalSuffix(_ hash: UInt64) -> Bool {
    switch hash {
    case 0x08a25907b54a27c7: return true  // "co"
    case 0x2ba012192bd4e887: return true  // "inc"
    case 0x0bf310911980994d: return true  // "corp"
    case 0x12ac72191dfdb12b: return true  // "ltd"
    case 0x125b67191db94752: return true  // "llc"
    case 0x77a57b195657bf4e: return true  // "plc"
    case 0x089c4107b5459351: return true  // "ag"
    case 0xabca1e72165c9213: return true  // "gmbh"
    default: return false
    }
  }

  /// A document a named body issues, whose findings are the body's: "a new ABC News poll shows",
  /// "the Tax Foundation study found" (hash literals, see `Words`).
  static func isDocument(_ hash: UInt64) -> Bool {
    switch hash {
    case 0x8c18cf0da8828238: return true  // "poll"
    case 0x5664ce05d0c30e07: return true  // "survey"
    case 0x9bbcd2ada7e94c0e: return true  // "study"
    case 0xadae49645df2840b: return true  // "report"
    case 0x4b7785c29fc3ab83: return true  // "analysis"
    case 0x0e9718950b3dd3a1: return true  // "review"
    case 0xed4df38cf0d47908: return true  // "audit"
    default: return false
    }
  }
}
