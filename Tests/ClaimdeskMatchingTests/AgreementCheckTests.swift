import Testing
@testable import ClaimdeskMatching

@Suite struct AgreementCheckTests {
  let check = AgreementCheck()

  @Test func differentPercentIsADifferentFigure() {
    let a = check.compare(query: "Unemployment rose 5% last year", candidate: "Unemployment rose 7% last year")
    #expect(a.figuresDiffer)
    #expect(a.conflicts.first?.description == "5% vs 7%")
  }

  @Test func sameFigureWrittenDifferentlyAgrees() {
    #expect(!check.compare(query: "rose 5 percent", candidate: "rose 5%").figuresDiffer)
    #expect(!check.compare(query: "cost $1.5 million", candidate: "cost $1,500,000").figuresDiffer)
    #expect(check.compare(query: "rose 5%", candidate: "it rose 5%").sharedFigures.count == 1)
  }

  @Test func yearsAndDatesAreCompared() {
    #expect(check.compare(query: "the 2016 election", candidate: "the 2020 election").figuresDiffer)
    #expect(check.compare(query: "fries on May 18", candidate: "fries on 31 May").figuresDiffer)
    #expect(!check.compare(query: "fries on May 18th", candidate: "fries on 18 May").figuresDiffer)
  }

  @Test func aFigureOnOneSideOnlyIsNoConflict() {
    #expect(!check.compare(query: "Congress earned money while debating", candidate: "members earned $100,000").figuresDiffer)
  }

  @Test func countsAreNotComparedByDefault() {
    #expect(!check.compare(query: "174 Democrats voted", candidate: "170 Democrats voted").figuresDiffer)
    let strict = AgreementCheck(comparedKinds: [.count])
    #expect(strict.compare(query: "174 Democrats voted", candidate: "170 Democrats voted").figuresDiffer)
    #expect(!strict.compare(query: "eleven Marines", candidate: "11 Marines").figuresDiffer)
  }

  @Test func entityCoverageCountsCandidateNamesInQuery() {
    let a = check.compare(query: "Ilhan Omar said Iran could attack", candidate: "Rep. Ilhan Omar gave advice to Iran.")
    #expect(a.entityCoverage == 1)
    #expect(check.compare(query: "Biden said it", candidate: "Donald Trump said it").entityCoverage == 0)
  }
}

/// A change stated as a factor is a figure: "doubled" and "tripled" do not agree.
@Suite struct FactorFigureTests {
  @Test func doubledAndTripledConflictButDoubledAndDoublingAgree() {
    let check = AgreementCheck()
    #expect(check.compare(query: "Crime has tripled since 2019", candidate: "Crime doubled since 2019").figuresDiffer)
    #expect(!check.compare(query: "Crime is doubling", candidate: "Crime has doubled").figuresDiffer)
    #expect(!check.compare(query: "Crime has doubled", candidate: "Crime rose sharply").figuresDiffer)
    #expect(FigureExtractor().figures(in: "Rents halved").map(\.value) == [0.5])
  }
}
