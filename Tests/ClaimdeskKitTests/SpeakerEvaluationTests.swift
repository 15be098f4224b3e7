import ClaimdeskExtraction
import Foundation
import Testing
@testable import ClaimdeskKit

/// `claimdesk eval speakers`: labels find their unit by digest, else by their sentence's, and
/// speakers compare as in `eval triage`.
@Suite struct SpeakerEvaluationTests {
  static let page = Array("""
    <html><head><title>Fares</title></head><body><article>
    <p>Mayor Ana Ruiz said the city lost 300 bus drivers in 2019.</p>
    <p>"We cut 40 routes in March," Ruiz said.</p>
    <p>The council voted 7-2 on Tuesday to cut fares from $2.75 to $1.50.</p>
    </article></body></html>
    """.utf8)

  static func digest(_ text: String) -> String { NewsUnitLabel.digest(text) }

  @Test func countsRightMissedSpuriousWrongAndNotFound() throws {
    let labels = [
      // The reported content, found by its digest: right.
      NewsSpeakerLabel(page: "p", unit: Self.digest("the city lost 300 bus drivers in 2019"), sentence: Self.digest("x"), speaker: "Ana Ruiz"),
      // A unit cut differently since labelling, found by its sentence: wrong.
      NewsSpeakerLabel(
        page: "p", unit: Self.digest("a unit no longer made"), sentence: Self.digest("\"We cut 40 routes in March,\" Ruiz said."),
        speaker: "Bo Lee"),
      // The writer's own reporting, labelled with a speaker: missed.
      NewsSpeakerLabel(
        page: "p", unit: Self.digest("The council voted 7-2 on Tuesday to cut fares from $2.75 to $1.50"), sentence: Self.digest("x"),
        speaker: "Harbor Council"),
      // Neither digest known.
      NewsSpeakerLabel(page: "p", unit: Self.digest("gone"), sentence: Self.digest("gone too"), speaker: nil),
    ]
    let result = try SpeakerEvaluation.run(labels: labels, scorer: CheckWorthinessModel.shipped) { _ in Self.page }
    #expect(result.pages == 1 && result.units == 4 && result.notFound == 1 && result.right == 1)
    #expect(result.misses.map(\.what) == ["wrong", "missed"])
    #expect(result.misses[0].given == "Ana Ruiz" && result.misses[0].labelled == "Bo Lee")
  }

  @Test(arguments: [
    ("{\"page\": \"p\", \"unit\": \"0123456789abcdef\", \"sentence\": \"fedcba9876543210\", \"speaker\": \"Ana Ruiz\"}", nil),
    ("{\"page\": \"p\", \"unit\": \"0123456789abcdef\", \"speaker\": null}",
     "s.jsonl:1: no 16-digit \"sentence\" digest; each line must be {\"page\", \"unit\", \"sentence\", \"speaker\"}"),
    ("{\"page\": \"p\", \"unit\": \"0123456789abcdef\", \"sentence\": \"fedcba9876543210\", \"speaker\": 3}",
     "s.jsonl:1: \"speaker\" must be a name or null; each line must be {\"page\", \"unit\", \"sentence\", \"speaker\"}"),
  ] as [(String, String?)])
  func labelLinesAreCheckedOneByOne(_ line: String, _ error: String?) {
    do {
      let labels = try NewsSpeakerLabel.parse(jsonLines: line + "\n", path: "s.jsonl")
      #expect(error == nil && labels.first?.speaker == "Ana Ruiz" && labels.first?.sentence == "fedcba9876543210")
    } catch let failure as ExtractionError {
      #expect("\(failure)" == error)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }
}
