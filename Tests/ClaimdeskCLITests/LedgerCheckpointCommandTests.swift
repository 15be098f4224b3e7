import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskSupport

/// `ledger keygen`, `ledger checkpoint` and `ledger verify --public-key`.
@Suite struct LedgerCheckpointCommandTests {
  static func desk(claims: Int) async throws -> (root: String, keys: String) {
    let root = try await LedgerCommandTests.workspace()
    // Claims unlike each other, so that none is recorded as repeating another (`claim.matched`).
    let texts = [
      "The city planted 300 oak trees along the river in 1999.", "Bus fares rose 1% in 2015.",
      "Hospital waiting lists fell to 18 weeks under the new scheme.", "Copper exports to Chile doubled after the treaty.",
    ]
    for text in texts.prefix(claims) { _ = await CLIHarness.run(["add", text], in: root) }
    return (root, try TestData.temporaryDirectory("keys").path)
  }

  @Test func keygenWritesAPrivateKeyOnlyItsOwnerCanRead() async throws {
    let (root, keys) = try await Self.desk(claims: 0)
    let made = await CLIHarness.run(["ledger", "keygen", "--out", keys + "/desk"], in: root)
    #expect(made.status == 0)
    let mode = try FileManager.default.attributesOfItem(atPath: keys + "/desk")[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(FileManager.default.fileExists(atPath: keys + "/desk.pub"))
    let again = await CLIHarness.run(["ledger", "keygen", "--out", keys + "/desk"], in: root)
    #expect(again.status == 73 && again.stderr.hasPrefix("claimdesk: error: cannot create \(keys)/desk"))
  }

  @Test func keyPathsInsideTheWorkspaceAreRefused() async throws {
    let (root, keys) = try await Self.desk(claims: 1)
    let keygen = await CLIHarness.run(["ledger", "keygen", "--out", "reports/desk.key"], in: root)
    #expect(keygen.status == 64 && keygen.stderr.contains("is inside the workspace"))
    #expect(!FileManager.default.fileExists(atPath: root + "/reports/desk.key"))
    _ = await CLIHarness.run(["ledger", "keygen", "--out", keys + "/desk"], in: root)
    try FileManager.default.copyItem(atPath: keys + "/desk", toPath: root + "/claims/desk")
    let checkpoint = await CLIHarness.run(["ledger", "checkpoint", "--key", "claims/desk"], in: root)
    #expect(checkpoint.status == 64 && checkpoint.stderr.contains("--key \(root)/claims/desk is inside the workspace"))
  }

  @Test func aPublicKeyWithNoCheckpointFails() async throws {
    let (root, keys) = try await Self.desk(claims: 2)
    _ = await CLIHarness.run(["ledger", "keygen", "--out", keys + "/desk"], in: root)
    let verify = await CLIHarness.run(["ledger", "verify", "--public-key", keys + "/desk.pub"], in: root)
    #expect(verify.status == 65)
    #expect(verify.stderr.hasPrefix("claims/checkpoints.jsonl: error: there is no signed checkpoint"))
  }

  /// History rewritten after a checkpoint, HEAD and all, passes a plain verify (a chain alone
  /// cannot tell) but fails against the checkpoint; so does an edited signature.
  @Test func aRewrittenHistoryFailsAgainstAnEarlierCheckpoint() async throws {
    let (root, keys) = try await Self.desk(claims: 4)
    #expect(try String(contentsOfFile: root + "/claims/ledger.jsonl", encoding: .utf8).split(separator: "\n").count == 4)
    _ = await CLIHarness.run(["ledger", "keygen", "--out", keys + "/desk"], in: root)
    let signed = await CLIHarness.run(["ledger", "checkpoint", "--key", keys + "/desk"], in: root)
    #expect(signed.status == 0 && signed.stdout.hasPrefix("Signed event 4 ("))
    _ = await CLIHarness.run(["add", "A later claim."], in: root)
    let good = await CLIHarness.run(["ledger", "verify", "--public-key", keys + "/desk.pub"], in: root)
    #expect(good.status == 0 && good.stderr.contains("1 signed checkpoint(s) match the chain"))

    let path = root + "/claims/ledger.jsonl"
    var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
    lines[1] = lines[1].replacingOccurrences(of: "rose 1%", with: "rose 9%")
    lines = Rechain.lines(lines, from: 2)
    let bytes = lines.joined(separator: "\n") + "\n"
    try bytes.write(toFile: path, atomically: true, encoding: .utf8)
    let last = String(lines[4][lines[4].range(of: #","hash":""#)!.upperBound...].dropLast(2))
    try #"{"hash":"\#(last)","length":\#(bytes.utf8.count),"seq":5}"#.write(toFile: root + "/claims/HEAD", atomically: true, encoding: .utf8)
    #expect(await CLIHarness.run(["ledger", "verify"], in: root).status == 0)
    let caught = await CLIHarness.run(["ledger", "verify", "--public-key", keys + "/desk.pub"], in: root)
    #expect(caught.status == 65)
    #expect(caught.stderr.hasPrefix("claims/checkpoints.jsonl:1: error: the checkpoint signs hash"))
    #expect(caught.stderr.contains("history was rewritten after the checkpoint"))

    let checkpoints = root + "/claims/checkpoints.jsonl"
    let line = try String(contentsOfFile: checkpoints, encoding: .utf8)
    try line.replacingOccurrences(of: #""seq":4"#, with: #""seq":3"#).write(toFile: checkpoints, atomically: true, encoding: .utf8)
    let forged = await CLIHarness.run(["ledger", "verify", "--public-key", keys + "/desk.pub"], in: root)
    #expect(forged.status == 65 && forged.stderr.contains("does not verify with"))
  }
}
