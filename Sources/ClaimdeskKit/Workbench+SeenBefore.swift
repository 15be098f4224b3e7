import ClaimdeskLedger
import ClaimdeskMatching
import ClaimdeskSupport
import Foundation

/// What matching found for the claims of one run.
public struct SeenBeforeOutcome: Sendable {
  /// Matches by claim id, only for claims that have some.
  public var matches: [String: [SeenBeforeMatch]] = [:]
  /// "hybrid" or "lexical"; nil when there was nothing to match against.
  public var method: String?
  /// Why matching was lexical only, when the model was missing.
  public var note: String?
}

/// Seen before: each new claim is matched against the ledger's earlier claims and the imported
/// fact-checks, and what it repeats is recorded as `claim.matched` (see docs/matching.md).
extension Workbench {
  /// The sentence encoder as this workspace is set up to find it.
  public func matchingModel(environment: [String: String] = ProcessInfo.processInfo.environment) -> MatchingModel {
    let configured = (try? WorkspaceConfig.load(from: workspace))?["model"]
    return MatchingModel.locate(configured: configured, environment: environment)
  }

  /// Matches the claims `ids` (just recorded) against everything else and records a
  /// `claim.matched` for each that repeats something. Nothing is loaded when there is nothing
  /// to match against.
  @discardableResult
  public func recordSeenBefore(for ids: [String], model: MatchingModel? = nil) throws -> SeenBeforeOutcome {
    guard !ids.isEmpty else { return SeenBeforeOutcome() }
    let state = try state()
    let fresh = Set(ids)
    guard state.claimOrder.count > fresh.count || !state.factCheckImports.isEmpty else { return SeenBeforeOutcome() }
    let model = model ?? matchingModel()
    let index = try seenBeforeIndex(state, model: model)
    var outcome = SeenBeforeOutcome(method: index.method, note: model.note)
    var drafts: [EventDraft] = []
    for id in ids {
      guard let claim = state.claims[id] else { continue }
      let found = index.matches(claim.text, excluding: fresh)
      guard !found.isEmpty else { continue }
      outcome.matches[id] = found
      drafts.append(EventDraft(op: .claimMatched, claim: id, data: ClaimMatchedPayload(matches: found, method: index.method).json))
    }
    if !drafts.isEmpty { try ledger.append(drafts, actor: actor, at: now) }
    return outcome
  }

  /// The best `top` candidates for a text, whatever their tier (`claimdesk match`).
  public func match(text: String, top: Int, model: MatchingModel? = nil) throws -> (candidates: [SeenBeforeMatch], method: String, note: String?) {
    let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty else { throw SeenBeforeError.emptyQuery }
    let model = model ?? matchingModel()
    let index = try seenBeforeIndex(try state(), model: model)
    return (index.candidates(text, excluding: [], top: top), index.method, model.note)
  }

  /// As `match(text:)` for a recorded claim, leaving the claim itself out.
  public func match(claim prefix: String, top: Int, model: MatchingModel? = nil) throws -> (candidates: [SeenBeforeMatch], method: String, note: String?) {
    let (claim, _) = try self.claim(prefix)
    let model = model ?? matchingModel()
    let index = try seenBeforeIndex(try state(), model: model)
    return (index.candidates(claim.text, excluding: [claim.id], top: top), index.method, model.note)
  }

  /// Records that a claim does not repeat one of its matches (`match --reject`). With
  /// `expecting` (the browser's form), only if the claim's last event is still that one (see
  /// `review(_:_:expecting:)`).
  @discardableResult
  public func rejectMatch(_ prefix: String, reference: String, note: String?, expecting: String? = nil) throws -> ClaimState {
    try guardedAppend(prefix, expecting: expecting) { claim, shortID in
      guard let match = Self.find(reference, in: claim.matches) else {
        throw SeenBeforeError.unknownMatch(claim: shortID, reference: reference)
      }
      let note = note?.trimmingCharacters(in: .whitespacesAndNewlines)
      let payload = MatchRejectedPayload(reference: match.reference, note: note?.isEmpty == false ? note : nil)
      return [EventDraft(op: .matchRejected, claim: claim.id, data: payload.json)]
    }
  }

  /// Marks a claim with the verdict of the earlier claim or fact-check it repeats
  /// (`mark ID --same-as OTHER`): the earlier verdict is the source. `status` overrides a
  /// published rating that does not say which status it means. With `expecting`, as
  /// `rejectMatch`.
  @discardableResult
  public func markSameAs(
    _ prefix: String, other: String, status: ClaimStatus?, note: String?, expecting: String? = nil
  ) throws -> ClaimState {
    try guardedAppend(prefix, expecting: expecting) { claim, shortID in
      let adopted: (status: ClaimStatus, source: String, summary: String)
      if let match = Self.find(other, in: claim.matches), case .factCheck(let reference) = match.target {
        guard let chosen = status ?? match.verdict.flatMap(VerdictReading.status) else {
          throw SeenBeforeError.noVerdictToAdopt(reference: reference, verdict: match.verdict)
        }
        let citation = [match.publisher, match.date, match.verdict.map { "rated \($0)" }].compactMap { $0 }.joined(separator: ", ")
        let source = match.url ?? "fact-check \(reference)" + (citation.isEmpty ? "" : " (\(citation))")
        adopted = (chosen, source, "same claim as the fact-check \(reference)")
      } else {
        let otherID = try Self.find(other, in: claim.matches)?.reference ?? ledger.resolve(other)
        guard otherID != claim.id else { throw SeenBeforeError.unknownMatch(claim: shortID, reference: other) }
        let (earlier, earlierShort) = try ledger.claim(otherID)
        guard let chosen = status ?? (earlier.status == .open ? nil : earlier.status) else {
          throw SeenBeforeError.noVerdictToAdopt(reference: "claim \(earlierShort)", verdict: nil)
        }
        let decided = earlier.history.last { $0.op == .claimStatus }
        let by = decided.map { " by \($0.actor) at \($0.at)" } ?? ""
        adopted = (chosen, "earlier verdict: claim \(earlier.id.prefix(12)) marked \(earlier.status.rawValue)\(by)", "same claim as claim \(earlierShort)")
      }
      let extra = note?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
      let fullNote = adopted.summary + (extra.isEmpty ? "" : ": \(extra)")
      return try markDrafts(claim, shortID: shortID, status: adopted.status, sources: [adopted.source], note: fullNote)
    }
  }

  /// Copies a file of published fact-checks into the workspace and records it; importing the
  /// same bytes again adds nothing.
  /// - Parameter shown: the path as messages name it (as the user typed it).
  public func importFactChecks(path: String, shown: String? = nil) throws -> (count: Int, added: Bool, stored: String) {
    let shown = shown ?? path
    guard let data = FileManager.default.contents(atPath: path) else {
      throw SeenBeforeError.unreadableFactChecks(path: shown, line: nil, message: "cannot read the file")
    }
    let bytes = [UInt8](data)
    let records = try FactCheckShelf.records(bytes, path: shown)
    guard !records.isEmpty else { throw SeenBeforeError.noFactChecks(path: shown) }
    let digest = Hashing.sha256Hex(bytes)
    let stored = FactCheckShelf.storedPath(sha256: digest, originalName: path)
    if try state().factCheckImports.contains(where: { $0.payload.sha256 == digest }) {
      return (records.count, false, stored)
    }
    let target = workspace.root + "/" + stored
    do {
      try FactCheckShelf.keepLocalCopy(bytes, at: target, workspace: workspace)
    } catch {
      throw WorkbenchError.cannotStoreDocument(path: target, reason: "\(error)")
    }
    // Kept in the database before the event that names it, as snapshots are.
    if let database = workspace.factCheckDatabase() {
      defer { database.close() }
      try database.keep(bytes, name: URL(fileURLWithPath: stored).lastPathComponent)
    }
    let payload = FactChecksImportedPayload(
      file: URL(fileURLWithPath: path).lastPathComponent, sha256: digest, count: records.count, stored: stored)
    try ledger.append([EventDraft(op: .factChecksImported, data: payload.json)], actor: actor, at: now)
    return (records.count, true, stored)
  }

  /// Imported fact-check files, oldest first.
  public func factCheckImports() throws -> [FactCheckImport] { try state().factCheckImports }

  private func seenBeforeIndex(_ state: LedgerState, model: MatchingModel) throws -> SeenBeforeIndex {
    let shelf = try FactCheckShelf.load(state.factCheckImports, workspace: workspace)
    return SeenBeforeIndex(state: state, factChecks: shelf, model: model, cache: model.cache, cacheName: Hashing.sha256Hex(workspace.root))
  }

  /// The match a reviewer named: a fact-check reference as shown, or a prefix of a claim id.
  static func find(_ reference: String, in matches: [SeenBeforeMatch]) -> SeenBeforeMatch? {
    if let exact = matches.first(where: { $0.reference == reference }) { return exact }
    let lower = reference.lowercased()
    let claims = matches.filter { if case .claim(let id) = $0.target { id.hasPrefix(lower) } else { false } }
    return lower.count >= 4 && claims.count == 1 ? claims[0] : nil
  }
}
