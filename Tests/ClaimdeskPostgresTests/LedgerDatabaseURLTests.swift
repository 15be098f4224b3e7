import Foundation
import Testing
@testable import ClaimdeskPostgres

@Suite struct LedgerDatabaseURLTests {
  @Test func readsUserHostPortAndDatabase() throws {
    let url = try LedgerDatabaseURL("postgres://desk@db.example:6543/claims")
    #expect(url.user == "desk" && url.host == "db.example" && url.port == 6543 && url.database == "claims")
    #expect(try LedgerDatabaseURL("postgresql://desk@localhost/claims").description == "postgres://desk@localhost:5432/claims")
  }

  @Test(arguments: [
    "postgres://desk:secret@localhost/claims", "postgres://localhost/claims", "postgres://desk@localhost/",
    "mysql://desk@localhost/claims", "postgres://desk@localhost/claims?connect_timeout=5",
  ])
  func refusesWhatItCannotUseOrMustNotStore(text: String) {
    #expect {
      try LedgerDatabaseURL(text)
    } throws: { error in
      guard let error = error as? PostgresLedgerError, case .invalidURL = error else { return false }
      return error.exitStatus == .usage && !error.description.contains("secret")
    }
  }

  @Test func findsThePasswordInPGPASSWORDThenPgpass() throws {
    let url = try LedgerDatabaseURL("postgres://desk@db.example:6543/claims")
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pgpass-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let file = folder + "/pgpass"
    try """
      # comment
      other.example:*:*:desk:wrong
      db.example:6543:claims:desk:pa\\:ss
      *:*:*:*:fallback
      """.write(toFile: file, atomically: true, encoding: .utf8)
    #expect(PasswordSource.password(for: url, environment: ["PGPASSFILE": file]) == "pa:ss")
    #expect(PasswordSource.password(for: url, environment: ["PGPASSFILE": file, "PGPASSWORD": "env"]) == "env")
    let elsewhere = try LedgerDatabaseURL("postgres://x@h:1/d")
    #expect(PasswordSource.password(for: elsewhere, environment: ["PGPASSFILE": file]) == "fallback")
    #expect(PasswordSource.password(for: url, environment: ["PGPASSFILE": folder + "/none"]) == nil)
  }
}
