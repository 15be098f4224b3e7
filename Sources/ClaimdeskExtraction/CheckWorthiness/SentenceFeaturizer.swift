/// Turns a sentence into the model's features in one pass over its UTF-8 bytes: hashed word
/// unigrams, bigrams and skip-bigrams (numbers normalised to `<num>`, `<year>`, `<percent>`,
/// `<money>`, `<ordinal>`), the five-letter prefix of longer words, and the `CueFeature` bits.
/// No allocation beyond one scratch buffer.
struct SentenceFeaturizer: Sendable {
  /// Bits of the hashed n-gram space: 2^hashBits buckets, then one feature per cue.
  let hashBits: Int

  init(hashBits: Int) { self.hashBits = hashBits }

  var bucketCount: Int { 1 << hashBits }
  var dimension: Int { bucketCount + CueFeature.allCases.count }

  /// What one scan of a sentence found.
  struct Scan {
    var cues: UInt64 = 0
    var tokens = 0
    var ngrams = 0
  }

  /// Calls `body` with the n-gram bucket indices (repeats allowed) and the cue bits of
  /// `sentence`, plus the context cues of `previous`.
  func withFeatures<R>(
    _ sentence: String, previous: String?,
    _ body: (UnsafeBufferPointer<Int32>, UInt64) -> R
  ) -> R {
    var contextCues: UInt64 = 0
    if let previous {
      let scan = Self.bytes(of: previous) { Self.scan($0, into: nil, mask: 0) }
      if scan.cues & CueFeature.question.bit != 0 { contextCues |= CueFeature.previousIsQuestion.bit }
      if scan.cues & CueFeature.number.bit != 0 { contextCues |= CueFeature.previousHasNumber.bit }
      if scan.tokens < 4 { contextCues |= CueFeature.previousIsShort.bit }
    }
    let mask = UInt64(bucketCount - 1)
    return Self.bytes(of: sentence) { bytes in
      withUnsafeTemporaryAllocation(of: Int32.self, capacity: 4 * bytes.count + 2) { buffer in
        let scan = Self.scan(bytes, into: buffer.baseAddress, mask: mask)
        return body(UnsafeBufferPointer(rebasing: buffer[..<scan.ngrams]), scan.cues | contextCues)
      }
    }
  }

  private static func bytes<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(body)
  }

  @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 97 < 26 }
  @inline(__always) private static func isDigit(_ byte: UInt8) -> Bool { byte &- 48 < 10 }

  /// One pass over the bytes. `ngrams`, when given, receives up to `4 * count + 1` indices
  /// (at most four per token, and tokens are at least one byte long).
  static func scan(
    _ p: UnsafeBufferPointer<UInt8>, into ngrams: UnsafeMutablePointer<Int32>?, mask: UInt64
  ) -> Scan {
    var result = Scan()
    var previousToken = TokenHash.sentenceStart
    var tokenBefore = TokenHash.sentenceStart  // the token before `previousToken`
    var previousNamed = false
    var numbers = 0
    var named = 0
    let n = p.count
    let table = CueLexicon.table
    @inline(__always) func emit(_ hash: UInt64) {
      guard let ngrams else { return }
      ngrams[result.ngrams] = Int32(truncatingIfNeeded: TokenHash.mix(hash) & mask)
      result.ngrams += 1
    }
    var i = 0
    while i < n {
      let b = p[i]
      // Multi-byte punctuation: U+2000-U+203F (dashes, curly quotes) and the no-break space.
      if b == 0xE2 && i + 2 < n && p[i + 1] == 0x80 {
        if p[i + 2] == 0x9C || p[i + 2] == 0x9D { result.cues |= CueFeature.quotation.bit }
        i += 3
        continue
      }
      if b == 0xC2 && i + 1 < n && p[i + 1] == 0xA0 {
        i += 2
        continue
      }
      guard isLetter(b) || isDigit(b) || b >= 0x80 else {
        switch b {
        case 63: result.cues |= CueFeature.question.bit
        case 33: result.cues |= CueFeature.exclamation.bit
        case 34: result.cues |= CueFeature.quotation.bit
        default: break
        }
        i += 1
        continue
      }
      let start = i
      var hash = TokenHash.offset
      var letters = 0
      var digits = 0
      var others = 0
      var prefix: UInt64 = 0
      while i < n {
        let c = p[i]
        if isLetter(c) {
          hash = TokenHash.add(hash, c | 0x20)
          letters += 1
          if letters == Self.prefixLength { prefix = hash }
          i += 1
        } else if isDigit(c) {
          hash = TokenHash.add(hash, c)
          digits += 1
          i += 1
        } else if c >= 0x80 {
          if c == 0xE2 && i + 2 < n && p[i + 1] == 0x80 {
            // A curly apostrophe inside a word reads as a straight one; other punctuation ends it.
            guard p[i + 2] == 0x99, letters > 0, i + 3 < n, isLetter(p[i + 3]) else { break }
            hash = TokenHash.add(hash, 39)
            i += 3
          } else if c == 0xC2 && i + 1 < n && p[i + 1] == 0xA0 {
            break
          } else {
            hash = TokenHash.add(hash, c)
            others += 1
            i += 1
          }
        } else if c == 39 && letters > 0 && i + 1 < n && isLetter(p[i + 1]) {
          hash = TokenHash.add(hash, 39)
          i += 1
        } else if (c == 46 || c == 44) && digits > 0 && letters == 0 && i + 1 < n && isDigit(p[i + 1]) {
          i += 1  // 3.5, 1,000
        } else {
          break
        }
      }
      var token = hash
      var cues: UInt64 = 0
      if digits > 0 {
        cues |= CueFeature.number.bit
        if letters > 0 || others > 0 {
          token = TokenHash.ordinal  // 21st, 1960s
          cues |= CueFeature.ordinalOrDecade.bit
        } else {
          numbers += 1
          if i < n && p[i] == 37 {
            token = TokenHash.percent
            cues |= CueFeature.percent.bit
          } else if start > 0 && p[start - 1] == 36 {
            token = TokenHash.money
            cues |= CueFeature.money.bit
          } else if i - start == 4 && isYear(p[start], p[start + 1]) {
            token = TokenHash.year
            cues |= CueFeature.year.bit
          } else {
            token = TokenHash.number
          }
        }
      } else if let bits = table[hash] {
        cues |= result.tokens == 0 ? bits : bits & ~CueFeature.startsWithQuestionWord.bit
      }
      let isNamed = b &- 65 < 26 && result.tokens > 0 && letters > 1
      if isNamed { named += 1 }
      let bigram = TokenHash.pair(previousToken, token)
      if let bits = table[bigram] { cues |= bits }
      if previousNamed && cues & CueFeature.speechVerb.bit != 0 { cues |= CueFeature.namedSpeaker.bit }
      result.cues |= cues
      emit(token)
      emit(bigram)
      // A skip-bigram ("rose _ percent") matches phrasings a bigram misses by one word.
      if result.tokens > 0 { emit(TokenHash.pair(tokenBefore &+ TokenHash.skipSalt, token)) }
      // The prefix of a plain word ("incre" for increased, increasing) shares what its forms
      // have in common, for the forms seen seldom in training.
      if digits == 0 && letters > Self.prefixLength && i - start == letters {
        emit(prefix &+ TokenHash.prefixSalt)
      }
      previousNamed = isNamed
      tokenBefore = previousToken
      previousToken = token
      result.tokens += 1
    }
    emit(TokenHash.pair(previousToken, TokenHash.sentenceEnd))
    if numbers >= 3 {
      result.cues |= CueFeature.threeOrMoreNumbers.bit
    } else if numbers == 2 {
      result.cues |= CueFeature.twoNumbers.bit
    }
    if named >= 2 {
      result.cues |= CueFeature.twoOrMoreNamedWords.bit
    } else if named == 1 {
      result.cues |= CueFeature.oneNamedWord.bit
    }
    result.cues |= CueFeature.lengthBucket(tokens: result.tokens).bit
    var end = n
    while end > 0 && (p[end - 1] == 32 || p[end - 1] == 34 || p[end - 1] == 39 || p[end - 1] &- 9 < 5) {
      end -= 1
    }
    if end > 0 && p[end - 1] == 63 { result.cues |= CueFeature.endsWithQuestion.bit }
    return result
  }

  /// Letters of the word prefix feature, which only longer words get.
  static let prefixLength = 5

  /// "18xx", "19xx" or "20xx".
  @inline(__always) private static func isYear(_ first: UInt8, _ second: UInt8) -> Bool {
    (first == 49 && (second == 56 || second == 57)) || (first == 50 && second == 48)
  }
}

extension CueFeature {
  var bit: UInt64 { 1 << UInt64(rawValue) }
}
