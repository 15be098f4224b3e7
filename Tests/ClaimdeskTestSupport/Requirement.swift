import ClaimdeskEncoder
import Foundation
import Testing

/// Something from outside the repository that a test needs. Tests say so with
/// `@Test(.requires(.sharedData))`: where it is missing the test is reported as skipped with the
/// reason, never passing silently; under CI=true it runs anyway and fails on the missing piece.
public enum Requirement: Sendable, Equatable {
  /// `../shared/data` (evaluation data kept beside the repository).
  case sharedData
  /// cmark-gfm, the reference renderer of GitHub Markdown.
  case cmarkGFM
  /// `.venv/bin/warcio`, the reference WARC checker (`make test` installs it).
  case warcio
  /// openssl, for a TLS test server.
  case openssl
  /// The all-MiniLM-L6-v2 sentence encoder's files (`make test` installs them with
  /// scripts/install-model; `CLAIMDESK_MODEL` points elsewhere).
  case encoderModel
  /// A PostgreSQL server to make test databases in: `CLAIMDESK_TEST_POSTGRES`, which
  /// scripts/test-postgres (run by `make test`) sets while its throwaway cluster runs.
  case postgres
  /// That server with TLS, and the PEM file of the CA that signed its certificate:
  /// `CLAIMDESK_TEST_POSTGRES_CA`, which scripts/test-postgres sets when openssl is there.
  case postgresTLS

  /// The executable, where the requirement is one.
  public var path: String? {
    switch self {
    case .sharedData: return nil
    case .postgres: return TestPostgres.serverURL
    case .postgresTLS: return TestPostgres.serverURL == nil ? nil : TestPostgres.certificateAuthority
    case .encoderModel: return ModelLocator.locate()?.path
    case .cmarkGFM: return Self.onPath("cmark-gfm")
    case .openssl: return Self.onPath("openssl")
    case .warcio:
      let path = TestData.packageRoot.appendingPathComponent(".venv/bin/warcio").path
      return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }
  }

  public var isMet: Bool {
    self == .sharedData ? TestData.sharedData != nil : path != nil
  }

  /// What is missing and how to get it.
  public var reason: String {
    switch self {
    case .sharedData: return "needs ../shared/data (evaluation data kept beside the repository)"
    case .cmarkGFM: return "needs cmark-gfm (make test installs it: apt-get install cmark-gfm)"
    case .warcio: return "needs .venv/bin/warcio (make test installs it)"
    case .openssl: return "needs openssl (apt-get install openssl)"
    case .encoderModel: return "needs the all-MiniLM-L6-v2 model (make test installs it: scripts/install-model)"
    case .postgres: return "needs a PostgreSQL server: run the tests under scripts/test-postgres (make test does)"
    case .postgresTLS: return "needs a PostgreSQL server with TLS: run the tests under scripts/test-postgres with openssl installed"
    }
  }

  private static func onPath(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}

extension Trait where Self == ConditionTrait {
  /// Skips the test with the reason where `requirement` is missing, except under CI=true, where
  /// the test runs and fails on it.
  public static func requires(_ requirement: Requirement) -> Self {
    .enabled(if: requirement.isMet || TestData.isCI, Comment(rawValue: requirement.reason))
  }
}
