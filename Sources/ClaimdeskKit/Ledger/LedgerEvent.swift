/// One event of the ledger, as written: who did what, when, to which claim or document.
public struct LedgerEvent: Sendable, Equatable {
  public var seq: Int
  /// RFC 3339 UTC with milliseconds.
  public var at: String
  public var actor: String
  public var op: String
  public var claim: String?
  public var document: String?
  /// Op-specific payload; integers only (scores as millionths).
  public var data: JSONValue
  public var prev: String
  public var hash: String

  /// The canonical bytes the hash covers: the event without `hash`, keys sorted, compact.
  func canonicalBody() -> [UInt8] {
    var members: [String: JSONValue] = [
      "seq": .int(seq), "at": .string(at), "actor": .string(actor), "op": .string(op),
      "data": data, "prev": .string(prev),
    ]
    if let claim { members["claim"] = .string(claim) }
    if let document { members["document"] = .string(document) }
    return JSONWriter.encode(.object(members))
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

/// The kinds of event the ledger knows; `verify` rejects any other.
public enum EventOp: String, Sendable, CaseIterable {
  case documentAdded = "document.added"
  case claimAdded = "claim.added"
  case claimStatus = "claim.status"
  case claimNote = "claim.note"
  case claimSource = "claim.source"
  case sourceFetched = "source.fetched"
}
