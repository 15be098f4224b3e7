import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskPostgres

/// TLS to the ledger's database, with libpq's `sslmode` names: a URL an IT department hands
/// out for psql works, a server's certificate is verified when the URL asks, and a server that
/// cannot give what the URL asks for is refused in one line, before any login.
@Suite struct PostgresTLSTests {
  @Test(arguments: [
    ("postgres://desk@db.example:5433/claims", "postgres://desk@db.example:5433/claims"),
    ("postgres://desk@db.example/claims?sslmode=require", "postgres://desk@db.example:5432/claims?sslmode=require"),
    ("postgres://desk@db.example/claims?sslmode=prefer", "postgres://desk@db.example:5432/claims"),
    (
      "postgresql://desk@db.example/claims?sslmode=verify-full&sslrootcert=/etc/claimdesk/ca.pem",
      "postgres://desk@db.example:5432/claims?sslmode=verify-full&sslrootcert=/etc/claimdesk/ca.pem"
    ),
  ])
  func urlsKeepTheirTLSSetting(text: String, written: String) throws {
    #expect(try LedgerDatabaseURL(text).description == written)
    let again = try LedgerDatabaseURL(written)
    #expect(again == (try LedgerDatabaseURL(text)))
  }

  @Test(arguments: [
    ("postgres://desk@db/claims?sslmode=on", "sslmode 'on' is not one of disable, prefer, require, verify-ca, verify-full"),
    ("postgres://desk@db/claims?sslrootcert=/ca.pem", "sslrootcert needs sslmode=verify-ca or verify-full"),
    ("postgres://desk@db/claims?sslmode=verify-full&sslrootcert=ca.pem", "sslrootcert must be an absolute path"),
    ("postgres://desk@db/claims?application_name=x", "option 'application_name' is not supported"),
  ])
  func badTLSSettingsAreUsageErrors(text: String, reason: String) {
    #expect {
      try LedgerDatabaseURL(text)
    } throws: { error in
      guard let error = error as? PostgresLedgerError, case .invalidURL = error else { return false }
      return error.exitStatus == .usage && error.description.contains(reason) && !error.description.contains("\n")
    }
  }

  /// Whether the connection `url` opens is encrypted, as the server sees it.
  private func encrypted(_ url: String) throws -> Bool {
    let connection = try BlockingConnection.open(try LedgerDatabaseURL(url))
    defer { connection.close() }
    let rows = try connection.query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
    return try rows.first?.makeRandomAccess()[0].decode(Bool.self) ?? false
  }

  @Test(.requires(.postgresTLS)) func eachModeConnectsAsItSays() throws {
    let database = try TestPostgres.freshDatabase()
    let authority = try #require(TestPostgres.certificateAuthority)
    #expect(try encrypted(database))
    #expect(try !encrypted(database + "?sslmode=disable"))
    #expect(try encrypted(database + "?sslmode=require"))
    #expect(try encrypted(database + "?sslmode=verify-ca&sslrootcert=\(authority)"))
    #expect(try encrypted(database + "?sslmode=verify-full&sslrootcert=\(authority)"))
    let byName = database.replacingOccurrences(of: "@127.0.0.1:", with: "@localhost:")
    #expect(try encrypted(byName + "?sslmode=verify-full&sslrootcert=\(authority)"))
  }

  /// A whole workspace on a verified connection: the URL is kept with its settings.
  @Test(.requires(.postgresTLS)) func aWorkspaceOnAVerifiedConnection() throws {
    let url = try PostgresCommandTests.emptyLedgerDatabase() + "?sslmode=verify-full&sslrootcert=\(try #require(TestPostgres.certificateAuthority))"
    let root = try TestData.temporaryDirectory("pg-tls").path
    let made = try PostgresCommandTests.claimdesk(["init", "--ledger", url, root])
    #expect(made.status == 0, "\(made.stderr)")
    #expect(try PostgresCommandTests.claimdesk(["add", "Fares rose 5% in 2026.", "--workspace", root]).status == 0)
    let verified = try PostgresCommandTests.claimdesk(["ledger", "verify", "--workspace", root])
    let name = try LedgerDatabaseURL(url).description
    #expect(verified.status == 0 && verified.stdout.hasPrefix(name + ": ok:"), "\(verified.stdout)\(verified.stderr)")
  }

  /// The test CA is not among the system's roots: verifying against them fails, in one line.
  @Test(.requires(.postgresTLS)) func anUnverifiedCertificateIsRefused() throws {
    let database = try TestPostgres.freshDatabase()
    for mode in ["verify-ca", "verify-full"] {
      #expect {
        try encrypted(database + "?sslmode=\(mode)")
      } throws: { error in
        guard let error = error as? PostgresLedgerError, case .unavailable = error else { return false }
        return error.exitStatus == .unavailable && !error.description.contains("\n")
      }
    }
  }

  /// A server that answers the TLS request with "N", as one without TLS does.
  @Test func aServerWithoutTLSIsRefusedWhenTLSIsRequired() throws {
    let server = try PlainServer()
    defer { server.stop() }
    #expect {
      try encrypted("postgres://desk@127.0.0.1:\(server.port)/claims?sslmode=require")
    } throws: { error in
      guard let error = error as? PostgresLedgerError, case .unavailable = error else { return false }
      return error.description.contains("does not offer TLS, which sslmode=require requires") && !error.description.contains("\n")
    }
  }
}

/// A listener on 127.0.0.1 that answers each connection's first 8 bytes (PostgreSQL's
/// SSLRequest) with "N" and closes it.
private final class PlainServer: @unchecked Sendable {
  let port: Int
  private let socket: Int32

  init() throws {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    self.socket = socket
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
        bind(socket, pointer, length) == 0 && listen(socket, 4) == 0 && getsockname(socket, pointer, &length) == 0
      }
    }
    guard bound else { throw POSIXError(.EADDRNOTAVAIL) }
    port = Int(UInt16(bigEndian: address.sin_port))
    let listening = socket
    Thread.detachNewThread {
      while true {
        let client = accept(listening, nil, nil)
        guard client >= 0 else { return }
        var request = [UInt8](repeating: 0, count: 8)
        _ = recv(client, &request, 8, Int32(MSG_WAITALL))
        _ = send(client, [UInt8(ascii: "N")], 1, 0)
        close(client)
      }
    }
  }

  func stop() {
    shutdown(socket, Int32(SHUT_RDWR))
    close(socket)
  }
}
