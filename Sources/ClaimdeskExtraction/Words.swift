/// Hashes of single words the patterns test for by name, as literals: a global initialised by a
/// call costs a `swift_once` check on every read in the hot loop. `WordsTests` checks each
/// literal against `WordHash.of`.
enum Words {
  static let to: UInt64 = 0x08c83907b56ac0a4  // "to"
  static let than: UInt64 = 0x256cc7ef3232833a  // "than"
  static let ago: UInt64 = 0xe715be190539325a  // "ago"
  static let since: UInt64 = 0x2b827d4f5e0ada9d  // "since"
  static let `for`: UInt64 = 0xdcb27818fed9da90  // "for"
  static let over: UInt64 = 0xc2a38db44454a06f  // "over"
  static let after: UInt64 = 0xbf82010f6f71eae9  // "after"
  static let which: UInt64 = 0xce989e88581f9422  // "which"
  static let report: UInt64 = 0xadae49645df2840b  // "report"
  static let `case`: UInt64 = 0xb55e6190e8792fd1  // "case"
  static let before: UInt64 = 0xd89aa06245afb2be  // "before"
  static let `in`: UInt64 = 0x08b73807b55c4bbe  // "in"
  static let on: UInt64 = 0x08b05807b5566370  // "on"
  static let during: UInt64 = 0x8ab509e91ba27e88  // "during"
  static let the: UInt64 = 0x56f5c9194461d57c  // "the"
  static let a: UInt64 = 0xaf63dc4c8601ec8c  // "a"
  static let an: UInt64 = 0x089c3807b5458406  // "an"
  static let that: UInt64 = 0x256cadef3232570c  // "that"
  static let according: UInt64 = 0x22069a7dca739b67  // "according"
  static let this: UInt64 = 0x2587bcef32493841  // "this"
  static let last: UInt64 = 0x0456d2ad905847d9  // "last"
  static let next: UInt64 = 0xe5316cbaa025f028  // "next"
  static let past: UInt64 = 0x03b42b0debc88fdd  // "past"
  static let previous: UInt64 = 0xec5f63ffe7e97248  // "previous"
  static let coming: UInt64 = 0x9ecd097cb5f70c32  // "coming"
  static let earlier: UInt64 = 0xdf040ecda350ea5b  // "earlier"
  static let later: UInt64 = 0x9ee71cec3834bb69  // "later"
  static let every: UInt64 = 0x1153970079d1c964  // "every"
  static let each: UInt64 = 0x214bac601e6d7da8  // "each"
  static let no: UInt64 = 0x08b35907b5589afa  // "no"
  static let one: UInt64 = 0x1a08aa1921ca5caf  // "one"
  static let percent: UInt64 = 0x425314f720ae7f7a  // "percent"
  static let per: UInt64 = 0x77bc7219566a8ee4  // "per"
  static let cent: UInt64 = 0xd9920290fd6b234f  // "cent"
  static let points: UInt64 = 0xdd02ad83d7cf88a6  // "points"
  static let due: UInt64 = 0xca643d18f43490d5  // "due"
  static let owing: UInt64 = 0x8cae895aa1e827ed  // "owing"
  static let thanks: UInt64 = 0xadd8f636db2a2770  // "thanks"
  static let led: UInt64 = 0x127274191dcc3c4a  // "led"
  static let headed: UInt64 = 0x3a5082b501763ec2  // "headed"
  static let co: UInt64 = 0x08a25907b54a27c7  // "co"
  static let journal: UInt64 = 0x380681e886cb2118  // "journal"
  static let statement: UInt64 = 0x63203b95ecf7b916  // "statement"
  static let read: UInt64 = 0x4ce6531fbfddd605  // "read"
  static let reads: UInt64 = 0x8935b4f305f36a82  // "reads"
  static let issued: UInt64 = 0x7c1b29ad2e75c28c  // "issued"
  static let released: UInt64 = 0xa539c648612d35ae  // "released"
  static let lead: UInt64 = 0x24ad82ada202056f  // "lead"
  static let leads: UInt64 = 0x54da290a496eae94  // "leads"
  static let result: UInt64 = 0x9b51cd7cd76778c4  // "result"
  static let resulted: UInt64 = 0xa83cd4ce30cbbeb5  // "resulted"
  static let of: UInt64 = 0x08b06007b5567108  // "of"
  static let `as`: UInt64 = 0x089c5507b545b54d  // "as"
  static let contributed: UInt64 = 0x128e0ace7ffe833a  // "contributed"
  static let going: UInt64 = 0x26b790cecc76826d  // "going"
  static let expected: UInt64 = 0xa6d51e15cd0b1ed9  // "expected"
  static let about: UInt64 = 0x3f74142d6181ea7e  // "about"
  static let condition: UInt64 = 0xd44782721750745e  // "condition"
  static let conditions: UInt64 = 0x05f6d4dd9db56877  // "conditions"
  static let precondition: UInt64 = 0x7b729dd4f978d423  // "precondition"
  static let need: UInt64 = 0xe57882baa062182d  // "need"
  static let needs: UInt64 = 0x4dde811e86af67ba  // "needs"
  static let act: UInt64 = 0xe723b5190545606b  // "act"
  static let few: UInt64 = 0xdcc67d18feea8c19  // "few"
  static let several: UInt64 = 0x20311bc8cf7920ef  // "several"
  static let us: UInt64 = 0x08c43d07b566de99  // "us"
  static let groups: UInt64 = 0x6039b1239580514d  // "groups"
  static let may: UInt64 = 0x080f5019176d1e46  // "may"
  static let told: UInt64 = 0x2fd9f6ef389a0874  // "told"
  static let tells: UInt64 = 0x19205b48daea2463  // "tells"
  static let said: UInt64 = 0x096e4d18bf89481c  // "said"
  static let says: UInt64 = 0x09373c18bf59e8c9  // "says"
  static let say: UInt64 = 0x822d8a195cd5d5e0  // "say"
  static let warned: UInt64 = 0x4c52fc320c3e1708  // "warned"
  static let `is`: UInt64 = 0x08b74507b55c61d5  // "is"
  static let are: UInt64 = 0xe756c8190570da4d  // "are"
  static let was: UInt64 = 0x5eade819487cb532  // "was"
  static let were: UInt64 = 0x3db3f1f61a19018c  // "were"
  static let will: UInt64 = 0xa6190af6555abf8d  // "will"
  static let would: UInt64 = 0x7aa8ee5e8b93b862  // "would"
  static let can: UInt64 = 0xf5e2f1190ce47dc5  // "can"
  static let should: UInt64 = 0xa5f5dafcaa01716a  // "should"
  static let must: UInt64 = 0xb66c6ca292e2e7a8  // "must"
  static let cannot: UInt64 = 0x735305aa63d7e26a  // "cannot"
  static let never: UInt64 = 0xcbd8031e3d026dc9  // "never"
  static let familiar: UInt64 = 0x7db44173a09af4ce  // "familiar"
  static let briefed: UInt64 = 0x77481204ac05e0be  // "briefed"
  static let all: UInt64 = 0xe6f09b190519daa4  // "all"
  static let at: UInt64 = 0x089c4e07b545a968  // "at"
  static let it: UInt64 = 0x08b73e07b55c55f0  // "it"
  static let days: UInt64 = 0x8587736730c8b7ea  // "days"
  static let march: UInt64 = 0x9092e9a4e1895990  // "march"
  static let percentage: UInt64 = 0x1a7d46f113023055  // "percentage"
  static let bill: UInt64 = 0xdebc409bd0b09fdc  // "bill"
  static let and: UInt64 = 0xe6f79719051ff286  // "and"
  static let likely: UInt64 = 0x73d6b8ef69610d35  // "likely"
  static let unlikely: UInt64 = 0x747e78672967199a  // "unlikely"
  static let what: UInt64 = 0x9be8c5f64f26c30f  // "what"
  static let plans: UInt64 = 0xfd5dfc4e1660f3f3  // "plans"
  static let forecast: UInt64 = 0xe1d82b6293801d10  // "forecast"
  static let forecasts: UInt64 = 0x426f1b80a2b1ef39  // "forecasts"
  static let not: UInt64 = 0x215ad619258e9f4a  // "not"
  static let but: UInt64 = 0x00611e19135a72cc  // "but"
  static let being: UInt64 = 0xac85085e70d64908  // "being"
  static let anything: UInt64 = 0xc01952359d8e17d7  // "anything"
  static let who: UInt64 = 0x5ec5fc194891690f  // "who"
  static let from: UInt64 = 0x7f845078d7a5c0b5  // "from"
  static let by: UInt64 = 0x08a64b07b54df8d4  // "by"
  static let with: UInt64 = 0xa66b06f655a0c2e9  // "with"
  static let near: UInt64 = 0xe58664baa06e228f  // "near"
  static let added: UInt64 = 0x235de2fdfd542145  // "added"
  static let adds: UInt64 = 0xc9e2aa83d2171445  // "adds"
  static let we: UInt64 = 0x08cb5307b56d22a9  // "we"
  static let rate: UInt64 = 0x6d91221fd1ce5547  // "rate"
  static let rated: UInt64 = 0xfbf21f11819aaa79  // "rated"
  static let maintained: UInt64 = 0xeff28d4bbc315585  // "maintained"
  static let maintains: UInt64 = 0x839f1efd3b486e85  // "maintains"
  static let claimed: UInt64 = 0x57dbd78a7e35f70e  // "claimed"
  static let written: UInt64 = 0x25a86efad3ce0dc0  // "written"
  static let comment: UInt64 = 0x8a0021ca40aeac3e  // "comment"
  static let respond: UInt64 = 0x3dcc4a0a05850ae6  // "respond"
  static let reached: UInt64 = 0x665ee3ddde83c859  // "reached"
  static let immediately: UInt64 = 0x1c343869047769a1  // "immediately"
  static let didnt: UInt64 = 0xaa8b45b0655b2393  // "didn't"
  static let declined: UInt64 = 0xec3be484d6dd1ec7  // "declined"
  static let refused: UInt64 = 0xdd362779f48a4b03  // "refused"
  static let request: UInt64 = 0x6f4743b8bc5b4eb2  // "request"
  static let requests: UInt64 = 0x7166d3e80f26d1f3  // "requests"
  static let available: UInt64 = 0x74770d66bf7310b8  // "available"
  static let couldnt: UInt64 = 0x96890ce69e264793  // "couldn't"
  static let out: UInt64 = 0x19f79b1921bbcfff  // "out"

  /// A lowercase noun that names a body when a name qualifies it: "the US military",
  /// "China's commerce ministry" (hash literals, see above).
  static func isBody(_ hash: UInt64) -> Bool {
    switch hash {
    case 0x73b26587e4da095c: return true  // "ministry"
    case 0xda6b0ae030a594f6: return true  // "military"
    case 0xdba50dd5b59c0116: return true  // "government"
    case 0x465e1bf7a8c96791: return true  // "office"
    case 0x9fe2b90fc81732c7: return true  // "department"
    case 0xb68441f6e71ef822: return true  // "agency"
    case 0x4bc0dced44c264b0: return true  // "commission"
    case 0xe704ab73c530b2cc: return true  // "council"
    case 0x162e8f7ca5f215c6: return true  // "committee"
    case 0x2efe9ca4487ddbf3: return true  // "embassy"
    case 0x042499d06b5b2c6f: return true  // "administration"
    case 0x893536843eabfea4: return true  // "army"
    case 0xbfe9f8a0d3aa693b: return true  // "police"
    case 0xb1a1e28e443fd5a8: return true  // "court"
    case 0xfe31b4f82ccd3146: return true  // "authority"
    case 0xf73198b483413a38: return true  // "regulator"
    case 0xc0812be75fd4c482: return true  // "watchdog"
    default: return false
    }
  }

  /// Each literal above with its word, for the test.
  static let spelled: [(String, UInt64)] = [
    ("to", to),
    ("than", than),
    ("ago", ago),
    ("since", since),
    ("for", `for`),
    ("headed", headed),
    ("co", co),
    ("journal", journal),
    ("statement", statement),
    ("read", read),
    ("reads", reads),
    ("issued", issued),
    ("released", released),
    ("over", over),
    ("after", after),
    ("which", which),
    ("report", report),
    ("case", `case`),
    ("before", before),
    ("in", `in`),
    ("on", on),
    ("during", during),
    ("the", the),
    ("a", a),
    ("an", an),
    ("that", that),
    ("according", according),
    ("this", this),
    ("last", last),
    ("next", next),
    ("past", past),
    ("previous", previous),
    ("coming", coming),
    ("earlier", earlier),
    ("later", later),
    ("every", every),
    ("each", each),
    ("no", no),
    ("one", one),
    ("percent", percent),
    ("per", per),
    ("cent", cent),
    ("points", points),
    ("due", due),
    ("owing", owing),
    ("thanks", thanks),
    ("led", led),
    ("lead", lead),
    ("leads", leads),
    ("result", result),
    ("resulted", resulted),
    ("of", of),
    ("as", `as`),
    ("contributed", contributed),
    ("going", going),
    ("expected", expected),
    ("about", about),
    ("condition", condition),
    ("conditions", conditions),
    ("precondition", precondition),
    ("need", need),
    ("needs", needs),
    ("act", act),
    ("few", few),
    ("several", several),
    ("us", us),
    ("groups", groups),
    ("may", may),
    ("told", told),
    ("tells", tells),
    ("said", said),
    ("says", says),
    ("say", say),
    ("warned", warned),
    ("is", `is`),
    ("are", are),
    ("was", was),
    ("were", were),
    ("will", will),
    ("would", would),
    ("can", can),
    ("should", should),
    ("must", must),
    ("cannot", cannot),
    ("never", never),
    ("familiar", familiar),
    ("briefed", briefed),
    ("all", all),
    ("at", at),
    ("it", it),
    ("days", days),
    ("march", march),
    ("percentage", percentage),
    ("bill", bill),
    ("and", and),
    ("likely", likely),
    ("unlikely", unlikely),
    ("what", what),
    ("plans", plans),
    ("forecast", forecast),
    ("forecasts", forecasts),
    ("not", not),
    ("but", but),
    ("being", being),
    ("anything", anything),
    ("who", who),
    ("from", from),
    ("by", by),
    ("with", with),
    ("near", near),
    ("added", added),
    ("adds", adds),
    ("out", out),
    ("declined", declined),
    ("refused", refused),
    ("request", request),
    ("requests", requests),
    ("available", available),
    ("couldn't", couldnt),
    ("didn't", didnt),
    ("comment", comment),
    ("respond", respond),
    ("reached", reached),
    ("immediately", immediately),
    ("written", written),
  ]
}
