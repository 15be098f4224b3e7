import ClaimdeskLedger
import ClaimdeskMatching
import ClaimdeskPostgres
import ClaimdeskSupport
import Foundation

/// The fact-checks a workspace imported: each file copied to `claims/factchecks/<sha256>.<ext>`
/// (and on a database ledger into its database too, for the other machines) and named by one
/// `factchecks.imported` event. Reading them checks every copy against the digest its event
/// recorded; a changed or missing copy is an error, never silently trusted.
enum FactCheckShelf {
  static func directory(_ workspace: Workspace) -> String { workspace.claimsDirectory + "/factchecks" }

  /// Where a file of these bytes is kept (the extension tells the importer the layout).
  static func storedPath(sha256: String, originalName: String) -> String {
    let ext = URL(fileURLWithPath: originalName).pathExtension.lowercased()
    let safe = ext.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } && !ext.isEmpty && ext.count <= 8
    return "claims/factchecks/\(sha256)" + (safe ? ".\(ext)" : "")
  }

  /// Parses a file's bytes as fact-checks, with the workspace's error for a bad one.
  static func records(_ bytes: [UInt8], path: String) throws -> [FactCheckRecord] {
    do {
      return try FactCheckImporter.records(Data(bytes), path: path)
    } catch let error as MatchingError {
      guard case .invalidFile(let file, let line, let message) = error else { throw error }
      throw SeenBeforeError.unreadableFactChecks(path: file, line: line, message: message)
    }
  }

  /// Every imported fact-check, first import first, one per reference.
  static func load(_ imports: [FactCheckImport], workspace: Workspace) throws -> [ShelvedFactCheck] {
    var shelved: [ShelvedFactCheck] = []
    var seen = Set<String>()
    var database: PostgresFactCheckFiles?
    defer { database?.close() }
    for entry in imports {
      let stored = entry.payload.stored
      guard !stored.contains("..") else {
        throw SeenBeforeError.storedFactChecksChanged(path: stored, seq: entry.seq, reason: "is not a path inside the workspace")
      }
      let path = workspace.root + "/" + stored
      var bytes = FileManager.default.contents(atPath: path).map { [UInt8]($0) }
      // Another machine's import on a database ledger: its copy is in the database.
      if bytes == nil, database == nil { database = workspace.factCheckDatabase() }
      if bytes == nil, let database, let kept = try database.file(sha256: entry.payload.sha256) {
        guard Hashing.sha256Hex(kept) == entry.payload.sha256 else {
          throw SeenBeforeError.storedFactChecksChanged(
            path: "\(stored) (as kept in \(database.displayName))", seq: entry.seq, reason: "has changed (its SHA-256 differs)")
        }
        try? keepLocalCopy(kept, at: path, workspace: workspace)
        bytes = kept
      }
      guard let bytes else {
        throw SeenBeforeError.storedFactChecksChanged(path: stored, seq: entry.seq, reason: "is missing")
      }
      guard Hashing.sha256Hex(bytes) == entry.payload.sha256 else {
        throw SeenBeforeError.storedFactChecksChanged(path: stored, seq: entry.seq, reason: "has changed (its SHA-256 differs)")
      }
      for (row, record) in try records(bytes, path: stored).enumerated() {
        let reference = record.url.flatMap(webAddress) ?? "import:\(entry.payload.sha256.prefix(12)):\(record.line ?? row + 1)"
        guard seen.insert(reference).inserted else { continue }
        shelved.append(ShelvedFactCheck(record: record, reference: reference))
      }
    }
    return shelved
  }

  /// Writes a file's bytes to `claims/factchecks/`, as `factchecks import` keeps them.
  static func keepLocalCopy(_ bytes: [UInt8], at path: String, workspace: Workspace) throws {
    try FileManager.default.createDirectory(atPath: directory(workspace), withIntermediateDirectories: true)
    try AtomicFile.write(bytes, to: path)
  }

  /// The URL when it is an http(s) address (anything else in a feed is not a link to offer).
  private static func webAddress(_ url: String) -> String? {
    let trimmed = url.trimmingCharacters(in: .whitespaces)
    let lower = trimmed.lowercased()
    return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? trimmed : nil
  }
}
