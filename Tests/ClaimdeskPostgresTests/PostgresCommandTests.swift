import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskLedger
@testable import ClaimdeskPostgres

/// The `claimdesk` executable on a database workspace, as people and scripts use it.
@Suite struct PostgresCommandTests {
  /// init --ledger, then the commands of a day's work, each as its own process.
  @Test(.requires(.postgres)) func everyCommandWorksOnADatabaseWorkspace() throws {
    let url = try emptyLedgerDatabase()
    let root = try TestData.temporaryDirectory("pg-cli").path
    #expect(try claimdesk(["init", "--ledger", url, root]).status == 0)
    #expect(!FileManager.default.fileExists(atPath: root + "/claims/ledger.jsonl"))
    let article = root + "/article.md"
    try "# Fares\n\nThe mayor said bus fares rose 12% in 2024, the steepest rise since 1990.\n"
      .write(toFile: article, atomically: true, encoding: .utf8)
    #expect(try claimdesk(["check", article, "--workspace", root]).status == 0)
    let added = try claimdesk(["add", "Unemployment fell to 3.9% last year.", "--workspace", root])
    #expect(added.status == 0, "\(added.stderr)")
    let list = try claimdesk(["list", "--json", "--workspace", root])
    #expect(list.status == 0 && list.stdout.contains("Unemployment fell to 3.9%"))
    let id = try #require(list.stdout.range(of: #""id":"([0-9a-f]{6,})"#, options: .regularExpression).map { String(list.stdout[$0].dropFirst(6).dropLast()) })
    #expect(try claimdesk(["show", id, "--workspace", root]).status == 0)
    #expect(try claimdesk(["mark", id, "in-progress", "--workspace", root]).status == 0)
    #expect(try claimdesk(["export", "--format", "csv", "--workspace", root]).status == 0)
    let verify = try claimdesk(["ledger", "verify", "--workspace", root])
    let name = try LedgerDatabaseURL(url).description
    #expect(verify.status == 0 && verify.stdout.hasPrefix(name + ": ok:"), "\(verify.stdout)")
    let pulled = root + "/pulled/claims"
    #expect(try claimdesk(["ledger", "pull", pulled, "--workspace", root]).status == 0)
    #expect(try Ledger(claimsDirectory: pulled).verify().events == (try PostgresLedgerStore.open(LedgerDatabaseURL(url)).head()?.seq))
  }

  @Test func anUnreachableDatabaseIsExit69OnOneLine() throws {
    let root = try TestData.temporaryDirectory("pg-cli-down").path
    let result = try claimdesk(["init", "--ledger", "postgres://desk@127.0.0.1:1/claims", root])
    #expect(result.status == 69)
    #expect(result.stderr.hasPrefix("claimdesk: error: cannot reach the ledger database") && result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
  }

  /// 16 processes add 40 claims each (one batch per process, then one of matches) to one
  /// database at once: every claim lands, in one chain that verifies.
  @Test(.requires(.postgres)) func sixteenProcessesAppendingAtOnce() throws {
    let url = try emptyLedgerDatabase()
    var processes: [Process] = []
    for p in 0..<16 {
      // Each its own workspace folder, as on its own machine.
      let root = try TestData.temporaryDirectory("pg-cli-\(p)").path
      #expect(try claimdesk(["init", "--ledger", url, root]).status == 0)
      let file = root + "/claims.txt"
      try (0..<40).map { "Process \(p) says figure \($0) rose by \($0 + 1)%." }.joined(separator: "\n")
        .write(toFile: file, atomically: true, encoding: .utf8)
      processes.append(try start(["add", "--from", file, "--workspace", root]))
    }
    for process in processes {
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
    }
    let report = try Ledger(store: PostgresLedgerStore.open(LedgerDatabaseURL(url)), derivedFilesIn: try TestData.temporaryDirectory("pg-cli-v").path).verify()
    // Each process then records what its claims repeat of the others' (`claim.matched`).
    #expect(report.claims == 640 && report.events >= 640)
  }

  /// 16 processes, each with its own workspace folder (as on its own machine), append 200
  /// events each, one per transaction, all at once (postgres-bench's writer mode, which prints
  /// each event as its commit returns): every acknowledged event is in the database with its
  /// hash, the 3,201 events form one chain (the seqs are the table's key: no fork) and verify
  /// passes.
  @Test(.requires(.postgres)) func sixteenProcessesTimesTwoHundredSingleAppends() throws {
    let url = try emptyLedgerDatabase()
    let first = try TestData.temporaryDirectory("pg-cli-w").path
    #expect(try claimdesk(["init", "--ledger", url, first]).status == 0)
    #expect(try claimdesk(["add", "Fares rose 5% in 2026.", "--workspace", first]).status == 0)
    let list = try claimdesk(["list", "--json", "--workspace", first])
    let claim = try #require(list.stdout.range(of: #""id":"([0-9a-f]{6,})"#, options: .regularExpression).map { String(list.stdout[$0].dropFirst(6).dropLast()) })
    var writers: [(process: Process, output: String)] = []
    for p in 0..<16 {
      let root = try TestData.temporaryDirectory("pg-cli-w\(p)").path
      #expect(try claimdesk(["init", "--ledger", url, root]).status == 0)
      let output = root + "/acknowledged.txt"
      FileManager.default.createFile(atPath: output, contents: nil)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: Self.executable("postgres-bench"))
      process.arguments = ["--append", "200", root, claim]
      process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
      try process.run()
      writers.append((process, output))
    }
    var acknowledged: [Int: String] = [:]
    for writer in writers {
      writer.process.waitUntilExit()
      #expect(writer.process.terminationStatus == 0)
      for line in try String(contentsOfFile: writer.output, encoding: .utf8).split(separator: "\n") {
        let parts = line.split(separator: " ")
        #expect(acknowledged.updateValue(String(parts[1]), forKey: Int(parts[0])!) == nil, "seq \(parts[0]) acknowledged twice")
      }
    }
    #expect(acknowledged.count == 3200)
    let rows = try TestPostgres.psql(url, "SELECT seq, hash FROM claimdesk_events").split(separator: "\n")
      .map { $0.split(separator: "|").map(String.init) }
    let stored = Dictionary(uniqueKeysWithValues: rows.map { (Int($0[0])!, $0[1]) })
    #expect(acknowledged.allSatisfy { stored[$0.key] == $0.value })
    let report = try Ledger(store: PostgresLedgerStore.open(LedgerDatabaseURL(url)), derivedFilesIn: try TestData.temporaryDirectory("pg-cli-v").path).verify()
    #expect(report.events == 3201 && stored.count == 3201)
  }

  /// A fresh database holding an empty ledger, pushed from a new file workspace.
  static func emptyLedgerDatabase() throws -> String {
    let url = try TestPostgres.freshDatabase()
    let seed = try TestData.temporaryDirectory("pg-cli-seed").path
    #expect(try claimdesk(["init", seed]).status == 0)
    #expect(try claimdesk(["ledger", "push", url, "--workspace", seed]).status == 0)
    return url
  }

  private func emptyLedgerDatabase() throws -> String { try Self.emptyLedgerDatabase() }

  private func claimdesk(_ arguments: [String]) throws -> TestProcess { try Self.claimdesk(arguments) }

  /// The executable as a person runs it; seen-before by words alone (no model load per process).
  static func claimdesk(_ arguments: [String]) throws -> TestProcess {
    try TestProcess.run(executable, arguments, environment: ["CLAIMDESK_ACTOR": "tester", "CLAIMDESK_MODEL": "none"])
  }

  private func start(_ arguments: [String]) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.executable)
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["CLAIMDESK_ACTOR"] = "tester"
    environment["CLAIMDESK_MODEL"] = "none"
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  /// The executable sits beside the test bundle in the build folder.
  static var executable: String { executable("claimdesk") }

  private static func executable(_ name: String) -> String {
    var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
    while folder.pathExtension == "xctest" || folder.path.contains(".xctest/") { folder.deleteLastPathComponent() }
    return folder.appendingPathComponent(name).path
  }
}
