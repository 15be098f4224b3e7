import ClaimdeskSupport

/// The data of `factchecks.imported`: a file of published fact-checks was copied into the
/// workspace (`stored`, a path relative to the workspace) and read. The digest is the
/// SHA-256 of the file's bytes, which the stored copy must still have when it is read again:
/// a changed copy is refused, never trusted.
public struct FactChecksImportedPayload: Sendable, Equatable {
  /// The file as it was named on import.
  public var file: String
  public var sha256: String
  /// Fact-checks read from it.
  public var count: Int
  public var stored: String

  public init(file: String, sha256: String, count: Int, stored: String) {
    self.file = file
    self.sha256 = sha256
    self.count = count
    self.stored = stored
  }

  public var json: [String: JSONValue] {
    ["file": .string(file), "sha256": .string(sha256), "count": .int(count), "stored": .string(stored)]
  }

  /// Nil without the four members, a 64-digit digest and a count of zero or more.
  init?(_ data: JSONValue) {
    guard let file = data["file"]?.stringValue, let sha256 = data["sha256"]?.stringValue,
      sha256.utf8.count == 64, Hashing.isLowercaseHex(sha256.utf8), let count = data["count"]?.intValue, count >= 0,
      let stored = data["stored"]?.stringValue, !stored.isEmpty
    else { return nil }
    self.init(file: file, sha256: sha256, count: count, stored: stored)
  }
}

/// A `factchecks.imported` event as the fold keeps it.
public struct FactCheckImport: Sendable, Equatable {
  public var payload: FactChecksImportedPayload
  public var at: String
  public var actor: String
  public var seq: Int
}
