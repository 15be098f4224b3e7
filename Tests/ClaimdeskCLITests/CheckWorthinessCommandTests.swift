import ClaimdeskKit
import ClaimdeskTestSupport
import Foundation
import Testing

@testable import ClaimdeskCLI
@testable import ClaimdeskExtraction

@Suite struct CheckWorthinessCommandTests {
  private func formatted(_ score: Double) -> String { String(format: "%.4f", score) }

  @Test func scorePrintsOneScorePerLineInOrder() async {
    let lines = ["Taxes rose 12% since 2010.", "", "Thank you very much."]
    let result = await CLIHarness.run(["score", "-"], stdin: lines.joined(separator: "\n") + "\n")
    let expected = lines.map { formatted(CheckWorthinessModel.shipped.score($0, previous: nil)) }
    #expect(result.status == 0)
    #expect(result.stdout == expected.joined(separator: "\n") + "\n")
  }

  @Test func scoreWithContextUsesThePreviousLine() async {
    let lines = ["Did taxes rise 3% in 2019?", "Yes."]
    let result = await CLIHarness.run(["score", "--context"], stdin: lines.joined(separator: "\r\n"))
    let model = CheckWorthinessModel.shipped
    let expected = [model.score(lines[0], previous: nil), model.score(lines[1], previous: lines[0])]
    #expect(result.stdout == expected.map(formatted).joined(separator: "\n") + "\n")
  }

  @Test func scoreOfMissingFileIsNoInput() async {
    let result = await CLIHarness.run(["score", "/nonexistent/sentences.txt"])
    #expect(result.status == 66)
    #expect(result.stderr.hasPrefix("claimdesk: error: cannot read '/nonexistent/sentences.txt'"))
  }

  /// A toy CT24 file: numbers and change verbs are check-worthy, thanks are not.
  private func writeToyData(in folder: URL) throws -> (ct24: String, clef: String) {
    var ct24 = "Sentence_id\tText\tclass_label\n"
    for i in 0..<40 {
      ct24 += "\(2 * i)\tTaxes rose \(i + 3)% since \(1990 + i % 20).\tYes\n"
      ct24 += "\(2 * i + 1)\tThank you so much, friend number \(i).\tNo\n"
    }
    let clef = folder.appendingPathComponent("clef")
    try FileManager.default.createDirectory(at: clef, withIntermediateDirectories: true)
    for file in 0..<3 {
      var text = ""
      for i in 0..<10 {
        text += "\(2 * i + 1)\tA\tGood evening, everyone \(file).\t0\n"
        text += "\(2 * i + 2)\tB\tSpending fell \(i + file)% in \(2000 + i).\t1\n"
      }
      try Data(text.utf8).write(to: clef.appendingPathComponent("t\(file).tsv"))
    }
    let ct24Path = folder.appendingPathComponent("train.tsv").path
    try Data(ct24.utf8).write(to: URL(fileURLWithPath: ct24Path))
    return (ct24Path, clef.path)
  }

  @Test func trainIsReproducibleAndEvalReports() async throws {
    let folder = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let data = try writeToyData(in: folder)
    var outputs: [String] = []
    for name in ["a.swift", "b.swift"] {
      let result = await CLIHarness.run(["train", "--data", data.ct24, "--out", name, "--seed", "3"], in: folder.path)
      #expect(result.status == 0)
      #expect(result.stdout.hasSuffix("wrote \(name)\n"))
      outputs.append(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
    }
    #expect(outputs[0] == outputs[1])
    #expect(outputs[0].contains("static let shippedEncoding = \"\"\""))

    let eval = await CLIHarness.run(["eval", "checkworthiness", "--data", data.ct24])
    #expect(eval.status == 0)
    #expect(eval.stdout.hasPrefix("train.tsv: 80 sentences, 40 check-worthy; shipped model, threshold 0.5\n  precision"))
    #expect(eval.stdout.contains("  average precision  "))

    let lofo = await CLIHarness.run(["eval", "checkworthiness", "--data", data.clef, "--ct24", data.ct24])
    #expect(lofo.status == 0)
    #expect(lofo.stdout.hasPrefix("leave-one-file-out on 3 CLEF 2019 files"))
    let map = lofo.stdout.split(separator: "\n").first { $0.hasPrefix("MAP") }?.split(separator: " ")
    #expect(map?.count == 3)
    #expect(map?.dropFirst().allSatisfy { Double($0) == 1.0 } == true)
  }

  @Test func trainOnBadDataIsDataError() async throws {
    let folder = try TestData.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("1\tA\ttext\tmaybe\n".utf8).write(to: folder.appendingPathComponent("bad.tsv"))
    let result = await CLIHarness.run(["train", "--data", "bad.tsv", "--out", "x.swift"], in: folder.path)
    #expect(result.status == 65)
    #expect(result.stderr.contains("record 1: label 'maybe' is not 0 or 1"))
  }
}
