import Foundation
import ClaimdeskLedger
import ClaimdeskReports
import ClaimdeskSupport

/// A worksheet rendered for one document, and where `report` puts it by default.
public struct RenderedWorksheet: Sendable {
  public var selection: WorksheetSelection
  /// The whole file, ending in one newline.
  public var text: String
  /// `<workspace>/reports/<document-slug>.md`.
  public var defaultPath: String
}

extension Workbench {
  /// The worksheets `report` writes: one per document with claims passing the filters (a document
  /// named with `document` gets one even when none pass).
  /// - Parameters:
  ///   - document: a document id prefix, or `manual`; nil for all.
  ///   - claims: claim id prefixes; empty for all.
  ///   - generator: "claimdesk VERSION", recorded in the worksheet (pin it for golden files).
  public func worksheets(
    document: String? = nil, statuses: [ClaimStatus] = [], claims: [String] = [], minScore: Double? = nil,
    generator: String
  ) throws -> [RenderedWorksheet] {
    let state = try state()
    let ids = try claims.map { try ledger.resolve($0) }
    let selections = try WorksheetSelection.select(
      from: state, document: document, statuses: statuses, claimIDs: ids, minScore: minScore)
    let shortIDs = ClaimIDs.shortest(Array(state.claims.keys))
    return selections.map { selection in
      RenderedWorksheet(
        selection: selection,
        text: WorksheetRenderer.render(
          document: selection.document, claims: selection.claims, shortIDs: shortIDs, generator: generator,
          earlierClaims: Self.earlierClaims(of: selection.claims, in: state)) + "\n",
        defaultPath: workspace.reportsDirectory + "/" + selection.fileName)
    }
  }

  /// The worksheet a reading came from, rendered again from the ledger as it is now (same
  /// document, same claims): what `sync` writes back once every edit is recorded.
  public func refreshedWorksheet(_ reading: WorksheetReading, generator: String) throws -> String {
    let state = try state()
    let selection = WorksheetSelection.current(of: reading, state: state)
    return WorksheetRenderer.render(
      document: selection.document, claims: selection.claims, shortIDs: ClaimIDs.shortest(Array(state.claims.keys)),
      generator: generator, earlierClaims: Self.earlierClaims(of: selection.claims, in: state)) + "\n"
  }

  /// The claims that `claims` repeat, as the ledger holds them now.
  static func earlierClaims(of claims: [ClaimState], in state: LedgerState) -> [String: ClaimState] {
    var earlier: [String: ClaimState] = [:]
    for claim in claims {
      for match in claim.seenBefore {
        if case .claim(let id) = match.target, let other = state.claims[id] { earlier[id] = other }
      }
    }
    return earlier
  }

  /// Writes a worksheet atomically, creating its folder. Unless `force`, a file already at `path`
  /// must be a worksheet whose edits the ledger holds: a reviewer's unsynced work is never lost.
  /// - Parameter shown: the path as messages name it (relative to where the user is).
  /// - Throws: `WorksheetError.unsyncedEdits` (naming the claims), or `LedgerError.refused`.
  public func writeWorksheet(_ text: String, to path: String, shown: String, force: Bool) throws {
    if !force, let data = FileManager.default.contents(atPath: path) {
      let reading: WorksheetReading
      do {
        reading = try WorksheetReader.read(String(decoding: data, as: UTF8.self), file: shown)
      } catch .notAWorksheet {
        throw LedgerError.refused("\(shown) exists and is not a claimdesk worksheet; move it away or pass --force")
      } catch {
        throw LedgerError.refused(
          "\(shown) holds edits that cannot be read (\(error.diagnostics[0])); fix them and run `claimdesk sync \(shown)`, or pass --force")
      }
      let unsynced = WorksheetSync.unsynced(reading, state: try state())
      if !unsynced.isEmpty { throw WorksheetError.unsyncedEdits(file: shown, claims: unsynced) }
    }
    do {
      try FileManager.default.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    } catch {
      throw LedgerError.io(path: path, reason: "cannot create its folder: \(error.localizedDescription)")
    }
    try AtomicFile.write(Array(text.utf8), to: path)
  }
}
