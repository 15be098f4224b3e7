/// Words and word pairs that signal a cue, keyed by the same token hash the featurizer uses,
/// so a look-up costs one dictionary probe per token and per bigram.
enum CueLexicon {
  /// Bit `CueFeature.rawValue` is set for each cue the word or pair signals.
  static let table: [UInt64: UInt64] = {
    var table: [UInt64: UInt64] = [:]
    func add(_ cue: CueFeature, _ words: String) {
      for entry in words.split(separator: " ") {
        let parts = entry.split(separator: "_").map { TokenHash.word(Array($0.utf8)) }
        let key = parts.count == 1 ? parts[0] : TokenHash.pair(parts[0], parts[1])
        table[key, default: 0] |= 1 << UInt64(cue.rawValue)
      }
    }
    add(.magnitudeWord, "hundred hundreds thousand thousands million millions billion billions trillion trillions dozen dozens")
    add(.numberWord, "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety half twice triple double quarter third")
    add(.percent, "percent percentage per_cent")
    add(.money, "dollars dollar cents budget deficit debt tax taxes spending")
    add(.comparative, "more less fewer higher lower bigger larger smaller greater better worse faster slower cheaper richer poorer stronger weaker longer shorter")
    add(.than, "than")
    add(.superlative, "most least best worst largest biggest smallest highest lowest greatest fastest slowest richest poorest strongest weakest first last only ever record")
    add(.universal, "every all never always nobody none everyone everybody everything nothing no_one each entire whole")
    add(.changeVerb, "rose fell increased decreased doubled tripled cut raised lowered grew dropped declined risen fallen gone_up went_up went_down gone_down increase decrease increases decreases grown lost gained created added reduced")
    add(.causal, "because caused causes cause due_to result resulted led_to thanks_to therefore consequence")
    add(.law, "law laws bill bills voted vote votes legislation passed signed veto vetoed act amendment treaty agreement regulation regulations court supreme congress senate")
    add(.timeSpan, "since ago years year decade decades century months weeks today yesterday last_year last_week recently")
    add(.firstPersonSingular, "i me my mine i'm i've i'd i'll myself")
    add(.firstPersonPlural, "we us our ours we're we've we'll ourselves")
    add(.secondPerson, "you your yours you're you've you'll")
    add(.thirdPerson, "he she his her him they them their he's she's they're it's")
    add(.opinionVerb, "think believe feel hope guess wish want suppose love hate agree disagree")
    add(.firstPersonOpinion, "i_think i_believe i_feel i_hope i_guess i_wish i_want i_am i'm_not i_don't we_need we_must we_should we_have we'll we're_going i'm_going i_will we_will let_me let's")
    add(.modal, "may might could would should must can perhaps maybe probably")
    add(.future, "will won't going_to shall tomorrow i'll we'll you'll they'll he'll she'll")
    add(.negation, "not no never don't doesn't didn't isn't wasn't aren't weren't can't won't")
    add(.speechVerb, "said says told claimed claims stated announced reported argued testified wrote according_to")
    add(.startsWithQuestionWord, "what why how who whom whose where when which")
    return table
  }()
}
