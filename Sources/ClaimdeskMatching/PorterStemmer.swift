/// Porter's (1980) suffix-stripping stemmer, after Martin Porter's reference C version
/// (the one Lucene's `PorterStemmer` follows, including its "bli"/"logi" departures).
/// Works on ASCII lower-case bytes; any other token is returned unchanged.
enum PorterStemmer {
  static func stem(_ word: [UInt8]) -> [UInt8] {
    guard word.count > 2, word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return word }
    var state = State(b: word)
    state.step1ab()
    if state.k > 0 {
      state.step1c()
      state.step2()
      state.step3()
      state.step4()
      state.step5()
    }
    return Array(state.b[0...state.k])
  }

  private struct State {
    var b: [UInt8]
    var k: Int
    var j = 0

    init(b: [UInt8]) {
      self.b = b
      k = b.count - 1
    }

    func cons(_ i: Int) -> Bool {
      switch b[i] {
      case 0x61, 0x65, 0x69, 0x6F, 0x75: return false  // a e i o u
      case 0x79: return i == 0 ? true : !cons(i - 1)  // y
      default: return true
      }
    }

    /// Number of vowel-consonant sequences in b[0...j].
    func m() -> Int {
      var n = 0
      var i = 0
      while true {
        if i > j { return n }
        if !cons(i) { break }
        i += 1
      }
      i += 1
      while true {
        while true {
          if i > j { return n }
          if cons(i) { break }
          i += 1
        }
        i += 1
        n += 1
        while true {
          if i > j { return n }
          if !cons(i) { break }
          i += 1
        }
        i += 1
      }
    }

    func vowelInStem() -> Bool {
      if j < 0 { return false }
      for i in 0...j where !cons(i) { return true }
      return false
    }

    func doubleConsonant(_ i: Int) -> Bool {
      i >= 1 && b[i] == b[i - 1] && cons(i)
    }

    /// consonant-vowel-consonant ending at i, the last not w, x or y.
    func cvc(_ i: Int) -> Bool {
      if i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2) { return false }
      let c = b[i]
      return c != 0x77 && c != 0x78 && c != 0x79
    }

    mutating func ends(_ s: String) -> Bool {
      let suffix = Array(s.utf8)
      let length = suffix.count
      if length > k + 1 || suffix[length - 1] != b[k] { return false }
      for t in 0..<length where b[k - length + 1 + t] != suffix[t] { return false }
      j = k - length
      return true
    }

    mutating func setTo(_ s: String) {
      let replacement = Array(s.utf8)
      b.removeSubrange((j + 1)...)
      b.append(contentsOf: replacement)
      k = j + replacement.count
      if b.count > k + 1 { b.removeSubrange((k + 1)...) }
    }

    mutating func replaceIfMeasured(_ s: String) {
      if m() > 0 { setTo(s) }
    }

    mutating func truncate(to newK: Int) {
      k = newK
      b.removeSubrange((k + 1)...)
    }

    mutating func step1ab() {
      if b[k] == 0x73 {  // s
        if ends("sses") {
          truncate(to: k - 2)
        } else if ends("ies") {
          setTo("i")
        } else if k >= 1 && b[k - 1] != 0x73 {
          truncate(to: k - 1)
        }
      }
      if ends("eed") {
        if m() > 0 { truncate(to: k - 1) }
      } else if (ends("ed") || ends("ing")) && vowelInStem() {
        truncate(to: j)
        if ends("at") {
          setTo("ate")
        } else if ends("bl") {
          setTo("ble")
        } else if ends("iz") {
          setTo("ize")
        } else if doubleConsonant(k) {
          let c = b[k]
          if c != 0x6C && c != 0x73 && c != 0x7A { truncate(to: k - 1) }  // not l s z
        } else {
          j = k
          if m() == 1 && cvc(k) { setTo("e") }
        }
      }
    }

    mutating func step1c() {
      if ends("y") && vowelInStem() { b[k] = 0x69 }
    }

    mutating func step2() {
      guard k >= 1 else { return }
      let pairs: [(String, String)]
      switch b[k - 1] {
      case 0x61: pairs = [("ational", "ate"), ("tional", "tion")]
      case 0x63: pairs = [("enci", "ence"), ("anci", "ance")]
      case 0x65: pairs = [("izer", "ize")]
      case 0x6C: pairs = [("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous")]
      case 0x6F: pairs = [("ization", "ize"), ("ation", "ate"), ("ator", "ate")]
      case 0x73: pairs = [("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous")]
      case 0x74: pairs = [("aliti", "al"), ("iviti", "ive"), ("biliti", "ble")]
      case 0x67: pairs = [("logi", "log")]
      default: return
      }
      for (suffix, replacement) in pairs where ends(suffix) {
        replaceIfMeasured(replacement)
        return
      }
    }

    mutating func step3() {
      let pairs: [(String, String)]
      switch b[k] {
      case 0x65: pairs = [("icate", "ic"), ("ative", ""), ("alize", "al")]
      case 0x69: pairs = [("iciti", "ic")]
      case 0x6C: pairs = [("ical", "ic"), ("ful", "")]
      case 0x73: pairs = [("ness", "")]
      default: return
      }
      for (suffix, replacement) in pairs where ends(suffix) {
        replaceIfMeasured(replacement)
        return
      }
    }

    mutating func step4() {
      guard k >= 1 else { return }
      let suffixes: [String]
      switch b[k - 1] {
      case 0x61: suffixes = ["al"]
      case 0x63: suffixes = ["ance", "ence"]
      case 0x65: suffixes = ["er"]
      case 0x69: suffixes = ["ic"]
      case 0x6C: suffixes = ["able", "ible"]
      case 0x6E: suffixes = ["ant", "ement", "ment", "ent"]
      case 0x6F:
        if ends("ion") && j >= 0 && (b[j] == 0x73 || b[j] == 0x74) {
          if m() > 1 { truncate(to: j) }
          return
        }
        suffixes = ["ou"]
      case 0x73: suffixes = ["ism"]
      case 0x74: suffixes = ["ate", "iti"]
      case 0x75: suffixes = ["ous"]
      case 0x76: suffixes = ["ive"]
      case 0x7A: suffixes = ["ize"]
      default: return
      }
      for suffix in suffixes where ends(suffix) {
        if m() > 1 { truncate(to: j) }
        return
      }
    }

    mutating func step5() {
      j = k
      if b[k] == 0x65 {  // e
        let a = m()
        if a > 1 || (a == 1 && !cvc(k - 1)) { truncate(to: k - 1) }
      }
      if b[k] == 0x6C && doubleConsonant(k) {  // ll
        j = k
        if m() > 1 { truncate(to: k - 1) }
      }
    }
  }
}
