import Foundation

/// Capitalised names in running text ("Ilhan Omar", "Illinois", "CBC"), lower-cased.
///
/// A word counts when it starts with a capital and is not the first word of a sentence
/// (where every word is capitalised), or is an acronym of 2–5 capitals. Title Case text
/// (Snopes headlines capitalise every word) tells nothing, so callers pass claim text, not
/// titles. Common words that are often capitalised (days, "I", "The") are skipped.
public struct EntityExtractor: Sendable {
  public init() {}

  public func entities(in text: String) -> Set<String> {
    var result: Set<String> = []
    var sentenceStart = true
    for raw in text.split(whereSeparator: { $0.isWhitespace }) {
      let word = raw.trimmingCharacters(in: Self.edgePunctuation)
      defer {
        if let last = raw.last, ".!?:…\"".contains(last) { sentenceStart = true }
      }
      guard let first = word.first, first.isLetter else { continue }
      let wasStart = sentenceStart
      sentenceStart = false
      let isAcronym = word.count >= 2 && word.count <= 5 && word.allSatisfy { $0.isUppercase || $0 == "." }
      let lower = word.lowercased()
      if Self.ignored.contains(lower) { continue }
      if isAcronym || (first.isUppercase && !wasStart) {
        result.insert(lower.replacingOccurrences(of: ".", with: ""))
      }
    }
    return result
  }

  private static let edgePunctuation = CharacterSet.punctuationCharacters
    .union(.symbols).union(.whitespaces)
  private static let ignored: Set<String> = [
    "i", "the", "a", "an", "and", "but", "or", "if", "in", "on", "of", "to", "it", "this",
    "that", "we", "you", "he", "she", "they", "my", "our", "his", "her", "their", "is", "are",
    "was", "no", "not", "so", "rt", "via", "breaking", "just", "new", "video", "photo",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "us",
    "ok", "lol", "omg", "wow", "yes", "why", "what", "how", "who", "when", "now",
  ]
}
