/// The word lists behind the cues, keyed by `WordHash`. Built once, read-only afterwards.
enum Lexicon {
  struct Entry {
    var classes: WordClass
    var value: Double
  }

  static func lookup(_ hash: UInt64) -> Entry? { fast.lookup(hash) }

  private static let fast = WordTable(table, filler: Entry(classes: [], value: .nan))

  /// Time units as stored in `Entry.value`.
  enum Unit: Int { case day = 1, week, month, year, decade, century, hour, minute, weekend }

  static let table: [UInt64: Entry] = {
    var t: [UInt64: Entry] = [:]
    func add(_ words: String, _ c: WordClass) {
      for w in words.split(separator: " ") {
        let h = WordHash.of(String(w))
        t[h, default: Entry(classes: [], value: .nan)].classes.formUnion(c)
      }
    }
    func valued(_ words: [(String, Double)], _ c: WordClass) {
      for (w, v) in words {
        let h = WordHash.of(w)
        t[h, default: Entry(classes: [], value: .nan)].classes.formUnion(c)
        t[h]!.value = v
      }
    }
    add(UniversalWords.all.joined(separator: " "), .universal)
    add("more less fewer greater higher lower larger smaller bigger better worse longer shorter "
      + "older younger cheaper costlier faster slower stronger weaker richer poorer than compared "
      + "versus outnumber outnumbered exceed exceeds exceeded twice", .comparative)
    add("most least fewest largest biggest highest lowest best worst greatest smallest longest "
      + "shortest oldest youngest richest poorest fastest slowest strongest weakest record "
      + "first-ever all-time", .superlative)
    add("rose rise rises rising risen fell fall falls falling fallen increased increase increases "
      + "increasing decreased decrease decreases declined decline declines declining dropped drop "
      + "drops grew grow grows growing grown doubled tripled quadrupled halved cut cuts slashed "
      + "reduced reduce reduces raised soared surged plunged plummeted jumped climbed shrank "
      + "shrunk widened narrowed tumbled spiked boosted lowered expanded gained", .change)
    add("because therefore thus hence consequently caused causes cause causing blamed triggered "
      + "sparked prompted", .causal)
    add("law laws lawmakers legislation legislative legislature vote votes voted voting ballot "
      + "referendum ruling ruled regulation regulations regulatory statute court courts "
      + "constitution constitutional amendment ordinance decree treaty illegal unlawful legal "
      + "legally sanctions banned ban veto vetoed parliament congress senate bill bills rule rules "
      + "lawsuit sued indicted convicted", .law)
    add("reportedly allegedly apparently purportedly supposedly possibly perhaps probably likely "
      + "maybe unconfirmed", .hedge)
    add("may might could", .modal)
    add("said says say told tells stated added adds claimed claims insisted insists argued argues "
      + "explained noted notes wrote writes announced declared asserted warned warns maintained "
      + "contended asserts commented comments", .speech)
    add("found finds showed shows concluded concludes demonstrated demonstrates discovered "
      + "determined projected projects recalled recalls learned realized pointed points predicted "
      + "predicts pledged pledges vowed vows promised promises", .speechThat)
    add("continued responded replied answered concluded recounted recalled recalls joked quipped "
      + "cautioned stressed emphasized emphasised countered conceded remarked tweeted observed "
      + "complained lamented", .frameVerb)
    add("comment reached respond", .noCommentEnd)
    add("confirmed confirms denied denies rejected rejects dismissed dismisses acknowledged admitted indicated suggested reported "
      + "revealed disclosed testified accused accuses estimated estimates cited cites repeated "
      + "reiterated reiterates believes urged urges recommends advises expects", .speechWeak)
    add("president vice secretary minister prime deputy spokesman spokeswoman spokesperson senator "
      + "sen rep representative congressman congresswoman governor gov mayor general gen chairman "
      + "chairwoman director ambassador king queen prince princess dr mr mrs ms judge justice ceo "
      + "professor prof commissioner chief colonel col lt lieutenant sgt sergeant captain capt pope "
      + "rabbi sheikh chancellor premier foreign defense defence state interior finance attorney "
      + "leader officer executive founder economist analyst coach editor author lord sir lady "
      + "president-elect councilmember councilman councilwoman alderman assemblyman assemblywoman "
      + "superintendent administrator envoy cmdr commander adm admiral supt", .title)
    add("president secretary minister spokesman spokeswoman spokesperson senator governor mayor "
      + "general chairman chairwoman director ambassador king queen judge chancellor premier "
      + "leader ceo chief commissioner officer professor founder coach", .role)
    add("party department ministry authority university company corporation corp inc ltd group "
      + "council committee agency bank association institute foundation times post journal news "
      + "press network union house court congress senate parliament government army police "
      + "office commission board church school college hospital club league fund organization "
      + "organisation reuters associated daily herald tribune guardian administration bureau "
      + "service", .org)
    valued(
      [("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6),
       ("july", 7), ("august", 8), ("september", 9), ("october", 10), ("november", 11),
       ("december", 12), ("jan", 1), ("feb", 2), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
       ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)], .month)
    valued(
      [("monday", 1), ("tuesday", 2), ("wednesday", 3), ("thursday", 4), ("friday", 5),
       ("saturday", 6), ("sunday", 7)], .weekday)
    valued(
      [("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
       ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13),
       ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18),
       ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50),
       ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90), ("dozen", 12),
       ("dozens", .nan), ("hundreds", .nan), ("thousands", .nan), ("millions", .nan),
       ("billions", .nan), ("half", 0.5)], .numberWord)
    valued(
      [("hundred", 100), ("thousand", 1000), ("million", 1e6), ("billion", 1e9),
       ("trillion", 1e12), ("bn", 1e9), ("mn", 1e6)], .multiplier)
    valued(
      [("first", 1), ("third", 3), ("fourth", 4), ("fifth", 5), ("sixth", 6), ("seventh", 7),
       ("eighth", 8), ("ninth", 9), ("tenth", 10), ("eleventh", 11), ("twelfth", 12),
       ("twentieth", 20), ("hundredth", 100)], .ordinalWord)
    valued(
      [("day", 1), ("days", 1), ("week", 2), ("weeks", 2), ("month", 3), ("months", 3),
       ("year", 4), ("years", 4), ("decade", 5), ("decades", 5), ("century", 6),
       ("centuries", 6), ("hour", 7), ("hours", 7), ("minute", 8), ("minutes", 8),
       ("weekend", 9)], .timeUnit)
    valued([("yesterday", -1), ("today", 0), ("tomorrow", 1), ("tonight", 0)], .relativeDay)
    add("this last next past previous coming current", .deictic)
    add("i we we're i'm i've i'd we've we'd we'll i'll my our me us", .firstPerson)
    add("he she", .personPronoun)
    add("it they", .bodyPronoun)
    add("when after while although though whereas as before because once since if", .subordinator)
    add("think thinks believe believes feel feels hope hopes fear fears guess suppose doubt "
      + "want wish like love hate trust concerned worried afraid glad happy proud sure confident "
      + "convinced disappointed pleased sorry optimistic pessimistic appreciate", .feeling)
    add("should must ought shouldn't mustn't", .normative)
    add("will would shall won't wouldn't we'll i'll he'll she'll they'll it'll you'll "
      + "that'll", .future)
    add("vowed vows promised promises pledged pledges predicted predicts forecast forecasts "
      + "expects intends plans", .promise)
    add("took made left went came gave met won lost held began fled sent brought bought sold "
      + "paid spent built wrote chose drove flew found fought hit kept led ran saw shot spoke "
      + "stole struck swore taught thought threw understood wore broke became did got hid "
      + "knew grew fell rose cut set put", .past)
    add("has have had hasn't haven't hadn't", .perfect)
    add("is are was were be been being am isn't aren't wasn't weren't", .copula)
    add("the a an his her their its our my your this that these those", .determiner)
    add("reportedly allegedly also later previously again repeatedly then once recently "
      + "publicly privately further earlier apparently has have had had also quickly flatly "
      + "firmly simply only just always twice consistently strongly vehemently", .adverb)
    add("saying adding noting arguing insisting claiming explaining stating warning writing "
      + "declaring acknowledging admitting stressing suggesting predicting", .speechParticiple)
    add("of de da van von bin al la le del du der", .connector)
    add("the a an and but or so if when while after before as at by for from in into on onto "
      + "of to with without this that these those there here it its he she they we i you his "
      + "her their our my your however meanwhile moreover still yet also then now thus so "
      + "although though because since until unless what which who whom whose where why how "
      + "such some any each every all both no not one another other many much most more few "
      + "said says say asked according is are was were be been has have had do does did can "
      + "could will would should may might must shall after even just only very well oh yes "
      + "mr mrs ms dr sir following including regarding concerning citing responding speaking "
      + "asked despite amid hours days weeks months years minutes moments under over through "
      + "across against between among around behind within throughout toward towards upon via "
      + "unlike besides during about above below near", .common)
    add("source sources official officials aide aides diplomat diplomats insider insiders "
      + "spokesperson prosecutors investigators authorities experts analysts traders investors "
      + "economists observers critics residents witnesses others organisers organizers activists "
      + "campaigners groups familiar briefed", .anonymous)
    add("pivotal unacceptable outrageous disgraceful ridiculous terrible wonderful great "
      + "important essential crucial vital necessary tragic shameful appalling inappropriate improper "
      + "irregular unusual illegitimate wrong dangerous reckless irresponsible disgusting horrific horrible "
      + "devastating disastrous catastrophic stupid foolish silly crazy insane hypocritical misguided "
      + "disingenuous baseless laughable pathetic unjust courageous brave heroic hopeful proud grateful "
      + "thankful delighted furious", .evaluative)
    add("easy difficult hard tough exciting interesting fascinating complicated unpredictable "
      + "amazing incredible remarkable impressive disappointing encouraging frustrating "
      + "worrying troubling surprising shocking sad unfortunate lucky fortunate fair unfair "
      + "credible unclear ridiculous absurd good bad awful brilliant fantastic nice", .subjective)
    add("very so too really extremely incredibly quite pretty fairly rather particularly "
      + "highly deeply truly", .degree)
    add("daily weekly monthly annually yearly hourly nightly", .frequency)
    add("dollars dollar euros euro pounds shekels shekel yuan yen rupees cents", .currencyWord)
    add("concerned interested so-called based united related supposed used tired pleased "
      + "worried disappointed convinced armed needed indeed need speed seed feed hundred red "
      + "bed shed wed sacred naked wicked kindred embed proceed succeed exceed", .notPast)
    return t
  }()
}
