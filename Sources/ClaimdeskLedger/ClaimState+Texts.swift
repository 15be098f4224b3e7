/// Moving a claim's long texts into a buffer of their own (see `TextArena`).
extension ClaimState {
  /// Where each text slice lies once copied into the arena; nil for a text held as a String (or none).
  struct TextRanges {
    var text, sentence, contextBefore, contextAfter: Range<Int>?
  }

  /// Copies the texts held as slices into `arena`: the sentence first, so that the claim's text,
  /// most often a part of it, is found there rather than copied again.
  func copyTexts(into arena: inout TextArena) -> TextRanges {
    let sentence = arena.add(sentenceStorage)
    return TextRanges(
      text: arena.add(textStorage, within: sentence), sentence: sentence,
      contextBefore: arena.add(contextBeforeStorage), contextAfter: arena.add(contextAfterStorage))
  }

  /// Points the texts copied by `copyTexts` at the arena's bytes, `shared`.
  mutating func useTexts(_ ranges: TextRanges, in shared: LedgerBytes) {
    func slice(_ range: Range<Int>) -> LedgerText { LedgerText(plain: shared, start: range.lowerBound, end: range.upperBound) }
    if let range = ranges.text { textStorage = slice(range) }
    if let range = ranges.sentence { sentenceStorage = slice(range) }
    if let range = ranges.contextBefore { contextBeforeStorage = slice(range) }
    if let range = ranges.contextAfter { contextAfterStorage = slice(range) }
  }
}
