import ClaimdeskLedger
import ClaimdeskMatching
import ClaimdeskSupport
import Foundation

/// The fact-checks a workspace imported: each file copied to `claims/factchecks/<sha256>.<ext>`
/// and named by one `factchecks.imported` event. Reading them checks every copy against the
/// digest its event recorded; a changed or missing copy is an error, never silently trusted.
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
    for entry in imports {
      let stored = entry.payload.stored
      let path = workspace.root + "/" + stored
      guard !stored.contains(".."), let data = FileManager.default.contents(atPath: path) else {
        throw SeenBeforeError.storedFactChecksChanged(path: stored, seq: entry.seq, reason: "is missing")
      }
      let bytes = [UInt8](data)
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

  /// The URL when it is an http(s) address (anything else in a feed is not a link to offer).
  private static func webAddress(_ url: String) -> String? {
    let trimmed = url.trimmingCharacters(in: .whitespaces)
    let lower = trimmed.lowercased()
    return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? trimmed : nil
  }
}
