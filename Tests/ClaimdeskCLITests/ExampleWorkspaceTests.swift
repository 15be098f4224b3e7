import ClaimdeskTestSupport
import Foundation
import Testing

/// The golden files: replays examples/steps in a temporary workspace and compares every file
/// with the recorded claims/ and reports/ at the top of the repository. Re-record with
/// `examples/record` when a change is meant to alter them, and review the diff.
@Suite struct ExampleWorkspaceTests {
  static let environment = [
    "SOURCE_DATE_EPOCH": "1710288000", "CLAIMDESK_ACTOR": "Claimdesk example", "CLAIMDESK_VERSION": "0.1.0",
  ]

  /// Words of one step, split like xargs: blanks separate, single or double quotes group.
  static func words(_ line: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quote: Character?
    var inWord = false
    for character in line {
      if let open = quote {
        if character == open { quote = nil } else { current.append(character) }
      } else if character == "\"" || character == "'" {
        quote = character
        inWord = true
      } else if character == " " || character == "\t" {
        if inWord { words.append(current) }
        current = ""
        inWord = false
      } else {
        current.append(character)
        inWord = true
      }
    }
    if inWord { words.append(current) }
    return words
  }

  @Test(arguments: [
    ("mark 41d01f verified --note \"the new $2.00 fare\"", ["mark", "41d01f", "verified", "--note", "the new $2.00 fare"]),
    ("note a 'it''s'  x", ["note", "a", "its", "x"]),
  ])
  func stepsSplitLikeXargs(line: String, expected: [String]) {
    #expect(Self.words(line) == expected)
  }

  @Test func replayingTheStepsGivesTheRecordedFiles() async throws {
    let root = TestData.packageRoot.path
    let steps = try String(contentsOfFile: root + "/examples/steps", encoding: .utf8)
    let workspace = try TestData.temporaryDirectory("example").path
    for line in steps.split(separator: "\n").map(String.init) where !line.isEmpty && !line.hasPrefix("#") {
      let arguments = Self.words(line).map { $0.replacingOccurrences(of: "$WORKSPACE", with: workspace) }
      let result = await CLIHarness.run(arguments + ["--workspace", workspace], in: root, environment: Self.environment)
      try #require(result.status == 0, "claimdesk \(line) failed: \(result.stderr)")
    }
    let recorded = try Self.files(under: root, in: ["claims", "reports"])
    let replayed = try Self.files(under: workspace, in: ["claims", "reports"])
    #expect(recorded.keys.sorted() == replayed.keys.sorted(), "files differ: run examples/record and review git diff")
    for (path, bytes) in replayed.sorted(by: { $0.key < $1.key }) where recorded[path] != nil {
      #expect(recorded[path] == bytes, "\(path) differs from the recorded file: run examples/record and review git diff")
    }
  }

  /// Relative path -> contents of every file under the given folders, without the git-ignored
  /// derived files (index, lock, verified mark).
  static func files(under root: String, in folders: [String]) throws -> [String: Data] {
    var result: [String: Data] = [:]
    for folder in folders {
      let base = root + "/" + folder
      guard let walker = FileManager.default.enumerator(atPath: base) else { continue }
      for case let path as String in walker {
        let full = base + "/" + path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
        if folder == "claims" && (path == "index" || path == ".lock" || path == "verified" || path.hasPrefix("index.tmp")) { continue }
        result[folder + "/" + path] = try Data(contentsOf: URL(fileURLWithPath: full))
      }
    }
    return result
  }
}
