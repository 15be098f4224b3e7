/// The lexical cues of a sentence that the model sees besides its word n-grams. Each is one
/// dense feature; grouping rare words ("tripled", "lowest") into one cue lets the model
/// generalise to words it saw seldom in training.
enum CueFeature: Int, CaseIterable {
  case number, twoNumbers, threeOrMoreNumbers, year, percent, money, ordinalOrDecade
  case magnitudeWord, numberWord
  case comparative, than, superlative, universal, changeVerb, causal, law, timeSpan
  case firstPersonSingular, firstPersonPlural, secondPerson, thirdPerson, opinionVerb, firstPersonOpinion
  case modal, future, negation
  case question, endsWithQuestion, exclamation, startsWithQuestionWord, quotation
  case oneNamedWord, twoOrMoreNamedWords
  case length1to3, length4to6, length7to10, length11to16, length17to25, length26to40, length41plus
  /// Context: the previous sentence of the transcript, when known.
  case previousIsQuestion, previousHasNumber, previousIsShort
  /// Reported speech: a speech verb ("said", "according to"), and one right after a capitalised
  /// word ("Obama said"), the usual frame of an attributed, checkable statement.
  case speechVerb, namedSpeaker

  static func lengthBucket(tokens: Int) -> CueFeature {
    switch tokens {
    case ..<4: .length1to3
    case ..<7: .length4to6
    case ..<11: .length7to10
    case ..<17: .length11to16
    case ..<26: .length17to25
    case ..<41: .length26to40
    default: .length41plus
    }
  }
}
