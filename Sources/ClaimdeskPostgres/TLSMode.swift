/// How a connection to the ledger's database is encrypted: libpq's `sslmode` names, so that a
/// URL an IT department hands out for psql works here too. `prefer` (libpq's default) encrypts
/// when the server offers TLS, unverified; `require` refuses a server without it; `verify-ca`
/// also checks the server's certificate chain, `verify-full` the chain and that the certificate
/// names the host (or its IP address). Roots: `sslrootcert=PATH`, else the system's.
public enum TLSMode: String, Sendable, CaseIterable {
  case disable
  case prefer
  case require
  case verifyCA = "verify-ca"
  case verifyFull = "verify-full"

  /// What a URL without `sslmode` means, as for libpq.
  public static let standard = TLSMode.prefer

  /// Whether the server's certificate is checked at all.
  var verifiesCertificate: Bool { self == .verifyCA || self == .verifyFull }
}
