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
    case 0x6db6bcdacd113cea: return true  // "automaker"
    case 0x7ea408bfa4bbf7ab: return true  // "carmaker"
    case 0x5964ac467e388f35: return true  // "retailer"
    case 0xbab863a864f23e45: return true  // "airline"
    case 0x60f61c3bd55e7f77: return true  // "carrier"
    case 0xcdc1c23f0a43a58f: return true  // "lender"
    case 0x4866b379a581dcab: return true  // "insurer"
    case 0x2b54a50c2166135d: return true  // "chipmaker"
    case 0xcc5ae337ca2a2ab0: return true  // "manufacturer"
    case 0xc6fd06e2fbbc83ea: return true  // "startup"
    case 0x1e8e57b2909b2a85: return true  // "network"
    case 0x7bef5ee27a698443: return true  // "broadcaster"
    case 0x1ae6a30eed204c9f: return true  // "publisher"
    case 0x39f7fcec8fcb623d: return true  // "label"
    case 0x8aef7e14513dbcc3: return true  // "studio"
    case 0x136d47911d6640ad: return true  // "club"
    case 0xf73198b483413a38: return true  // "regulator"
    case 0xc0812be75fd4c482: return true  // "watchdog"
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
    case 0xc2ad17960b16698e: return true  // "figures"
    case 0x855b556730a34a05: return true  // "data"
    case 0x4e4f410661615f4a: return true  // "statistics"
    case 0xaa887b55b4bc7c57: return true  // "estimate"
    case 0x8265b6a21c46f12c: return true  // "estimates"
    case 0xe1d82b6293801d10: return true  // "forecast"
    case 0x426f1b80a2b1ef39: return true  // "forecasts"
    case 0xf4e66612b6613a49: return true  // "projections"
    default: return false
    }
  }

  /// What "lower", "upper" or "higher" names a part or a place of, not a comparison: "lower
  /// respiratory tract", "the lower house", "higher education", "the upper half".
  static func isPositionalNoun(_ hash: UInt64) -> Bool {
    switch hash {
    case 0x718b6df8f3f6733b: return true  // "respiratory"
    case 0xb1a1e28e443fd5a8: return true  // "court"
    case 0x15e9d2bdf8786321: return true  // "courts"
    case 0x4d3e3b7b4e55c31b: return true  // "house"
    case 0x68a1387e38cfa961: return true  // "chamber"
    case 0xd391a4d14a5222d5: return true  // "education"
    case 0xb55e6190e8792fd1: return true  // "case"
    case 0x9a46ff9baa276602: return true  // "back"
    case 0xcd4de79bc6c93295: return true  // "body"
    case 0x124a78191daaf102: return true  // "lip"
    case 0x458469193a782679: return true  // "jaw"
    case 0x98eab7d9598781c5: return true  // "abdomen"
    case 0x2e33a6cc74123124: return true  // "half"
    case 0xa5b51767424f5c08: return true  // "deck"
    default: return false
    }
  }

  /// Words of places' names that read like a person's before "of": "United States of
  /// America", "Democratic Republic of Congo", "Gulf of Mexico". Hash literals, as in `isBody`.
  static func isPlaceHead(_ hash: UInt64) -> Bool {
    switch hash {
    case 0x0fb1f0911398ffa6: return true  // "united"
    case 0xe5a7b27faf6f1f21: return true  // "republic"
    case 0xfe5f93c586f6c202: return true  // "kingdom"
    case 0xc50c696d6cf06e9f: return true  // "states"
    case 0x3d650d9556125dcd: return true  // "islands"
    case 0x65b9e7c5b9e4805a: return true  // "isle"
    case 0xf38e94723fb6701b: return true  // "gulf"
    case 0x00392b19133936cf: return true  // "bay"
    case 0x823b7a195ce1f80c: return true  // "sea"
    case 0xb55a8190e8757d5a: return true  // "cape"
    case 0x0471d1ad906f0dde: return true  // "lake"
    case 0x0d558292ed4fdc7a: return true  // "mount"
    case 0xe2a0fb53030290d1: return true  // "river"
    case 0x4c3fec8e0b8cfec5: return true  // "coast"
    case 0x68be4c6bfdb55ae1: return true  // "emirates"
    default: return false
    }
  }

  /// "US", "UK", "EU", "UN": initials that open a body's name ("US Geological Survey").
  static func isCountryInitials(_ hash: UInt64) -> Bool {
    switch hash {
    case 0x08c43d07b566de99: return true  // "us"
    case 0x08c45507b5670761: return true  // "uk"
    case 0x088e3f07b539528f: return true  // "eu"
    case 0x08c45807b5670c7a: return true  // "un"
    default: return false
    }
  }

  /// "spokesman", "spokeswoman" (a title; "spokesperson" is an unnamed source's word already).
  static func isSpokesman(_ hash: UInt64) -> Bool {
    switch hash {
    case 0x90a5e5bfb1447ac0: return true  // "spokesman"
    case 0x847889f708e8cb6e: return true  // "spokeswoman"
    default: return false
    }
  }

  /// Unnamed sources who speak for the body named before them ("Con Edison officials", "White
  /// House aides", "a Tesco spokesperson"); analysts, experts, observers or groups do not ("Wall
  /// Street analysts", "Rights groups").
  static func speaksForBody(_ hash: UInt64) -> Bool {
    switch hash {
    case 0x42af2ee75a3a0840: return true  // "official"
    case 0x89b4e61e509beea9: return true  // "officials"
    case 0xb0a51983c401bdec: return true  // "aide"
    case 0x2a47f9e60ef5352d: return true  // "aides"
    case 0x60d74ba99f77ace1: return true  // "spokesperson"
    case 0x64ccb671e1cc018e: return true  // "prosecutors"
    case 0x80de50ca0c7418d9: return true  // "investigators"
    case 0x12197813cf7bee8e: return true  // "authorities"
    default: return false
    }
  }
}
