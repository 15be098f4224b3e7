import ClaimdeskTestSupport
import Foundation
import Testing

@Suite struct AssignAndUsersCommandTests {
  @Test func assignThenListAssigned() async throws {
    let root = try await LedgerCommandTests.workspace()
    let add = await CLIHarness.run(["add", "Crime rose 40 percent in 2023."], in: root)
    #expect(add.status == 0)
    _ = await CLIHarness.run(["add", "Rents fell 3 percent in 2024."], in: root)
    let id = try #require(add.stdout.split(whereSeparator: \.isWhitespace).first { $0.count >= 6 && $0.allSatisfy(\.isHexDigit) })
    let assign = await CLIHarness.run(["assign", String(id), "dana"], in: root)
    #expect(assign.status == 0)
    #expect(assign.stdout.hasPrefix("Assigned claim"))
    let listed = await CLIHarness.run(["list", "--assigned", "dana"], in: root)
    #expect(listed.stdout.contains("Crime rose"))
    #expect(!listed.stdout.contains("Rents fell"))
    let none = await CLIHarness.run(["list", "--assigned", "none"], in: root)
    #expect(none.stdout.contains("Rents fell") && !none.stdout.contains("Crime rose"))
    let show = await CLIHarness.run(["show", String(id), "--json"], in: root)
    #expect(show.stdout.contains("\"assigned_to\":\"dana\""))
    #expect(await CLIHarness.run(["ledger", "verify"], in: root).status == 0)
  }

  @Test func usersAddListRemoveWithSysexits() async throws {
    let root = try await LedgerCommandTests.workspace()
    let added = await CLIHarness.run(["users", "add", "dana"], in: root, stdin: "correct horse battery\n")
    #expect(added.status == 0, "\(added.stderr)")
    #expect(await CLIHarness.run(["users", "list"], in: root).stdout == "dana\n")
    let again = await CLIHarness.run(["users", "add", "dana"], in: root, stdin: "correct horse battery\n")
    #expect(again.status == 65)
    #expect(again.stderr.hasPrefix("claimdesk: error: user dana exists already"))
    let weak = await CLIHarness.run(["users", "add", "eli"], in: root, stdin: "short\n")
    #expect(weak.status == 65)
    let missing = await CLIHarness.run(["users", "remove", "nobody"], in: root)
    #expect(missing.status == 66)
    #expect(await CLIHarness.run(["users", "remove", "dana"], in: root).status == 0)
    let serve = await CLIHarness.run(["serve", "--host", "0.0.0.0", "--port", "0"], in: root)
    #expect(serve.status == 64)
    #expect(serve.stderr.contains("needs accounts"))
  }
}
