import Foundation
import ClaimdeskEncoder
import ClaimdeskPostgres
import ClaimdeskReports
import ClaimdeskSupport

/// The workspace's settings, kept in `claims/config.json` (canonical JSON, one object of strings):
/// `publisher` (the organisation named in ClaimReview exports) and `base-url` (where its review
/// pages live; a review's URL is the base URL plus the claim id), and `min-score` (the score a
/// sentence needs to become a claim in `extract` and `check`, 0 to 1), `model` (the folder of the
/// sentence encoder that seen-before matching uses; `CLAIMDESK_MODEL` beats it), and `ledger` (a
/// `postgres://USER@HOST:PORT/DB` URL when the ledger lives in PostgreSQL, docs/postgres.md).
public struct WorkspaceConfig: Sendable, Equatable {
  public static let keys = ["publisher", "base-url", "min-score", "model", "ledger"]
  public private(set) var values: [String: String]

  public init(values: [String: String] = [:]) { self.values = values }

  public static func path(in workspace: Workspace) -> String { workspace.claimsDirectory + "/config.json" }

  /// The settings, or none when the file does not exist yet.
  public static func load(from workspace: Workspace) throws -> WorkspaceConfig {
    let path = path(in: workspace)
    guard let data = FileManager.default.contents(atPath: path) else { return WorkspaceConfig() }
    guard let object = (try? JSONParser.parse([UInt8](data)))?.objectValue else {
      throw WorkspaceConfigError.corrupt(path)
    }
    return WorkspaceConfig(values: object.compactMapValues(\.stringValue))
  }

  public subscript(key: String) -> String? { values[key] }

  /// `min-score` as a number, when set.
  public var minimumScore: Double? { values["min-score"].flatMap(Double.init) }

  /// Sets a known key (a base URL must be http(s)) and writes the file atomically.
  @discardableResult
  public static func set(_ key: String, _ value: String, in workspace: Workspace) throws -> WorkspaceConfig {
    guard keys.contains(key) else { throw WorkspaceConfigError.unknownKey(key) }
    if key == "base-url" { _ = try ClaimReviewPublisher.validated(name: "-", baseURL: value) }
    if key == "min-score", Double(value).map({ (0...1).contains($0) }) != true {
      throw WorkspaceConfigError.invalidValue(key: key, value: value, expected: "a number from 0 to 1")
    }
    if key == "model", ModelLocator.locate(explicitPath: value) == nil {
      throw WorkspaceConfigError.invalidValue(key: key, value: value, expected: "a folder holding model.safetensors and vocab.txt (an all-MiniLM-L6-v2 sentence-transformers folder)")
    }
    if key == "ledger" {
      _ = try LedgerDatabaseURL(value)
      // Events in claims/ledger.jsonl would silently stop being the workspace's ledger.
      if let size = try? FileManager.default.attributesOfItem(atPath: workspace.ledgerPath)[.size] as? Int, size > 0 {
        throw WorkspaceConfigError.invalidValue(
          key: key, value: value, expected: "set where claims/ledger.jsonl holds no events (copy them first: `claimdesk ledger push URL`)")
      }
    }
    var config = try load(from: workspace)
    config.values[key] = value
    let json = JSONValue.object(config.values.mapValues(JSONValue.string))
    try AtomicFile.write(JSONWriter.encode(json) + [0x0A], to: path(in: workspace))
    return config
  }
}
