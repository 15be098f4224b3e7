/// Which suffix stripping the lexical analyzer applies; measured on CheckThat! dev
/// (figures in the README).
public enum Stemmer: String, Sendable, CaseIterable {
  /// Tokens as they are.
  case none
  /// Harman's s-stemmer: plurals only ("claims" → "claim", "policies" → "policy").
  case sStemmer = "s"
  /// Porter (1980), as in Lucene's `PorterStemFilter`.
  case porter

  /// Stems an ASCII lower-case token; other tokens come back unchanged.
  public func stem(_ token: [UInt8]) -> [UInt8] {
    switch self {
    case .none: return token
    case .sStemmer: return SStemmer.stem(token)
    case .porter: return PorterStemmer.stem(token)
    }
  }
}
