import ClaimdeskExtraction
import Foundation
import Testing
@testable import ClaimdeskKit

@Suite struct NewsAdaptationSetTests {
  static let page = Array("""
    <html><head><title>Fares</title></head><body><article>
    <p>The council voted 7-2 on Tuesday to cut fares from $2.75 to $1.50.</p>
    <p>It was a lovely day at the depot.</p>
    <p>Ridership fell by 31 percent since 2019, the agency said.</p>
    </article></body></html>
    """.utf8)

  static func units() throws -> [ExtractedClaim] {
    var options = ExtractionOptions()
    options.minimumScore = 0
    options.dryRun = true
    return try Workbench.read(page, origin: "p", options: options, scorer: CheckWorthinessModel.shipped).claims.map(\.claim)
  }

  @Test func labelledUnitsBecomeExamplesStartingFromTheirScore() throws {
    let units = try Self.units()
    #expect(units.count == 3)
    let labels = [
      NewsUnitLabel(page: "p", unit: NewsUnitLabel.digest(units[0].text), label: .claim),
      NewsUnitLabel(page: "p", unit: NewsUnitLabel.digest(units[1].text), label: .nonClaim),
      NewsUnitLabel(page: "p", unit: NewsUnitLabel.digest(units[2].text), label: .unsure),
      NewsUnitLabel(page: "p", unit: NewsUnitLabel.digest("a unit the extractor no longer makes"), label: .claim),
    ]
    let set = try NewsAdaptationSet.build(labels, scorer: .shipped) { id in
      #expect(id == "p")
      return Self.page
    }
    #expect(set.examples.count == 2 && set.unsure == 1 && set.unmatched == 1)
    let first = set.examples[0]
    #expect(first.text == units[0].text && first.isCheckWorthy && first.group == "p")
    #expect(abs(1 / (1 + exp(-first.offset)) - units[0].score) < 1e-9)
    // The sentence before is what the scorer saw: the first unit has none, the second the first sentence.
    #expect(first.previous == nil)
    #expect(set.examples[1].previous?.hasPrefix("The council voted 7-2") == true && !set.examples[1].isCheckWorthy)
  }

  @Test(arguments: [
    ("{\"page\": \"p\", \"unit\": \"0123456789abcdef\", \"label\": \"claim\"}", nil),
    ("{\"unit\": \"0123456789abcdef\", \"label\": \"claim\"}", "labels.jsonl:1: no \"page\" string; each line must be {\"page\", \"unit\", \"label\"}"),
    ("{\"page\": \"p\", \"unit\": \"0123\", \"label\": \"claim\"}", "labels.jsonl:1: no 16-digit \"unit\" digest; each line must be {\"page\", \"unit\", \"label\"}"),
    ("{\"page\": \"p\", \"unit\": \"0123456789abcdef\", \"label\": \"maybe\"}", "labels.jsonl:1: \"label\" must be one of claim, non-claim, furniture, unsure; each line must be {\"page\", \"unit\", \"label\"}"),
  ] as [(String, String?)])
  func labelLinesAreCheckedOneByOne(_ line: String, _ error: String?) {
    do {
      let labels = try NewsUnitLabel.parse(jsonLines: "\n" + line + "\n", path: "labels.jsonl")
      #expect(error == nil && labels == [NewsUnitLabel(page: "p", unit: "0123456789abcdef", label: .claim)])
    } catch let failure as ExtractionError {
      #expect("\(failure)" == error?.replacingOccurrences(of: ":1:", with: ":2:"))
    } catch {
      Issue.record("unexpected \(error)")
    }
  }
}
