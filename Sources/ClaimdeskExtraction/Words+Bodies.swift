extension Words {
  /// A noun that, after "the", stands for an organisation the article named before ("the
  /// company says" after "Big Machine says"). A short list on purpose: "the police", "the
  /// court" or "the house" usually mean a body the article never named.
  static func isDefiniteBody(_ hash: UInt64) -> Bool { definiteBodies.contains(hash) }

  /// A company's legal suffix ("McClatchy Co.", "Acme Inc."): it marks an organisation and is no
  /// part of the name the article goes on using.
  static func isLegalSuffix(_ hash: UInt64) -> Bool { legalSuffixes.contains(hash) }

  private static let definiteBodies: Set<UInt64> = Set(
    ["company", "firm", "agency", "group", "corporation", "organisation", "organization"].map(WordHash.of))

  private static let legalSuffixes: Set<UInt64> = Set(
    ["co", "inc", "corp", "ltd", "llc", "plc", "ag", "gmbh"].map(WordHash.of))
}
