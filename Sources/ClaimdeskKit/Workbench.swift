import Foundation
import ClaimdeskExtraction
import ClaimdeskLedger
import ClaimdeskSupport

/// The facade the CLI uses: it composes Text, Extraction and the Ledger for one workspace and
/// one actor, and enforces the review rules before anything is appended.
public struct Workbench: Sendable {
  public let workspace: Workspace
  public internal(set) var ledger: Ledger
  public let actor: String
  let clock: @Sendable () -> Date

  public init(workspace: Workspace, actor: String, clock: @escaping @Sendable () -> Date = { Date() }) {
    self.workspace = workspace
    self.ledger = workspace.ledger()
    self.actor = actor
    self.clock = clock
  }

  public var now: String { Timestamp.format(clock()) }

  public func state() throws -> LedgerState { try ledger.state() }

  /// Every claim, most check-worthy first, folded as it is read (see `ClaimListing`).
  public func listing() throws -> ClaimListing { try ledger.listing() }

  /// One claim by any unique id prefix, with its shortest unique id.
  public func claim(_ prefix: String) throws -> (claim: ClaimState, shortID: String) {
    try ledger.claim(ledger.resolve(prefix))
  }

  /// Records a claim entered by hand, scored, typed and attributed by the extractor like a
  /// document's (`HandAddedClaim`); `document` (any unique prefix of a recorded document's id)
  /// ties it to that document. Adding the same text again adds nothing.
  public func addClaim(
    text: String, speaker: String?, sources: [String], document: String? = nil, scorer: (any CheckWorthinessScoring)? = nil
  ) throws -> (id: String, added: Bool) {
    let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty else { throw WorkbenchError.emptyClaim }
    let references = try sources.map(SourceReference.init)
    let documentID = try document.map(resolveDocument)
    let claim = HandAddedClaim(text: text, speaker: speaker, scorer: scorer ?? CheckWorthinessModel.newsAdapted)
    let id = ClaimIDs.derive(document: documentID, span: nil, text: text, speaker: claim.speaker)
    var added = false
    try ledger.append(actor: actor, at: now) { exists in
      guard !exists(id) else { return [] }
      added = true
      return [EventDraft(op: .claimAdded, claim: id, document: documentID, data: claim.payload.json)]
        + references.map { sourceDraft($0, claim: id) }
    }
    return (id, added)
  }

  /// The full id of the one recorded document whose id starts with `prefix`.
  func resolveDocument(_ prefix: String) throws -> String {
    let lower = prefix.lowercased()
    let matches = try state().documents.keys.filter { $0.hasPrefix(lower) }
    guard matches.count == 1, let id = matches.first else {
      throw WorkbenchError.unknownDocument(prefix: prefix, matches: matches.count)
    }
    return id
  }

  /// Changes a claim's status. Verdicts need a reviewer's source; dismissal needs a note.
  @discardableResult
  public func mark(_ prefix: String, status: ClaimStatus, sources: [String], note: String?) throws -> ClaimState {
    let (claim, shortID) = try self.claim(prefix)
    try ledger.append(markDrafts(claim, shortID: shortID, status: status, sources: sources, note: note), actor: actor, at: now)
    return try ledger.claim(claim.id).claim
  }

  /// The events of a status change, by the rules of `mark` (the server's verdict form uses them too).
  func markDrafts(_ claim: ClaimState, shortID: String, status: ClaimStatus, sources: [String], note: String?) throws -> [EventDraft] {
    let references = try sources.map(SourceReference.init)
    let note = note?.trimmingCharacters(in: .whitespacesAndNewlines)
    if status.needsSource, !claim.sources.contains(where: \.adopted), references.isEmpty {
      throw WorkbenchError.verdictNeedsSource(claim: shortID, status: status)
    }
    if status == .dismissed, note?.isEmpty ?? true { throw WorkbenchError.dismissalNeedsNote(claim: shortID) }
    var drafts = newSources(references, on: claim).map { sourceDraft($0, claim: claim.id) }
    let data = ClaimStatusPayload(status: status, from: claim.status, note: note?.isEmpty == false ? note : nil)
    drafts.append(EventDraft(op: .claimStatus, claim: claim.id, data: data.json))
    return drafts
  }

  /// Adds a note to a claim.
  @discardableResult
  public func note(_ prefix: String, text: String) throws -> ClaimState {
    let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty else { throw WorkbenchError.emptyNote }
    let id = try ledger.resolve(prefix)
    try ledger.append([EventDraft(op: .claimNote, claim: id, data: ClaimNotePayload(text: text).json)], actor: actor, at: now)
    return try ledger.claim(id).claim
  }

  /// Attaches sources to a claim; ones it already has are skipped.
  @discardableResult
  public func addSources(_ prefix: String, _ sources: [String]) throws -> ClaimState {
    let (claim, _) = try self.claim(prefix)
    let drafts = try newSources(sources.map(SourceReference.init), on: claim).map { sourceDraft($0, claim: claim.id) }
    try ledger.append(drafts, actor: actor, at: now)
    return try ledger.claim(claim.id).claim
  }

  func newSources(_ references: [SourceReference], on claim: ClaimState) -> [SourceReference] {
    var seen = Set(claim.sources.filter(\.adopted).map(\.reference))
    return references.filter { seen.insert($0.text).inserted }
  }

  func sourceDraft(_ reference: SourceReference, claim: String) -> EventDraft {
    EventDraft(op: .claimSource, claim: claim, data: ClaimSourcePayload(reference: reference.text, isURL: reference.isURL).json)
  }
}
