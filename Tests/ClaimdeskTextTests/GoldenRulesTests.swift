import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskSupport
@testable import ClaimdeskText

/// The 52 English "Golden Rules" of sentence boundary detection (pragmatic_segmenter), scored as
/// the data's README says: strip each segment, drop empty ones, the list must equal `expected`.
@Suite struct GoldenRulesTests {
  static func segments(_ input: String, unwrap: Bool) throws -> [String] {
    let document = try DocumentReader.read(Array(input.utf8), origin: "rule", format: .text, unwrap: unwrap)
    return SentenceSplitter.split(document)
      .map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
  }

  @Test(.requires(.sharedData)) func passesAtLeastFiftyOfFiftyTwo() throws {
    let json = try Data(contentsOf: TestData.shared("sbd/golden_rules_en.json"))
    guard let rules = try JSONParser.parse([UInt8](json)).arrayValue else {
      Issue.record("golden_rules_en.json is not an array")
      return
    }
    var passed = 0
    var failures: [String] = []
    for rule in rules {
      let input = rule["input"]?.stringValue ?? ""
      let expected = rule["expected"]?.arrayValue?.compactMap(\.stringValue) ?? []
      let unwrap = rule["options"]?["doc_type"]?.stringValue == "pdf"
      let got = try Self.segments(input, unwrap: unwrap)
      if got == expected {
        passed += 1
      } else {
        failures.append("#\(rule["id"]?.intValue ?? 0): \(got)")
      }
    }
    print("GoldenRulesTests: passed \(passed) of \(rules.count) English golden rules")
    for failure in failures { print("  failed \(failure)") }
    #expect(rules.count == 52)
    #expect(passed >= 50)
  }
}
