/// A claim as one JSON object, with the field names of `show --json`: used by `show --json`,
/// `list --json` and the JSON Lines export, so they can never drift apart.
///
/// Fields: `id`, `short_id` (when given), `text`, `sentence`, `context` {`before`, `after`},
/// `document`, `span` {`start`, `end`} (Unicode scalar offsets), `score` (number in [0, 1], to
/// millionths), `kinds`, `speaker`, `hedges`, `cues` [{`kind`, `text`, `value`}], `status`,
/// `sources` [{`reference`, `kind` ("url" or "citation", as the ledger event says), `actor`, `at`,
/// `fetched`, `fetches` (each `source.fetched` record as recorded),
/// `passages` (of the latest fetch) [{`text`, `score`, `matched_terms`, `contradiction`}]}],
/// `suggested_sources`, `notes` [{`text`, `actor`, `at`}], `last_event`, and with history
/// `history` [{`seq`, `at`, `actor`, `op`, `summary`, `hash`}]. Absent values are null.
public enum ClaimJSON {
  public static func object(_ claim: ClaimState, shortID: String?, includeHistory: Bool) -> JSONValue {
    var o: [String: JSONValue] = [
      "id": .string(claim.id),
      "text": .string(claim.text),
      "sentence": .optional(claim.sentence),
      "context": ["before": .optional(claim.contextBefore), "after": .optional(claim.contextAfter)],
      "document": .optional(claim.document),
      "span": claim.span.map { ["start": .int($0.lowerBound), "end": .int($0.upperBound)] } ?? .null,
      "score": claim.score.map(number) ?? .null,
      "kinds": .strings(claim.kinds),
      "speaker": .optional(claim.speaker),
      "hedges": .strings(claim.hedges),
      "cues": .array(claim.cues.map { ["kind": .string($0.kind), "text": .string($0.text), "value": .optional($0.value)] }),
      "status": .string(claim.status.rawValue),
      "sources": .array(claim.sources.map(source)),
      "suggested_sources": .strings(claim.suggestedSources),
      "notes": .array(claim.notes.map { ["text": .string($0.text), "actor": .string($0.actor), "at": .string($0.at)] }),
      "last_event": claim.lastEventHash.isEmpty ? .null : .string(claim.lastEventHash),
    ]
    if let shortID { o["short_id"] = .string(shortID) }
    if includeHistory {
      o["history"] = .array(
        claim.history.map {
          [
            "seq": .int($0.seq), "at": .string($0.at), "actor": .string($0.actor), "op": .string($0.op),
            "summary": .string($0.summary), "hash": .string($0.hash),
          ]
        })
    }
    return .object(o)
  }

  static func source(_ source: SourceState) -> JSONValue {
    [
      "reference": .string(source.reference),
      "kind": source.isURL ? "url" : "citation",
      "adopted": .bool(source.adopted),
      "actor": .string(source.actor),
      "at": .string(source.at),
      "fetched": .bool(!source.fetches.isEmpty),
      "fetches": .array(source.fetches.map(\.record)),
      "passages": .array(
        (source.fetches.last?.passages ?? []).map {
          [
            "text": .string($0.text), "score": number($0.score), "matched_terms": .strings($0.matchedTerms),
            "contradiction": .optional($0.contradiction),
          ]
        }),
    ]
  }

  /// Scores are stored as integer millionths; print them at that precision and no more.
  static func number(_ value: Double) -> JSONValue {
    guard value.isFinite else { return .null }
    return .double((value * 1_000_000).rounded() / 1_000_000)
  }
}
