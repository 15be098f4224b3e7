import ClaimdeskTestSupport
import Foundation
import Testing

@testable import ClaimdeskKit

/// No command may write into a workspace's claims/ folder, however the path gets there.
@Suite struct OutputGuardTests {
  static func workspace() throws -> String {
    let root = try TestData.temporaryDirectory("guard").path
    try Workspace.create(at: root)
    try FileManager.default.createDirectory(atPath: root + "/elsewhere/claims", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: root + "/link", withDestinationPath: root + "/claims")
    try FileManager.default.createSymbolicLink(atPath: root + "/reports/head", withDestinationPath: root + "/claims/HEAD")
    return root
  }

  @Test(arguments: [
    "claims/ledger.jsonl", "claims/HEAD", "claims", "claims/sources", "claims/sources/new.warc",
    "claims/../claims/HEAD", "reports/../claims/export.csv", "link/ledger.jsonl", "link/anything",
    "reports/head", "./claims/./HEAD", "claims/not/yet/made.csv",
  ])
  func refusesPathsIntoClaims(_ relative: String) throws {
    let root = try Self.workspace()
    #expect(throws: WorkbenchError.outputInsideLedger(path: relative)) {
      try OutputGuard.check(root + "/" + relative, shown: relative)
    }
  }

  @Test(arguments: ["reports/x.md", "claims.csv", "export/claims", "elsewhere/claims/x.csv", "new/folder/out.jsonl"])
  func allowsEverywhereElse(_ relative: String) throws {
    let root = try Self.workspace()
    try OutputGuard.check(root + "/" + relative, shown: relative)
  }
}
