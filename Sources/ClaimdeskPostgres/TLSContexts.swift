import Foundation
import NIOSSL
import PostgresNIO

/// The TLS setting of a connection, from its URL's `TLSMode`. Contexts are made once per
/// setting and shared: making one reads the trusted roots, which every connection would
/// otherwise pay for again.
enum TLSContexts {
  private static let lock = NSLock()
  nonisolated(unsafe) private static var made: [String: NIOSSLContext] = [:]

  static func setting(for url: LedgerDatabaseURL) throws -> PostgresConnection.Configuration.TLS {
    guard url.tls != .disable else { return .disable }
    let context = try lock.withLock {
      let key = "\(url.tls.rawValue) \(url.rootCertificates ?? "")"
      if let context = made[key] { return context }
      let context = try make(url)
      made[key] = context
      return context
    }
    return url.tls == .prefer ? .prefer(context) : .require(context)
  }

  private static func make(_ url: LedgerDatabaseURL) throws -> NIOSSLContext {
    var configuration = TLSConfiguration.makeClientConfiguration()
    switch url.tls {
    case .verifyFull: configuration.certificateVerification = .fullVerification
    case .verifyCA: configuration.certificateVerification = .noHostnameVerification
    case .disable, .prefer, .require: configuration.certificateVerification = .none
    }
    if let path = url.rootCertificates {
      guard FileManager.default.isReadableFile(atPath: path) else {
        throw PostgresLedgerError.unavailable(url: url.description, reason: "cannot read sslrootcert \(path)")
      }
      configuration.trustRoots = .file(path)
    }
    do {
      return try NIOSSLContext(configuration: configuration)
    } catch {
      throw PostgresLedgerError.unavailable(url: url.description, reason: "cannot set up TLS: \(error)")
    }
  }
}
