import ClaimdeskLedger
import ClaimdeskSupport
/// A claim as one JSON object, with the field names of `show --json`: used by `show --json`,
/// `list --json` and the JSON Lines export, so they can never drift apart.
///
/// Fields: `id`, `short_id` (when given), `text`, `sentence`, `context` {`before`, `after`},
/// `document`, `span` {`start`, `end`} (Unicode scalar offsets), `score` (number in [0, 1], to
/// millionths), `kinds`, `speaker`, `hedges`, `cues` [{`kind`, `text`, `value`}], `status`,
/// `sources` [{`reference`, `kind` ("url" or "citation", as the ledger event says), `actor`, `at`,
/// `fetched`, `fetches` (each `source.fetched` record as recorded),
/// `passages` (of the latest fetch) [{`text`, `score`, `matched_terms`, `contradiction`}]}],
/// `suggested_sources`, `notes` [{`text`, `actor`, `at`}], `last_event`, `seen_before` (what
/// the claim repeats, strongest first, rejected matches left out) [{`claim` (full id) or
/// `factcheck` (URL or `import:` reference), `tier`, `similarity`, `status` (an earlier claim's
/// status: its current one in `show --json`, as it was when matched elsewhere), `verdict`,
/// `publisher`, `date`, `title`, `claim_reviewed`, `figures`, each when known}], and with history
/// `history` [{`seq`, `at`, `actor`, `op`, `summary`, `hash`}]. Absent values are null.
public enum ClaimJSON {
  /// `statuses` gives the current status of earlier claims the claim repeats, when known.
  public static func object(
    _ claim: ClaimState, shortID: String?, includeHistory: Bool, statuses: [String: String] = [:]
  ) -> JSONValue {
    var o: [String: JSONValue] = [
      "seen_before": .array(claim.seenBefore.map { seenBefore($0, statuses: statuses) }),
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
    // Only when set, so that claims never assigned keep the output they always had.
    if let assignee = claim.assignee { o["assigned_to"] = .string(assignee) }
    if includeHistory {
      o["history"] = .array(
        claim.history.map {
          [
            "seq": .int($0.seq), "at": .string($0.at), "actor": .string($0.actor), "op": .string($0.op.rawValue),
            "summary": .string($0.summary), "hash": .string($0.hash),
          ]
        })
    }
    return .object(o)
  }

  /// Writes a JSON array of claims, byte for byte what `JSONWriter` makes of an array of
  /// `object(...)`, without building those objects (a large share of `list --json`'s time).
  public static func writeArray(
    _ claims: [ClaimState], shortIDs: [String: String], includeHistory: Bool, to writer: inout JSONWriter
  ) {
    writer.writeRaw("[")
    for i in claims.indices {
      if i > 0 { writer.writeRaw(",") }
      write(claims[i], shortID: shortIDs[claims[i].id], includeHistory: includeHistory, to: &writer)
    }
    writer.writeRaw("]")
  }

  /// The claims of `listing` that `include` accepts, in its order, as one JSON array handed to
  /// `emit` in pieces: folded and written on every core, a batch of claims at a time, and
  /// never held in memory whole (100,000 claims make some 170 MB of JSON).
  public static func writeArray(
    _ listing: ClaimListing, where include: @escaping @Sendable (ClaimState) -> Bool, includeHistory: Bool,
    emit: (ArraySlice<UInt8>) -> Void
  ) throws {
    var first = true
    emit(Array("[".utf8)[...])
    try OrderedBatches.run(count: listing.count, batchSize: 256) { ranks in
      var writer = JSONWriter(capacity: ranks.count * 2048)
      try listing.forEach(in: ranks) { claim, shortID in
        guard include(claim) else { return }
        writer.writeRaw(",")
        write(claim, shortID: shortID, includeHistory: includeHistory, to: &writer)
      }
      return writer.bytes
    } deliver: { bytes in
      // Every claim comes after a comma; the array's first one does not.
      guard !bytes.isEmpty else { return }
      emit(first ? bytes.dropFirst() : bytes[...])
      first = false
    }
    emit(Array("]".utf8)[...])
  }

  /// The bytes of `JSONWriter.encode(object(claim, ...))`: the members in their sorted order.
  /// Tests compare the two, so a field added to `object` and not here fails them.
  static func write(_ claim: ClaimState, shortID: String?, includeHistory: Bool, to w: inout JSONWriter) {
    w.writeRaw(#"{"context":{"after":"#)
    w.writeOptional(claim.contextAfterStorage)
    w.writeRaw(#","before":"#)
    w.writeOptional(claim.contextBeforeStorage)
    w.writeRaw(#"},"cues":["#)
    for (i, cue) in claim.cues.enumerated() {
      w.writeRaw(i > 0 ? #",{"kind":"# : #"{"kind":"#)
      w.writeString(cue.kind)
      w.writeRaw(#","text":"#)
      w.writeString(cue.text)
      w.writeRaw(#","value":"#)
      w.writeOptional(cue.value)
      w.writeRaw("}")
    }
    w.writeRaw(#"],"document":"#)
    w.writeOptional(claim.document)
    w.writeRaw(#","hedges":"#)
    w.writeStrings(claim.hedges)
    if includeHistory {
      w.writeRaw(#","history":["#)
      for (i, entry) in claim.history.enumerated() {
        w.writeRaw(i > 0 ? #",{"actor":"# : #"{"actor":"#)
        w.writeString(entry.actor)
        w.writeRaw(#","at":"#)
        w.writeString(entry.at)
        w.writeRaw(#","hash":"#)
        w.writeString(entry.hash)
        w.writeRaw(#","op":"#)
        w.writeString(entry.op.rawValue)
        w.writeRaw(#","seq":"#)
        w.writeInt(entry.seq)
        w.writeRaw(#","summary":"#)
        w.writeString(entry.summary)
        w.writeRaw("}")
      }
      w.writeRaw("]")
    }
    w.writeRaw(#","id":"#)
    w.writeString(claim.id)
    w.writeRaw(#","kinds":"#)
    w.writeStrings(claim.kinds)
    w.writeRaw(#","last_event":"#)
    if claim.lastEventHash.isEmpty { w.writeRaw("null") } else { w.writeString(claim.lastEventHash) }
    w.writeRaw(#","notes":["#)
    for (i, note) in claim.notes.enumerated() {
      w.writeRaw(i > 0 ? #",{"actor":"# : #"{"actor":"#)
      w.writeString(note.actor)
      w.writeRaw(#","at":"#)
      w.writeString(note.at)
      w.writeRaw(#","text":"#)
      w.writeString(note.text)
      w.writeRaw("}")
    }
    w.writeRaw(#"],"score":"#)
    w.write(claim.score.map(number) ?? .null)
    w.writeRaw(#","seen_before":["#)
    for (i, match) in claim.seenBefore.enumerated() {
      if i > 0 { w.writeRaw(",") }
      w.write(seenBefore(match, statuses: [:]))
    }
    w.writeRaw(#"],"sentence":"#)
    w.writeOptional(claim.sentenceStorage)
    if let shortID {
      w.writeRaw(#","short_id":"#)
      w.writeString(shortID)
    }
    w.writeRaw(#","sources":["#)
    for (i, source) in claim.sources.enumerated() {
      if i > 0 { w.writeRaw(",") }
      write(source, to: &w)
    }
    w.writeRaw(#"],"span":"#)
    if let span = claim.span {
      w.writeRaw(#"{"end":"#)
      w.writeInt(span.upperBound)
      w.writeRaw(#","start":"#)
      w.writeInt(span.lowerBound)
      w.writeRaw("}")
    } else {
      w.writeRaw("null")
    }
    w.writeRaw(#","speaker":"#)
    w.writeOptional(claim.speaker)
    w.writeRaw(#","status":"#)
    w.writeString(claim.status.rawValue)
    w.writeRaw(#","suggested_sources":"#)
    w.writeStrings(claim.suggestedSources)
    w.writeRaw(#","text":"#)
    claim.textStorage.write(to: &w)
    w.writeRaw("}")
  }

  /// The bytes of `JSONWriter.encode(source(source))`.
  static func write(_ source: SourceState, to w: inout JSONWriter) {
    w.writeRaw(#"{"actor":"#)
    w.writeString(source.actor)
    w.writeRaw(source.adopted ? #","adopted":true,"at":"# : #","adopted":false,"at":"#)
    w.writeString(source.at)
    w.writeRaw(source.fetches.isEmpty ? #","fetched":false,"fetches":["# : #","fetched":true,"fetches":["#)
    for (i, fetch) in source.fetches.enumerated() {
      if i > 0 { w.writeRaw(",") }
      fetch.writeRecord(to: &w)
    }
    w.writeRaw(source.isURL ? #"],"kind":"url","passages":["# : #"],"kind":"citation","passages":["#)
    for (i, passage) in (source.fetches.last?.passages ?? []).enumerated() {
      w.writeRaw(i > 0 ? #",{"contradiction":"# : #"{"contradiction":"#)
      w.writeOptional(passage.contradiction)
      w.writeRaw(#","matched_terms":"#)
      w.writeStrings(passage.matchedTerms)
      w.writeRaw(#","score":"#)
      w.write(number(passage.score))
      w.writeRaw(#","text":"#)
      w.writeString(passage.text)
      w.writeRaw("}")
    }
    w.writeRaw(#"],"reference":"#)
    w.writeString(source.reference)
    w.writeRaw("}")
  }

  /// One `seen_before` member as `match --json` prints it.
  public static func seenBeforeObject(_ match: SeenBeforeMatch, statuses: [String: String]) -> JSONValue {
    seenBefore(match, statuses: statuses)
  }

  /// One `seen_before` member; absent fields are left out (they differ by kind of match).
  static func seenBefore(_ match: SeenBeforeMatch, statuses: [String: String]) -> JSONValue {
    var o: [String: JSONValue] = ["tier": .string(match.tier), "similarity": number(match.similarity)]
    switch match.target {
    case .claim(let id):
      o["claim"] = .string(id)
      if let status = statuses[id] ?? match.status { o["status"] = .string(status) }
    case .factCheck(let reference): o["factcheck"] = .string(reference)
    }
    for (key, value) in [("verdict", match.verdict), ("publisher", match.publisher), ("date", match.date),
                         ("title", match.title), ("claim_reviewed", match.claimReviewed), ("figures", match.figures)] {
      if let value { o[key] = .string(value) }
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
