/// The one JSON form of a claim, shared by `show --json`, `list --json` and the JSON Lines export.
public enum ClaimJSON {
  public static func object(_ claim: ClaimState, shortID: String?, includeHistory: Bool) -> JSONValue {
    var members: [String: JSONValue] = [
      "id": .string(claim.id),
      "text": .string(claim.text),
      "sentence": .optional(claim.sentence),
      "context": ["before": .optional(claim.contextBefore), "after": .optional(claim.contextAfter)],
      "document": .optional(claim.document),
      "span": claim.span.map { ["start": .int($0.lowerBound), "end": .int($0.upperBound)] } ?? .null,
      "score": claim.score.map { .double(($0 * 1_000_000).rounded() / 1_000_000) } ?? .null,
      "kinds": .strings(claim.kinds),
      "speaker": .optional(claim.speaker),
      "hedges": .strings(claim.hedges),
      "cues": .array(claim.cues.map { ["kind": .string($0.kind), "text": .string($0.text), "value": .optional($0.value)] }),
      "status": .string(claim.status.rawValue),
      "sources": .array(claim.sources.map(source)),
      "suggested_sources": .strings(claim.suggestedSources),
      "notes": .array(claim.notes.map { ["text": .string($0.text), "actor": .string($0.actor), "at": .string($0.at)] }),
    ]
    if let shortID { members["short_id"] = .string(shortID) }
    if includeHistory {
      members["history"] = .array(
        claim.history.map {
          ["seq": .int($0.seq), "at": .string($0.at), "actor": .string($0.actor), "op": .string($0.op),
           "summary": .string($0.summary), "hash": .string($0.hash)]
        })
    }
    return .object(members)
  }

  private static func source(_ source: SourceState) -> JSONValue {
    [
      "reference": .string(source.reference),
      "kind": source.isURL ? "url" : "citation",
      "actor": .string(source.actor),
      "at": .string(source.at),
      "fetches": .array(source.fetches.map { $0.record }),
      "passages": .array(
        (source.fetches.last?.passages ?? []).map {
          ["text": .string($0.text), "score": .double($0.score), "matched_terms": .strings($0.matchedTerms),
           "contradiction": .optional($0.contradiction)]
        }),
    ]
  }
}
