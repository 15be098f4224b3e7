/// Greedy longest-match-first WordPiece, as in BERT: a word is split into the longest
/// vocabulary prefix, then the longest "##"-prefixed continuation, and so on; when some
/// remainder matches nothing the whole word becomes [UNK].
struct WordPieceTokenizer: Sendable {
  let vocabulary: Vocabulary
  /// Longer words go straight to [UNK] (BERT's max_input_chars_per_word, counted in scalars).
  let maximumWordLength: Int

  init(vocabulary: Vocabulary, maximumWordLength: Int = 100) {
    self.vocabulary = vocabulary
    self.maximumWordLength = maximumWordLength
  }

  func ids(for word: [Unicode.Scalar], into output: inout [Int32]) {
    if word.isEmpty { return }
    guard word.count <= maximumWordLength else {
      output.append(vocabulary.unknownID)
      return
    }
    // UTF-8 of the word plus where each scalar starts, so candidate pieces are byte slices.
    var utf8: [UInt8] = []
    var starts: [Int] = []
    for scalar in word {
      starts.append(utf8.count)
      utf8.append(contentsOf: scalar.utf8)
    }
    starts.append(utf8.count)
    let pieceStart = output.count
    var start = 0
    var key: [UInt8] = []
    while start < word.count {
      var end = word.count
      var found: Int32?
      while end > start {
        key.removeAll(keepingCapacity: true)
        if start > 0 { key.append(contentsOf: [0x23, 0x23]) }  // "##"
        key.append(contentsOf: utf8[starts[start]..<starts[end]])
        if let id = vocabulary.id(of: key) {
          found = id
          break
        }
        end -= 1
      }
      guard let id = found else {
        output.removeSubrange(pieceStart...)
        output.append(vocabulary.unknownID)
        return
      }
      output.append(id)
      start = end
    }
  }
}
