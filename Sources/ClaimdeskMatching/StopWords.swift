/// English stop words dropped before lexical matching.
///
/// Two lists so the choice can be measured (see the README's figures): Lucene's
/// `EnglishAnalyzer` default (33 words) and a longer function-word list (pronouns,
/// auxiliaries, determiners). Words that carry claim meaning ("not", "no", "never",
/// numbers) are deliberately in neither: negation flips a claim.
public enum StopWords {
  public static let lucene: Set<String> = [
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is",
    "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there",
    "these", "they", "this", "to", "was", "will", "with",
  ]

  public static let extended: Set<String> = lucene.subtracting(["no", "not"]).union([
    "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours",
    "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself",
    "its", "itself", "them", "theirs", "themselves", "what", "which", "who", "whom", "those",
    "am", "were", "been", "being", "have", "has", "had", "having", "do", "does", "did",
    "doing", "because", "until", "while", "about", "against", "between", "through",
    "during", "before", "after", "above", "below", "from", "up", "down", "out", "off",
    "over", "under", "again", "further", "once", "here", "when", "where", "why", "how",
    "all", "any", "both", "each", "few", "more", "most", "other", "some", "nor", "only",
    "own", "same", "so", "than", "too", "very", "s", "t", "can", "just", "should", "now",
    "would", "could", "also", "via", "amp", "im", "its", "thats", "rt",
  ])
}
