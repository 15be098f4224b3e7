import Testing
@testable import ClaimdeskExtraction
@testable import ClaimdeskText

/// Speakers reached through more than "X said": pronouns continuing a paragraph, initials,
/// long organisation names, other attribution verbs, and sources that must stay unnamed.
/// Passages written for these tests, one paragraph per line.
@Suite struct SpeakerAttributionTests {
  /// The speaker of the claim whose text or sentence holds `words`.
  static func speaker(of words: String, in passage: String) throws -> String? {
    let claims = TriageExtractionTests.claims(passage)
    let claim = try #require(claims.first { $0.text.contains(words) }, "\(claims.map(\.text))")
    return claim.speaker
  }

  @Test(arguments: [
    // A quotation over two sentences, framed by a name and a long appositive.
    ("\"Water is rare on the moons we studied. The third moon has 40 tons of it,\" study author Ana Ruiz, a chemist at the Lyon institute in Villeurbanne, France, said.",
     "Water is rare", "Ana Ruiz"),
    // An organisation with a long name, after the quotation, with its article.
    ("\"The inquiry was closed on 4 May,\" the Norwegian Maritime Authority said.", "The inquiry was closed", "Norwegian Maritime Authority"),
    // "it added" in the next paragraph is the body heard just before.
    ("\"The inquiry was closed on 4 May,\" the Norwegian Maritime Authority said.\n\"Three witnesses were heard in 2021,\" it added.",
     "Three witnesses", "Norwegian Maritime Authority"),
    // Initials of a body the article named in full.
    ("Data published in 2018 by the Federal Aviation Administration covered 400 airports.\nThe FAA says that delays rose 12 percent in 2019.",
     "delays rose", "Federal Aviation Administration"),
    // A quotation opened inside reported content continues into the next sentence.
    ("Lena Ortiz told reporters in 2020 that the mayor \"signed the contract in March. I never saw the bid.\"",
     "I never saw the bid", "Lena Ortiz"),
    // A mid-sentence frame.
    ("The main reason for the delay, Ortiz said, is a shortage of 300 drivers.", "shortage of 300 drivers", "Ortiz"),
    // Verbs beyond speech verbs, with a named subject opening the sentence.
    // A company's legal suffix is no part of its name.
    ("Harbor Freight Co reported a loss of $12 million in the second quarter.", "a loss of $12 million", "Harbor Freight"),
    ("Lindell Mills Inc. said that it cut 200 jobs in March.", "200 jobs", "Lindell Mills"),
    // Lowercase words describing the speaker between the verb and the name.
    ("\"Rents rose 9 percent in 2019,\" says veteran housing analyst Rosa Quint.", "Rents rose 9 percent", "Rosa Quint"),
    // "the agency" / "the company" for the organisation named before.
    ("The Federal Maritime Administration fined 3 shipping lines in 2019.\nThe agency says delays rose 12 percent in 2020.",
     "delays rose 12 percent", "Federal Maritime Administration"),
    ("Lindell Mills Inc. said that it cut 200 jobs in March.\nThe company says sales fell 8 percent in 2019.", "sales fell 8 percent", "Lindell Mills"),
    // A name set off after "The company ..." is that organisation's, for "the company" later.
    ("The group that runs the two ports, Halden Line, says it moved 4 million tons in 2019.\nThe company says rents rose 6 percent in 2020.",
     "rents rose 6 percent", "Halden Line"),
    // A name followed by "who" is a person's, for the "he" that follows.
    ("Nora Vint wrote the first report in 2015.\nTobias — who asked that his surname be withheld — retired in 2012.\nHe saved $900,000 over 30 years, he wrote in a blog post.",
     "$900,000", "Tobias"),
    // An abbreviation's period ends the name before the verb.
    ("U.S. Attorney Paul Reyes Jr. said the scheme cost investors $3 million.", "$3 million", "Paul Reyes Jr"),
    // "believes" and "repeated" attribute like "said".
    ("The Harbor Authority believes the port lost 2,000 jobs in 2019.", "2,000 jobs", "Harbor Authority"),
    ("Mayor Lena Ortiz repeated that the budget was cut by $4 million in 2018.", "cut by $4 million", "Lena Ortiz"),
    ("Senator Maya Brandt accused the agency of losing 2,000 files in 2019.", "losing 2,000 files", "Maya Brandt"),
    ("Regional schools Superintendent Paul Okafor has cited a survey showing 30 percent of posts unfilled.", "30 percent of posts", "Paul Okafor"),
    // A time phrase between the subject and the verb.
    ("Brightwater on Monday announced that it had bought 40 percent of the mill.", "40 percent of the mill", "Brightwater"),
    // "X and her colleagues wrote".
    ("Dr. Ines Varga studied 17 nights of data.\nSuch events would occur more than twice a month, Varga and her colleagues wrote in the paper.",
     "more than twice a month", "Ines Varga"),
    // The name ending an inverted frame after an unnamed description.
    ("The envoy was in charge of 12 staff in Vienna, said another witness at the hearing, former aide Carla Mendes.",
     "12 staff in Vienna", "Carla Mendes"),
    // ", saying ..." gives the statement to the sentence's subject.
    ("Owen Baxter met the board in 2016.\nHe has always denied the charges, saying the payments were loans of $40,000.", "loans of $40,000", "Owen Baxter"),
    // A person opening a subordinate clause is the "he" of the main one.
    ("Maria Lopez ran the fund until 2018.\nWhen Tom Becker was questioned in 2019, he told police he had sold 300 rifles.", "300 rifles", "Tom Becker"),
    // The full name from a surname met again, for a later pronoun.
    ("Officers arrested Daniel Frost in June.\nFrost confessed to the theft.\nLater, he admitted that he sold 14 paintings for $2 million.", "14 paintings", "Daniel Frost"),
    // A participle opening the sentence is no part of the name it comes before.
    ("Following Barker's arrest in May, police searched 3 houses.\nBarker has denied taking $5,000 from the fund.",
     "$5,000", "Barker"),
    // A time phrase opening the sentence, then the subject of ", saying".
    ("Hours before the 4-1 win on Tuesday, coach Bruce Boudreau praised the winger, saying he scores 30 goals a season.",
     "30 goals", "Bruce Boudreau"),
    // Words describing the speaker before the name and the verb after a quotation; what was
    // said is the quotation, not "in a statement".
    ("\"Water was found in 3 of 17 samples,\" lead author and NASA chemist Lena Ortiz said in a statement.",
     "Water was found in 3", "Lena Ortiz"),
    ("\"We lost 3 games in a row,\" Wild coach Bruce Boudreau said.", "We lost 3 games", "Bruce Boudreau"),
    // The title first, the name alone between commas.
    ("\"The evidence does not support 2 charges,\" the deputy director of prosecutions, Eva Lind, said.",
     "The evidence does not support", "Eva Lind"),
    // "has written" closing an appositive.
    ("\"Tariffs cost households $800 a year,\" Hal Gleck, a senior fellow at the Tax Center, has written.",
     "Tariffs cost households", "Hal Gleck"),
    ("\"We studied 6 missions to Mars,\" comments Robin Baird of the design team.", "We studied 6 missions", "Robin Baird"),
    // A finding of a named subject.
    ("Ines Varga found that the mice had 18 times more tuft cells.", "18 times more", "Ines Varga"),
    // "in October" between the subject and the verb.
    ("Tim Clarke in October revealed plans to add 30 jets by 2025.", "30 jets", "Tim Clarke"),
    // Two appositives between the name and the verb.
    ("Jeff Sanborn, president of Chapter & Verse, a Spokane design agency, said the campaign cost $449,000.",
     "$449,000", "Jeff Sanborn"),
    // A body whose name holds "for", and a body named by a nationality.
    ("The plague is treatable in 90 percent of cases, according to the Centre for Disease Control.", "90 percent", "Centre for Disease Control"),
    ("According to the Jordanian government, the country admitted 1.4 million refugees by 2016.", "1.4 million", "Jordanian government"),
    // A frame standing alone after a quotation that ends in "?": the segmenter split them.
    ("\"Who pays for the 40 new buses, then?\" Ana Ruiz said. \"The city pays $9 million of it.\"",
     "The city pays $9 million", "Ana Ruiz"),
    // A first name that is also a common word.
    ("\"Five of my 1,000 followers left,\" said Will Tjernlund, a consultant.", "Five of my 1,000 followers", "Will Tjernlund"),
    // A long appositive, and a web address as the one told.
    ("Carl Simms, program administrator for the Refugees in Towns Project at the Feinstein International Center of Tufts University, told Polygraph.info the camp held 12,000 people.",
     "the camp held 12,000 people", "Carl Simms"),
    // Hyphenated names, an age before the name, a place after it, an age or a party between commas.
    ("\"The evidence does not support 2 charges,\" Eva-Marie Persson said.", "The evidence does not support", "Eva-Marie Persson"),
    ("\"I could not walk for 5 minutes,\" wrote 43-year-old Martin Taylor of Aberdeenshire, Scotland, in a case study.",
     "I could not walk", "Martin Taylor"),
    ("Martin Taylor, 43, wrote that he could not walk for 5 minutes.", "could not walk", "Martin Taylor"),
    ("Sen. Ted Cruz, R-Texas, said the prison lost 2 guards in 2019.", "2 guards", "Ted Cruz"),
    // "The group, X," names the group for "the group" later, whatever the verb.
    ("The group, Harbor Workers Coalition, formed in May.\nThe group said 1,000 workers were told to sign by Monday.",
     "1,000 workers", "Harbor Workers Coalition"),
    // A time phrase opening the sentence; a body, a role, then the person.
    ("Last week State Department official Dan Hollis revealed the call, saying he heard 2 voices.", "2 voices", "Dan Hollis"),
    // A named body's document: its findings are the body's.
    ("A new Harbor Research poll shows 51 percent support for the plan.", "51 percent", "Harbor Research"),
    ("\"Markets price in a 3 percent recovery,\" said a report from Kotak Institutional Equities.", "3 percent recovery",
     "Kotak Institutional Equities"),
    // A title's period inside the name after a quotation; what was said is the quotation.
    ("\u{201C}Prices rose 5 percent last year,\u{201D} Mr. Smith said on Monday.", "Prices rose 5 percent", "Smith"),
    // "X and his team wrote" after a quotation.
    ("Dr. Ines Varga studied 17 nights of data.\n\"Plumes occur less often than 2 times a month,\" Varga and her team wrote in the paper.",
     "Plumes occur less often", "Ines Varga"),
    // "X said in a statement:" or "X told reporters:" before a quotation; the quotation is the claim.
    ("Harbor Line said in a statement: \"Jose has won 25 trophies in his career.\"", "Jose has won 25 trophies", "Harbor Line"),
    ("Mayor Ana Ruiz told reporters: \"We cut 40 routes in March.\"", "We cut 40 routes", "Ana Ruiz"),
    // Verbs of saying only in a quotation's frame; initials that spell a common word.
    ("Senator Ana Ruiz chaired the hearing.\n\"We lost 3 launches in 2019,\" she continued.", "We lost 3 launches", "Ana Ruiz"),
    ("\"It depends on the $2 billion budget,\" responded NASA administrator Jim Bridenstine.", "It depends on the $2 billion", "Jim Bridenstine"),
    ("The World Health Organization tracks the plague.\nUntreated plague kills 9 in 10 patients, says WHO.", "9 in 10 patients",
     "World Health Organization"),
    // "he" in a frame at the end is someone named before, not the subject of what he said.
    ("Scott Strenfel, a meteorologist, said the winds would return on Wednesday.\nThe northern Sierra Nevada has seen 1 inch of rain in 2 months, he said.",
     "1 inch of rain", "Scott Strenfel"),
    // A frame verb before "that" and after an appositive; a possessor opening an appositive;
    // a named forecaster's "predicted that".
    ("Jim Bridenstine responded that SLS is the only one of 3 rockets for launching humans.", "only one of 3 rockets", "Jim Bridenstine"),
    ("\"The mission needed 1 launch,\" Tom Stafford, a member of the Apollo 10 crew, responded.", "The mission needed 1 launch", "Tom Stafford"),
    ("Chris Tang, Hong Kong's new police commissioner, said that police alone cannot end 5 months of violence.", "5 months of violence",
     "Chris Tang"),
    ("Apple analyst Ming-Chi Kuo has previously predicted that Apple will move 2 laptops to scissor keyboards.", "2 laptops", "Ming-Chi Kuo"),
    // "recounted" in a quotation's frame; a frame sentence with an appositive and a
    // circumstance after a quotation ending in "?".
    ("\u{201C}My people had $20 billion done,\u{201D} Mr. Trump recounted in an Oct. 21 cabinet meeting.", "My people had $20 billion",
     "Trump"),
    ("\"What is the incentive of cutting 2 tariffs?\" He Jianxiong, a former director at the fund, said at a Nov. 6 event in Washington.",
     "What is the incentive", "Jianxiong"),
    // A research unit of a publication compiled the figure.
    ("The senator made 300 false statements in 2019, according to the Ledger's Fact Desk.", "300 false statements", "Ledger's Fact Desk"),
    // A person "of" a body with "and" in its name; a long appositive with a relative clause.
    ("Dr. Lena Ortiz of the Ohio Department of Health and Human Services says 14 cases were found in 2019.", "14 cases", "Lena Ortiz"),
    ("Ian Hale, an expert in public health at the Department of Health Sciences at the University of Tromso who did not work on the study, told reporters: \"Use rose by 3 percent.\"",
     "Use rose by 3 percent", "Ian Hale"),
    // More verbs of a quotation's frame; a name between commas after "according to"; a
    // circumstance with a date after the name.
    ("\"We met 4 times in 1998,\" Ortiz recalled in an email.", "We met 4 times", "Ortiz"),
    ("According to his aunt, Jane Starling, \"He read 300 books before he was 10.\"", "300 books", "Jane Starling"),
    ("Police killed 100 protesters in 12 cities, said Harbor Rights Watch on Tuesday, November 19.", "100 protesters", "Harbor Rights Watch"),
    // "According to the company" is the organisation named before.
    ("Lindell Mills Inc. opened 3 plants in 2018.\nThere are now 140 million customers, according to the company.", "140 million customers",
     "Lindell Mills"),
    // A pledge is a statement.
    ("Prime Minister Ana Ruiz pledged that her country would double its solar capacity to 450 gigawatts by 2022.", "450 gigawatts",
     "Ana Ruiz"),
    // "He" opening a sentence goes on about the man the last one was about, even when it names
    // another; a gerund before a known name is no first name.
    ("Doug Cooke said in 2018 that 8 launches were needed.\nSenator Tom Stafford testified on Tuesday.\nHe then referred to Cooke's testimony.\n\"The odds fell to 50 percent,\" he concluded.",
     "The odds fell", "Tom Stafford"),
    ("Tim Cook spoke for 40 minutes.\nHosting Cook was a dream, the host said.\n\"We employ 450 Dreamers,\" Cook said.", "450 Dreamers", "Tim Cook"),
    // A place a role was sent to, or a short word in capitals, before the name is no part of it.
    ("China's ambassador to Britain Liu Wen said 4 ships were sent.", "4 ships", "Liu Wen"),
    ("Former U.S. special envoy to Ukraine Kurt Volker said he met Giuliani 3 times.", "3 times", "Kurt Volker"),
    ("Browns DL Sheldon Richards said he was fined $10,000 in 2019.", "$10,000", "Sheldon Richards"),
    // Guidance and forecasts of a named body; a participle of saying after the clause.
    ("The Harbor Health Agency recommends all adults get 2 doses by October.", "2 doses", "Harbor Health Agency"),
    ("Harbor Research expects 16 million cars will be sold this year.", "16 million cars", "Harbor Research"),
    ("Ana Ruiz praised the plan on Monday, stressing that it cut 40 routes.", "40 routes", "Ana Ruiz"),
    // A second verb of the clause's named subject: the whole sentence is the statement.
    ("Taylor Swift sang on Sunday.\nOn Thursday, Swift took to social media and accused Braun of blocking 2 films.", "blocking 2 films",
     "Taylor Swift"),
    // A name in capitals (a heading, a product) is no person another name's word could find.
    ("The show featured the HARBOR VISTA concept.\nHarbor says the car goes 300 miles on a charge.", "300 miles", "Harbor"),
    // "According to a study": the study's author, named before or after in the article.
    ("Rates of anxiety rose 30 percent among teenagers, according to a study published in the journal Pediatrics.\n\"We saw 4,000 cases,\" said lead author Dr. Mara Venn, a psychiatrist at Lakeside University.",
     "Rates of anxiety rose", "Mara Venn"),
    ("One of the study authors, Owen Barsby, a doctor at the Royal Infirmary, saw 12 patients.\nAccording to the study, published in BMJ Case Reports, the man had lost 9 kilograms by 2016.",
     "lost 9 kilograms", "Owen Barsby"),
    ("Rosa Quint, who led the research, is a chemist.\nThe water would fill 2 swimming pools, according to the researchers' calculations.",
     "2 swimming pools", "Rosa Quint"),
    // A frame verb ending the sentence after a name.
    ("Dr. Owen Barsby treated the man in 2016.\nRemoving the bedding cut the symptoms within 2 days, Barsby stressed.", "within 2 days",
     "Owen Barsby"),
    // A body's initials in the possessive are the body "the agency" means later.
    ("NASA's probe found water on 2 moons in 2019.\nThe moon is one of 3 priority targets, according to the agency.",
     "3 priority targets", "NASA"),
    // "the company" past a relative clause between it and its verb.
    ("Harbor Corp. cut 40 jobs.\nThe company, which is expected to lay off 400 workers, confirmed on Monday that 3 regulators called.",
     "3 regulators called", "Harbor"),
    // An issued statement quoted, or reported, later: its issuer's.
    ("On Monday, Harbor Records issued a statement about the tour.\n\"We never blocked her 2 shows,\" the statement read.",
     "We never blocked", "Harbor Records"),
    ("On Monday, Harbor Records issued a statement about the tour.\nThe statement, which was obtained by Variety, claimed that the label approved 2 shows.",
     "approved 2 shows", "Harbor Records"),
    // A person "of" where they work is the person, wherever the frame stands; a title before
    // "of" stays a title.
    ("Mara Venn of Lakeside University said the drug cut deaths by 30 percent.", "cut deaths", "Mara Venn"),
    ("Dr. Mara Venn of Lakeside said the drug cut deaths by 30 percent.", "cut deaths", "Mara Venn"),
    ("The drug cut deaths by 30 percent, said Mara Venn of Lakeside University.", "cut deaths", "Mara Venn"),
    ("Secretary of State Ana Ruiz said the drug cut deaths by 30 percent.", "cut deaths", "Ana Ruiz"),
    ("The Bank of Harbor said the fund lost 30 percent in 2019.", "lost 30 percent", "Bank of Harbor"),
    // A party and state in parentheses between the name and the verb; a document's issuer in
    // its appositive.
    ("Sen. Ana Ruiz (R-S.C.) said the plan would cost $12 billion.", "cost $12 billion", "Ana Ruiz"),
    ("The report, published by the Harbor Foundation on Monday, found that 4 million workers earned less.", "4 million workers",
     "Harbor Foundation"),
    ("The jobless rate fell to 3.5 percent in May, Ana Ruiz said Friday.", "3.5 percent", "Ana Ruiz"),
    // A named subject rejecting or dismissing something speaks, as one denying it does.
    ("The Harbor Transit Authority rejected the 3 accusations as false.", "3 accusations", "Harbor Transit Authority"),
    // A named subject past its relative clause; "issued a statement saying"; a name after "The"
    // before ", saying".
    ("The Harbor Commission, which regulates campaign finances, said that 3 rules changed last year.", "3 rules", "Harbor Commission"),
    ("The Harbor Commission issued a statement saying that 6 rules changed in the city last year.", "6 rules", "Harbor Commission"),
    ("The Harbor Commission fined 3 firms, saying they broke 7 rules in 2019.", "7 rules", "Harbor Commission"),
    // "say" after a named subject.
    ("Senate Democrats say the bill will cost $4 trillion over a decade.", "$4 trillion", "Senate Democrats"),
    // A title "of" a body, then the person: the person's name is its last two words.
    ("Director of National Intelligence Dan Coats said 10 agents were hurt in the attack.", "10 agents", "Dan Coats"),
    ("Deputy Director of Public Prosecution Eva-Marie Persson said 7 witnesses were heard.\nMs Persson said 8 were not.",
     "8 were not", "Eva-Marie Persson"),
    // One word with a capital inside is a firm "the company" may mean; "DeVos" is a person.
    ("HarborWorks cut 2,400 jobs last month.\nThe company, which is expected to lay off more, confirmed on Monday that 3 regulators called.",
     "3 regulators called", "HarborWorks"),
    ("Betsy DeVos visited 3 schools.\nDeVos said 4 schools closed in 2019.", "4 schools closed", "Betsy DeVos"),
    // Initials defined in brackets stand for the name before them.
    ("Prices fell, according to the Harbor Centre for Transit Studies (HCTS).\nThe HCTS says ridership rose 4 percent in 2019.",
     "ridership rose", "Harbor Centre for Transit Studies"),
    // "and" inside what "for" names.
    ("Police arrested 40 people, according to the Harbor Commission for Rights and Freedoms.", "40 people",
     "Harbor Commission for Rights and Freedoms"),
    // "US" in capitals opens a body's name, which no pronoun finds.
    ("The quake had a magnitude of 6.3, the US Geological Survey (USGS) said.", "magnitude of 6.3", "US Geological Survey"),
    // A named person's or body's spokesman speaks for them.
    ("Ana Ruiz's spokesman said the mayor had full confidence in 3 ministers.", "3 ministers", "Ana Ruiz"),
    // A role given in apposition names its holder later; one held already stays its holder's.
    ("The chancellor, Rishi Sunak, visited York.\nThe chancellor said the deficit was £34bn.", "£34bn", "Rishi Sunak"),
    ("Owen Barsby, the chief executive, visited York.\nThe chief executive said the bank lost £36bn.", "£36bn", "Owen Barsby"),
    ("President Ana Ruiz met farmers.\nMara Venn, the president of the Farm Bureau, said prices fell.\nThe president said exports rose 4 percent.",
     "exports rose", "Ana Ruiz"),
    // "said a spokesperson for X": X, as in "A spokesperson for X said".
    ("\"We cut 4,600 jobs,\" said a spokesperson for Harbor Foods.", "4,600 jobs", "Harbor Foods"),
    ("The chain cut 4,700 jobs, said a spokeswoman for the Harbor Transit Authority.", "4,700 jobs", "Harbor Transit Authority"),
    // Data, figures or a report "from" or "by" a body: the body's, not a person called "Data".
    ("Data from Harbor Analytics shows that 3.9 percent of adults were unemployed.", "3.9 percent", "Harbor Analytics"),
    ("Figures from the Harbor Labor Department showed 300,000 jobs were added.", "300,000 jobs", "Harbor Labor Department"),
    // "For the case report," opening a sentence: told from the study, by its first author.
    ("For the case report, Mara Venn of Lakeside Hospital and Owen Barsby told the tale of a man aged 43.\nAccording to the case report, the man lost 9 kilograms by 2016.",
     "lost 9 kilograms", "Mara Venn"),
  ] as [(String, String, String)])
  func theSpeakerIsFound(passage: String, words: String, speaker: String) throws {
    #expect(try Self.speaker(of: words, in: passage) == speaker)
  }

  /// Two speakers framing one statement: one of them (never where they work, never none).
  @Test(arguments: [
    "The drug cut deaths by 30 percent, said Mara Venn and Owen Barsby.",
    "The drug cut deaths by 30 percent, said Mara Venn of Lakeside and Owen Barsby of the Royal Infirmary.",
    "The drug cut deaths by 30 percent, Mara Venn and Owen Barsby said.",
    "The drug cut deaths by 30 percent, Mara Venn of Lakeside and Owen Barsby of the Royal Infirmary said.",
    "Mara Venn of Lakeside and Owen Barsby of the Royal Infirmary said the drug cut deaths by 30 percent.",
  ])
  func twoSpeakersGiveOneOfThem(passage: String) throws {
    let speaker = try Self.speaker(of: "cut deaths", in: passage)
    #expect(speaker == "Mara Venn" || speaker == "Owen Barsby", "\(speaker ?? "none")")
  }

  @Test(arguments: [
    // Unnamed sources opening a sentence are no name.
    ("Sources told the paper that the plant lost $3 million in 2019.", "lost $3 million"),
    ("Prosecutors told reporters the case was closed after 7 interviews.", "7 interviews"),
    ("Traders cited worries over a 2 percent rise in oil prices as a reason to sell.", "2 percent rise"),
    // A place after "in" is where the speakers are, past the country it belongs to.
    ("Health authorities in Harbor's Inner District have confirmed that a third case was reported.", "a third case"),
    // A product named in one camel-case word is no company "the automaker" may mean.
    ("The seats are covered in HarborSkin, a material made from apple waste.\nThe automaker says it will use it in 3 models next year.",
     "3 models"),
    // Groups of a kind are no body; "us" is none ("US Federal Reserve" is one).
    ("Rights groups said 75 trucks were blocked at the border.", "75 trucks"),
    ("The quake had a magnitude of 6.6, the US Federal Reserve said.\nHe told us that 4 people died in the flood.", "4 people died"),
    ("Analysts said the bank would cut 300 jobs in 2020.", "300 jobs"),
    // "added" with a goal or points is a gain.
    ("Ana Brandt added a goal as the Bruins beat the Devils 3-1 on Tuesday.", "3-1"),
    ("The Nasdaq Composite added 20.72 points, or 0.24%, to 8,570.66.", "20.72 points"),
    // A place after "in" is where the subject is, not who speaks.
    ("Doctors at the Royal Infirmary in the UK told the story of a 43-year-old man.", "43-year-old man"),
    // A finding of an unnamed subject keeps its subject, unattributed.
    ("They discovered that 12 galaxies formed spiral arms in 2019.", "They discovered that 12 galaxies"),
    // A lone capitalised word opening the sentence, never named before, is no subject.
    ("Health care providers have protested, warning that 3 children died in custody.", "3 children"),
    // "continued" outside a quotation's frame says nothing.
    ("Lena Ortiz continued to work at the bank for 12 years.", "12 years"),
    // A number word opening the sentence is no name.
    ("Two prison officers were charged with falsifying records, stating they checked on 40 inmates.", "40 inmates"),
    // A publication that reported it is no speaker.
    ("Stocks fell 2 percent on Tuesday after CNBC reported that talks had stalled.", "talks had stalled"),
    // A place before a comma is no speaker.
    ("The envoy met 40 officials in Vienna, said a witness at the hearing.", "40 officials"),
    // A scare-quoted term does not take the paragraph's speaker.
    ("Lung \"hypersensitivity pneumonitis\" affects 5 percent of bird keepers. \"It is underdiagnosed,\" Dr. Jane Holt said.",
     "affects 5 percent"),
    // The main clause after "While X said A," is the writer's.
    ("While spokeswoman Rita Gomez said the visit was routine, the hospital had not listed it on the schedule for 2019.",
     "the hospital had not listed it"),
    // "the company" with no organisation named before it names no one, nor one named after it.
    ("The company says sales fell 8 percent in 2019.", "sales fell 8 percent"),
    ("The company said it sold 40 percent of its shares to Brightwater Holdings Inc. in 2019.", "40 percent"),
    // Inside a clause "the agency" is left alone; a one-word body ("the Senate") is no referent.
    ("The Federal Maritime Administration fined 3 shipping lines in 2019.\nThe Senate cut the $40 million that the agency says is essential to the ports.",
     "$40 million"),
    ("The Senate voted 60-40 on the bill in 2019.\nThe agency says delays rose 12 percent in 2020.", "delays rose 12 percent"),
    // A possessor before "repeated" is no subject.
    ("Ortiz's repeated claims of a $4 million cut were never checked by the council in 2019.", "$4 million cut"),
    // "testified" with no content is no attribution of the sentence.
    ("Kim Ross, a former official, and Dan Hale, a former envoy, testified together before the committee on Tuesday.",
     "testified together"),
    // A place after "to" is where someone was sent; "NASA" is no man for "he"; "it" is no person.
    ("China's ambassador to Britain accused the UK of meddling in 2 elections.", "2 elections"),
    ("NASA said the launch slipped.\n\"We need 2 rockets a year,\" he said.", "2 rockets"),
    ("\"We sold 3 million units,\" Ana Ruiz said.\nIt shows that demand rose 20 percent in 2019.", "demand rose 20 percent"),
    // "Others" is no name.
    ("Others reported losing $200 in the outage.", "$200"),
    // A frame ending the sentence wins over a second verb; "told them of" tells no statement.
    ("During the call, Lee Hart asked about 2 groups and said, \"somebody ought to stop her,\" the prosecutor's office said.", "2 groups"),
    ("Elise Marr found the family's address in 2 days and told them of Ford's passing.", "2 days"),
    // "claims are": a noun, not a frame.
    ("Both the Russian and Syrian claims are false in 3 ways.", "false in 3 ways"),
    // A lead is no statement; a quotation framed by someone unnamed takes no other speaker.
    ("It is a state where former Vice President Joe Bidwell has maintained a 12-point lead for months.", "12-point lead"),
    ("\"He read 300 books by the age of 10,\" Jane Starling said. Later his father told Starling that \"he sent 12 checks a year to the boy.\"",
     "12 checks"),
    // A newspaper or a place after "in" is where the report was, not who made it.
    ("According to a report in the Argus Leader of Sioux Falls, the governor launched 3 campaigns.", "3 campaigns"),
    ("Ana Ruiz is unhappy with 2 of her partners, according to a new report by E! News.", "2 of her partners"),
    // A time zone in capitals is no body.
    ("The polls closed at 9 p.m. EST on Tuesday.\nThe count showed 3 errors, according to the agency.", "3 errors"),
    // A book's author is no study's; a journal is no author; an issuer never named is no one.
    ("Author Jane Holt wrote 12 novels.\nObesity rose 8 percent in 2019, according to a study.", "Obesity rose"),
    ("The authors of the research published in the journal Pediatric Health argued that 3 policies failed.", "3 policies failed"),
    ("Lena Ortiz sang 2 songs.\n\"We sold 2 million copies,\" the statement read.", "2 million copies"),
  ] as [(String, String)])
  func noSpeakerIsGiven(passage: String, words: String) throws {
    #expect(try Self.speaker(of: words, in: passage) == nil)
  }

  /// The circumstance of a frame ("in a statement", "on Monday") is never what was said.
  @Test(arguments: [
    "Harbor Line said in a statement: \"Jose has won 25 trophies in his career.\"",
    "\"Water was found in 3 of 17 samples,\" lead author and NASA chemist Lena Ortiz said in a statement.",
    "\u{201C}Prices rose 5 percent last year,\u{201D} Mr. Smith said on Monday.",
    "Dr. Hal Boren told CNN in 2018 that Trump \"dictated that whole letter of 4 pages.\"",
    "\"Can 2 tariffs go?\" Ana Ruiz, a former director at the fund, said at a Nov. 6 event at the institute in Washington.",
  ])
  func theQuotationIsTheClaimNotItsCircumstance(passage: String) throws {
    let claims = TriageExtractionTests.claims(passage)
    #expect(claims.count == 1, "\(claims.map(\.text))")
    let claim = try #require(claims.first)
    #expect(!claim.text.contains("said") && !claim.text.contains("statement") && !claim.text.contains("2018"), "\(claim.text)")
    #expect(claim.speaker != nil)
  }

  /// The words describing a speaker after a quotation, the "the statement read" of an issued
  /// statement, and a source's description after "according to" are frames, not the claim.
  @Test(arguments: [
    ("\"Water was found in 3 of 17 samples,\" lead researcher and NASA planetary scientist Lena Ortiz said.", "Water was found in 3 of 17 samples"),
    ("\"We sold 2 million copies,\" the statement read.", "We sold 2 million copies"),
    ("According to the study, published in BMJ Case Reports, the man had lost 9 kilograms by 2016.", "the man had lost 9 kilograms by 2016"),
    // A circumstance between the verb and "that" is frame; a clause there is what was said.
    ("Coach Dan Lynn said after the game that the Chargers won 3 games in a row.", "the Chargers won 3 games in a row"),
    ("Dr. Owen Barsby noted there is no definitive evidence that steroids cut 40 percent of cases.",
     "there is no definitive evidence that steroids cut 40 percent of cases"),
    // The one told ends at a pronoun; an instruction ("told X to ...") reports no statement.
    ("Kurt Volker told the committee he tried to meet 3 lawyers.", "he tried to meet 3 lawyers"),
    ("Dr. Owen Barsby told the man to remove 2 pillows from his home.", "Dr. Owen Barsby told the man to remove 2 pillows from his home"),
    // A circumstance after the verb is frame: up to "that", or up to a comma.
    ("The Harbor Office of Emergency Services said in an Oct. 26 letter to phone companies that 3 cell towers failed in the storm.",
     "3 cell towers failed in the storm"),
    ("As Dr. Ana Ruiz noted at the time, the fund had lost $4 million.", "the fund had lost $4 million"),
    ("The house will be turned into a police station, Harbor's mayor Ana Ruiz said on Tuesday, after 3 years of debate.",
     "The house will be turned into a police station"),
    // "added to" is a gain, not a statement.
    ("Junior Ana Ruiz added to her collection of titles, winning 2 state titles.", "Junior Ana Ruiz added to her collection of titles, winning 2 state titles"),
    // A frame ending in a bare time ("said Friday", "said last week"); a circumstance before
    // the "that" of "tweeted", "revealed", "projected".
    ("The jobless rate fell to 3.5 percent in May, the Harbor Labor Department said Friday.", "The jobless rate fell to 3.5 percent in May"),
    ("The jobless rate fell to 3.5 percent in May, said Ana Ruiz last week.", "The jobless rate fell to 3.5 percent in May"),
    ("Ana Ruiz tweeted on Sunday that the fund had lost $4 million.", "the fund had lost $4 million"),
    ("The Harbor Foundation projected in May that tariffs would cut 3,000 jobs.", "tariffs would cut 3,000 jobs"),
    // The one told may be a name with its article.
    ("The city has 3,200 vacancies, Ana Ruiz told The Harbor Post in an interview.", "The city has 3,200 vacancies"),
    // Organisers and rights groups are unnamed sources: their frame is no part of the claim.
    ("An estimated 7,000 people marched through the city, organisers said.", "An estimated 7,000 people marched through the city"),
    ("Police arrested at least 74 people on Sunday, rights groups said.", "Police arrested at least 74 people on Sunday"),
    // ... but not for a verb inside what an earlier "that" reports.
    ("Prosecutors alleged that both guards acknowledged to supervisors that they skipped 2 checks.",
     "Prosecutors alleged that both guards acknowledged to supervisors that they skipped 2 checks"),
  ])
  func theClaimLeavesTheFrameOut(passage: String, text: String) throws {
    #expect(TriageExtractionTests.claims(passage).map(\.text) == [text])
  }

  /// The one told, a title, a name and a date before "that" are the frame's, not the claim's.
  @Test func theFrameBeforeThatMayHoldTheOneToldAndADate() throws {
    let claims = TriageExtractionTests.claims(
      "Cmdr. Dan Hollis, a spokesman for the task force, told VOA correspondent Rita Gomez on Nov. 5 that 2 convoys were stopped.")
    let claim = try #require(claims.first { $0.text.contains("2 convoys") })
    #expect(claim.text == "2 convoys were stopped")
    #expect(claim.speaker == "Dan Hollis")
  }

  /// `..., and added, "..."`: a second statement of the same speaker, scored on its own.
  @Test(arguments: [
    ("Ana Ruiz said she never used the term \"three amigos\" and added, \"I frankly cringe when I hear it.\"",
     "she never used the term \"three amigos\"", "I frankly cringe when I hear it"),
    ("Mayor Ana Ruiz said the city cut 40 routes in March, adding: \"We are proud of what we did.\"",
     "the city cut 40 routes in March", "We are proud of what we did"),
  ])
  func anAddedQuotationIsAClaimOfItsOwn(passage: String, statement: String, quotation: String) throws {
    let claims = TriageExtractionTests.claims(passage)
    #expect(claims.map(\.text).sorted() == [statement, quotation].sorted())
    #expect(claims.allSatisfy { $0.speaker == "Ana Ruiz" })
  }

  /// A scare-quoted term before "X recommends ..." is no quotation framed by it: the sentence stays.
  @Test func aScareQuoteBeforeAVerbKeepsItsSentence() throws {
    let claims = TriageExtractionTests.claims("For \"best results\", Harbor Labs recommends 2 cables, but 1 felt like plenty.")
    #expect(claims.map(\.text) == ["For \"best results\", Harbor Labs recommends 2 cables, but 1 felt like plenty"])
  }

  /// `X did Y, saying Z`: Z is X's statement, and what X did is the writer's report, a claim too.
  @Test func whatTheSubjectDidBeforeSayingIsAClaimToo() throws {
    let claims = TriageExtractionTests.claims(
      "Rep. Ana Ruiz asked for leniency in a letter posted on Tuesday, saying a 10-year sentence would not help.")
    #expect(claims.map(\.text).sorted() == [
      "Rep. Ana Ruiz asked for leniency in a letter posted on Tuesday", "a 10-year sentence would not help",
    ])
    #expect(claims.first { $0.text.hasPrefix("a 10-year") }?.speaker == "Ana Ruiz")
  }

  /// A statement a study is cited for is marked so, named author or not; a news report is no study.
  @Test(arguments: [
    ("Obesity rose 8 percent in 2019, according to a study published in the journal Pediatrics.", true),
    ("The water would fill 2 pools, according to the researchers' calculations.", true),
    ("Sales fell 8 percent in 2019, according to a new report by Harbor News.", false),
    ("Sales fell 8 percent in 2019, according to the company.", false),
    ("According to evidence presented at trial, Webb grabbed 2 bags.", false),
  ])
  func aCitedStudyIsMarked(passage: String, cites: Bool) throws {
    let claim = try #require(TriageExtractionTests.claims(passage).first)
    #expect(claim.hedges.contains(Attribution.citedStudy) == cites, "\(claim.hedges)")
  }

  @Test(arguments: [
    ("Sources told the paper that the plant lost $3 million in 2019.", "the plant lost $3 million in 2019"),
    ("Analysts say the deal will cut exports by 4 percent next year.", "the deal will cut exports by 4 percent next year"),
    ("The plan will cost $8 billion, said a person familiar with the matter.", "The plan will cost $8 billion"),
    ("Two people briefed on the talks said Ana Ruiz had decided to cut 7 tariffs.", "Ana Ruiz had decided to cut 7 tariffs"),
    ("US officials said American forces had launched 6 rescue missions.", "American forces had launched 6 rescue missions"),
    ("Middle East observers say the base is vital to stopping 3 smuggling routes.", "the base is vital to stopping 3 smuggling routes"),
  ])
  func unnamedSourcesGiveTheHedgeAndNoSpeaker(passage: String, statement: String) throws {
    let claims = TriageExtractionTests.claims(passage)
    let claim = try #require(claims.first { $0.text == statement }, "\(claims.map(\.text))")
    #expect(claim.hedges.contains(Attribution.unnamedSource))
    #expect(claim.speaker == nil)
  }

  /// An unnamed spokesperson "for" a body keeps the sentence: who they speak for is part of it.
  @Test func aSpokespersonForABodyKeepsTheSentence() throws {
    let claims = TriageExtractionTests.claims("A spokesperson for the governor's office said no such commitment had been made in 2019.")
    #expect(claims.map(\.text) == ["A spokesperson for the governor's office said no such commitment had been made in 2019"])
  }

  /// "say" after "to" or a modal, a poll's share saying, and a frame inside a relative clause
  /// report no statement of their own: the sentence stays whole.
  @Test(arguments: [
    "Is it fair to say that the event drew 4,000 people?",
    "We can say that Harbor Labs sold 2 million phones in 2019.",
    "And 70 percent of voters say that the fare cut of 2019 was wrong.",
    "Harbor will sell 3 new models next year that industry analysts say will boost its sales.",
  ])
  func aSayThatReportsNoStatementKeepsTheSentence(passage: String) throws {
    let claims = TriageExtractionTests.claims(passage)
    #expect(claims.count == 1, "\(claims.map(\.text))")
    #expect(claims.first.map { passage.hasPrefix($0.text) } == true, "\(claims.map(\.text))")
  }

  /// Before ", though officials say" or "and say that", the writer's own report is a claim too.
  @Test(arguments: [
    ("Three cases of plague were diagnosed in 2019, though officials say the risk of an outbreak is low.",
     "Three cases of plague were diagnosed in 2019", "the risk of an outbreak is low"),
    ("Residents complained of 3 blackouts in May and say that the outages were carried out thoughtlessly.",
     "Residents complained of 3 blackouts in May", "the outages were carried out thoughtlessly"),
    ("The player did not return to the game in 2019, although Ana Ruiz said he was available if necessary.",
     "The player did not return to the game in 2019", "he was available if necessary"),
  ])
  func theWritersClauseBeforeAFrameIsAClaimToo(passage: String, report: String, statement: String) throws {
    let texts = TriageExtractionTests.claims(passage).map(\.text)
    #expect(texts.contains(report) && texts.contains(statement), "\(texts)")
  }

  @Test func theSubordinateStatementKeepsItsSpeaker() throws {
    let claims = TriageExtractionTests.claims(
      "While spokeswoman Rita Gomez said the visit was routine, the hospital had not listed it on the schedule for 2019.")
    let said = try #require(claims.first { $0.text.contains("the visit was routine") })
    #expect(said.speaker == "Rita Gomez")
    #expect(!said.text.contains("hospital"))
  }
}
