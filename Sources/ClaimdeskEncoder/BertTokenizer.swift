import Foundation

/// Text to BERT input ids: [CLS] wordpieces [SEP], cut to `maximumLength` ids in all.
struct BertTokenizer: Sendable {
  let basic = BasicTokenizer()
  let wordPiece: WordPieceTokenizer
  /// sentence-transformers' max_seq_length for this model, specials included.
  let maximumLength: Int

  init(vocabulary: Vocabulary, maximumLength: Int = 256) {
    wordPiece = WordPieceTokenizer(vocabulary: vocabulary)
    self.maximumLength = maximumLength
  }

  func ids(_ text: String) -> [Int32] {
    let vocabulary = wordPiece.vocabulary
    var ids: [Int32] = [vocabulary.classifierID]
    let limit = maximumLength - 1  // room for [SEP]
    for word in basic.words(text) {
      wordPiece.ids(for: word, into: &ids)
      if ids.count >= limit { break }
    }
    if ids.count > limit { ids.removeSubrange(limit...) }
    ids.append(vocabulary.separatorID)
    return ids
  }
}
