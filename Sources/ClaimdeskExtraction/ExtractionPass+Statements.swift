import ClaimdeskText

/// "The statement read": an issued statement quoted over several sentences or paragraphs speaks
/// for whoever issued it ("Big Machine Records issued a statement", "the US military said in a
/// statement"), not for the last person quoted.
extension ExtractionPass {
  /// Notes who issued the statement the sentence mentions (outside its quotations): the
  /// sentence's speaker, the body "the company" stands for, or the named subject of "issued" or
  /// "released". A statement of no one the pass can name forgets the last issuer.
  mutating func noteStatementIssuer(_ w: SentenceWork) {
    let t = w.tokens
    guard let s = t.indices.first(where: { t[$0].is(Words.statement) && !inPiece(w, $0) }) else { return }
    var quoted: String?
    for piece in w.pieces where quoted == nil { quoted = runs[piece.run].attribution?.speaker }
    if let speaker = w.reported?.attribution.speaker ?? w.according?.attribution.speaker ?? quoted {
      statementIssuer = speaker
      return
    }
    // "The company flat-out denied the allegations in a statement"
    if t.count > 2, t[0].is(Words.the), Words.isDefiniteBody(t[1].hash) {
      statementIssuer = memory.earlierBody
      return
    }
    // "On Monday, Big Machine Records issued a statement"
    var v = s - 1
    while v > 0, v >= s - 3, !t[v].is(Words.issued), !t[v].is(Words.released) { v -= 1 }
    guard v > 0, t[v].is(Words.issued) || t[v].is(Words.released) else { return }
    if let np = participleSubject(t, before: v + 1), np.last + 1 == v {
      statementIssuer = Attribution(np, hedges: [], memory: memory).speaker
    } else {
      statementIssuer = nil
    }
  }

  /// "the statement read", "the statement continued", "the statement said" ending a sentence
  /// from `k`: the frame of a quotation from an issued statement.
  func isStatementFrame(_ t: [Token], _ k: Int) -> Bool {
    guard k + 2 < t.count, t[k].is(Words.the), t[k + 1].is(Words.statement) else { return false }
    let verb = t[k + 2]
    guard verb.is(Words.read) || verb.is(Words.reads) || verb.has([.speech, .frameVerb]) else { return false }
    return endsFrame(t, k + 3)
  }
}
