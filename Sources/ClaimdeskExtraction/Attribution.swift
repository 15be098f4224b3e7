/// Who a claim is attributed to, and the distance markers of the attribution itself
/// ("reportedly" in "the prime minister reportedly told Kerry", "according to", "unnamed source").
struct Attribution {
  var speaker: String?
  var person: Int?
  var hedges: [String]
  /// "according to a paper published in ...": the study's author, named anywhere in the
  /// article, is the speaker when the sentence names none.
  var citesStudy = false

  init(_ phrase: SpeakerPhrase?, hedges: [String], memory: PersonMemory) {
    self.hedges = hedges
    switch phrase?.who {
    case .person(let p)?:
      person = p
      speaker = memory.people[p].name
    case .name(let name)?:
      speaker = name
    case .anonymous?:
      self.hedges.append(Attribution.unnamedSource)
    default:
      break
    }
  }

  /// The hedge of a statement from a source the article does not name ("officials said").
  static let unnamedSource = "unnamed source"

  /// The mark of a statement a study is cited for ("according to a paper published in ...",
  /// "the researchers' calculations").
  static let citedStudy = ExtractedClaim.citedStudyHedge

  init(speaker: String?, hedges: [String]) {
    self.speaker = speaker
    self.hedges = hedges
  }
}
