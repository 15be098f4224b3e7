import ClaimdeskSupport
/// One event of the ledger, as written: who did what, when, to which claim or document.
public struct LedgerEvent: Sendable, Equatable {
  public var seq: Int
  /// RFC 3339 UTC with milliseconds.
  public var at: String
  public var actor: String
  public var op: EventOp
  public var claim: String?
  public var document: String?
  /// Op-specific payload; integers only (scores as millionths).
  public var data: JSONValue
  public var prev: String
  public var hash: String

  /// The canonical bytes the hash covers: the event without `hash`, keys sorted, compact.
  func canonicalBody() -> [UInt8] {
    var members: [String: JSONValue] = [
      "seq": .int(seq), "at": .string(at), "actor": .string(actor), "op": .string(op.rawValue),
      "data": data, "prev": .string(prev),
    ]
    if let claim { members["claim"] = .string(claim) }
    if let document { members["document"] = .string(document) }
    return JSONWriter.encode(.object(members))
  }
}

extension LedgerEvent {
  init(_ header: EventHeader, data: JSONValue) {
    self.init(
      seq: header.seq, at: header.at, actor: header.actor, op: header.op, claim: header.claim,
      document: header.document, data: data, prev: header.prev, hash: header.hash)
  }

  var header: EventHeader {
    EventHeader(seq: seq, at: at, actor: actor, op: op, claim: claim, document: document, prev: prev, hash: hash)
  }
}

/// Everything an event says but its data: what the fold needs before it reads the data.
struct EventHeader {
  var seq: Int
  var at: String
  var actor: String
  var op: EventOp
  var claim: String?
  var document: String?
  var prev: String
  var hash: String
  /// `hash` as 32 bytes, as claims keep it: made where the line is read, which for large
  /// ledgers is split between two threads, rather than where the event is applied (one).
  var digest: EventDigest

  init(seq: Int, at: String, actor: String, op: EventOp, claim: String?, document: String?, prev: String, hash: String) {
    self.seq = seq
    self.at = at
    self.actor = actor
    self.op = op
    self.claim = claim
    self.document = document
    self.prev = prev
    self.hash = hash
    digest = EventDigest(hash)
  }
}

/// An event before the ledger gives it a place in the chain.
public struct EventDraft: Sendable, Equatable {
  public var op: EventOp
  public var claim: String?
  public var document: String?
  public var data: [String: JSONValue]

  public init(op: EventOp, claim: String? = nil, document: String? = nil, data: [String: JSONValue]) {
    self.op = op
    self.claim = claim
    self.document = document
    self.data = data
  }
}

/// The kinds of event the ledger knows; reading rejects any other. A kind a later version adds
/// is a new case: every switch over the kinds (the folds, the chain scan) then asks for its rules.
public enum EventOp: String, Sendable, CaseIterable, CustomStringConvertible {
  case documentAdded = "document.added"
  case claimAdded = "claim.added"
  case claimStatus = "claim.status"
  case claimNote = "claim.note"
  case claimSource = "claim.source"
  case sourceFetched = "source.fetched"
  case claimAssigned = "claim.assigned"
  /// What a claim repeats: earlier claims and published fact-checks (`ClaimMatchedPayload`).
  case claimMatched = "claim.matched"
  /// A reviewer's "not the same claim" for one of those matches (`MatchRejectedPayload`).
  case matchRejected = "claim.match_rejected"
  /// A file of published fact-checks copied into the workspace (`FactChecksImportedPayload`);
  /// names no claim and no document.
  case factChecksImported = "factchecks.imported"

  /// The name as written (`claim.status`), also when interpolated into a message.
  public var description: String { rawValue }
}
