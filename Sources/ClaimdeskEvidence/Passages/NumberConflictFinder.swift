/// Finds a passage stating a different number or year for the same thing as the claim: the same
/// word stands before or after it ("since 1967" / "since 1968", "150 Indians" / "120 Indians")
/// and the claim's own figure is absent from the passage.
enum NumberConflictFinder {
  static func conflict(claim: [PassageTokenizer.Token], passage: [PassageTokenizer.Token]) -> String? {
    let passageNumbers = Set(passage.filter(\.isNumber).map(\.text))
    for (i, token) in claim.enumerated() where token.isNumber && !passageNumbers.contains(token.text) {
      let before = i > 0 ? claim[i - 1].text : nil
      let after = i + 1 < claim.count && !claim[i + 1].isNumber ? claim[i + 1].text : nil
      let isYear = PassageTokenizer.isYear(token.text)
      for (j, other) in passage.enumerated() where other.isNumber && PassageTokenizer.isYear(other.text) == isYear {
        let otherBefore = j > 0 ? passage[j - 1].text : nil
        let otherAfter = j + 1 < passage.count ? passage[j + 1].text : nil
        let sameBefore = before != nil && before == otherBefore
        // A shared following word only counts when it carries meaning ("Indians", not "and").
        let sameAfter = after != nil && after == otherAfter && !PassageTokenizer.stopwords.contains(after!)
        guard sameBefore || sameAfter else { continue }
        let context = sameBefore ? "\(otherBefore!) \(other.text)" : "\(other.text) \(otherAfter!)"
        return "claim says \(token.text), passage says \(other.text) (\(context))"
      }
    }
    return nil
  }
}
