extension Words {
  /// A study or its parts, as cited ("a paper published in", "the researchers' calculations");
  /// "report" only after "case", so not here; nor "trial" ("evidence presented at trial").
  /// Hash literals, as in `isBody`.
  static func isStudy(_ hash: UInt64) -> Bool {
    switch hash {
    case 0x9bbcd2ada7e94c0e: return true  // "study"
    case 0x1e2fe8a7ac3fb5f9: return true  // "paper"
    case 0xc9a9f34a688785ac: return true  // "research"
    case 0x4b7785c29fc3ab83: return true  // "analysis"
    case 0xb8d942799ce18e2f: return true  // "findings"
    case 0xbe1e7acb26e0e9b8: return true  // "researchers"
    default: return false
    }
  }

  /// An author of a study, with a word that makes it the study's ("lead researcher").
  static func isAuthorRole(_ hash: UInt64) -> Bool {
    switch hash {
    case 0x6c748afa4d8def96: return true  // "author"
    case 0xd7f80c51c82ea21f: return true  // "authors"
    case 0xebc0e580b1855c78: return true  // "coauthor"
    case 0x763146a9f4e8631b: return true  // "researcher"
    case 0xc0e0009ec5c43d30: return true  // "investigator"
    default: return false
    }
  }

  /// What makes an author the study's: "lead author", "senior researcher", "first author".
  static func isAuthorModifier(_ hash: UInt64) -> Bool {
    switch hash {
    case 0x24ad82ada202056f: return true  // "lead"
    case 0xa1ce9218e851d675: return true  // "senior"
    case 0x89d7ed7f996f1d41: return true  // "first"
    case 0xd5a723bb6e73f564: return true  // "corresponding"
    case 0xbbeb99cff9688969: return true  // "principal"
    case 0x6205207624e57612: return true  // "chief"
    default: return false
    }
  }
}
