import ClaimdeskLedger
import PostgresNIO

// The claim index in the database's tables (`ClaimIndexSchema`), one for every machine.
// Reads go to the reader connection and read the state row in the same statement as the rows
// (one snapshot); changes go through the writer's connection, under the write lock.
extension PostgresLedgerStore: ClaimIndexTable {
  public var claimIndexTable: (any ClaimIndexTable)? { self }

  /// The state row's coverage, if trusted (the events' `rewrites` count is still the one it
  /// was built at).
  private static let trustedState = """
    SELECT s.length, s.last_hash FROM claimdesk_index_state s JOIN claimdesk_changes c ON c.id = 1
    WHERE s.id = 1 AND s.rewrites = c.rewrites
    """

  /// One claim as text, from a row with `claim_id`, `score` and `offsets` (joined with commas):
  /// `ID SCORE OFFSET,OFFSET,...` (`-` for no score).
  private static let rowText = "claim_id || ' ' || coalesce(score::text, '-') || ' ' || coalesce(offsets, '')"

  /// A claim's offsets joined, in ledger order.
  private static let offsetsOf = "(SELECT string_agg(e.byte_offset::text, ',' ORDER BY e.byte_offset) FROM claimdesk_claim_events e WHERE e.claim_id = c.claim_id)"

  public func coverage() throws -> IndexCoverage? {
    if let known = lockedIndexCoverage() { return known }
    return try reading { connection in
      let rows = try connection.query(PostgresQuery(unsafeSQL: Self.trustedState))
      guard let row = rows.first?.makeRandomAccess() else { return nil }
      return IndexCoverage(length: try row[0].decode(Int.self), lastHash: try row[1].decode(String.self))
    }
  }

  public func rows(withPrefix prefix: String, limit: Int) throws -> ClaimIndexRows? {
    // Ids are lowercase hex: every id starting with the prefix sorts before prefix + "~", and
    // every other id after the prefix sorts after it (the column's collation is "C").
    let upper = prefix + "~"
    return try reading { connection in
      let rows = try connection.query(
        """
        WITH st AS (\(unescaped: Self.trustedState)),
        m AS (
          SELECT c.claim_id, c.score, \(unescaped: Self.offsetsOf) AS offsets FROM claimdesk_claim_index c
          WHERE c.claim_id >= \(prefix) AND c.claim_id < \(upper) ORDER BY c.claim_id LIMIT \(limit))
        SELECT st.length, st.last_hash,
          (SELECT max(claim_id) FROM claimdesk_claim_index WHERE claim_id < \(prefix)),
          (SELECT min(claim_id) FROM claimdesk_claim_index WHERE claim_id >= \(upper)),
          (SELECT convert_to(string_agg(\(unescaped: Self.rowText), E'\\n' ORDER BY claim_id), 'UTF8') FROM m)
        FROM st
        """)
      guard let row = rows.first?.makeRandomAccess() else { return nil }
      var text: [UInt8] = []
      if let before = try row[2].decode(String?.self) { text += Array("\(before) - \n".utf8) }
      if var matches = try row[4].decode(ByteBuffer?.self), let bytes = matches.readBytes(length: matches.readableBytes) {
        text += bytes + [0x0A]
      }
      if let after = try row[3].decode(String?.self) { text += Array("\(after) - \n".utf8) }
      let coverage = IndexCoverage(length: try row[0].decode(Int.self), lastHash: try row[1].decode(String.self))
      return try Self.parse(text, coverage: coverage, documents: [:])
    }
  }

  public func documentOffset(of id: String) throws -> Int? {
    try reading { connection in
      let rows = try connection.query("SELECT byte_offset FROM claimdesk_document_index WHERE document_id = \(id)")
      return try rows.first?.makeRandomAccess()[0].decode(Int.self)
    }
  }

  public func contains(_ id: String) throws -> Bool {
    try reading { connection in
      let rows = try connection.query(
        """
        SELECT EXISTS (SELECT 1 FROM claimdesk_claim_index WHERE claim_id = \(id))
          OR EXISTS (SELECT 1 FROM claimdesk_document_index WHERE document_id = \(id))
        """)
      return try rows.first?.makeRandomAccess()[0].decode(Bool.self) ?? false
    }
  }

  public func allRows() throws -> ClaimIndexRows? {
    try reading { connection in
      let rows = try connection.query(
        PostgresQuery(
          unsafeSQL: """
            WITH st AS (\(Self.trustedState))
            SELECT st.length, st.last_hash,
              (SELECT convert_to(string_agg(\(Self.rowText), E'\\n' ORDER BY claim_id), 'UTF8')
                FROM claimdesk_claim_index LEFT JOIN (
                  SELECT claim_id, string_agg(byte_offset::text, ',' ORDER BY byte_offset) AS offsets
                  FROM claimdesk_claim_events GROUP BY claim_id) AS e USING (claim_id)),
              (SELECT convert_to(string_agg(document_id || ' ' || byte_offset, E'\\n'), 'UTF8') FROM claimdesk_document_index)
            FROM st
            """))
      guard let row = rows.first?.makeRandomAccess() else { return nil }
      var documents: [String: Int] = [:]
      if var buffer = try row[3].decode(ByteBuffer?.self), let bytes = buffer.readBytes(length: buffer.readableBytes) {
        for line in bytes.split(separator: 0x0A) {
          let fields = line.split(separator: 0x20)
          guard fields.count == 2, let offset = Int(String(decoding: fields[1], as: UTF8.self)) else { return nil }
          documents[String(decoding: fields[0], as: UTF8.self)] = offset
        }
      }
      var text: [UInt8] = []
      if var buffer = try row[2].decode(ByteBuffer?.self), let bytes = buffer.readBytes(length: buffer.readableBytes) { text = bytes }
      let coverage = IndexCoverage(length: try row[0].decode(Int.self), lastHash: try row[1].decode(String.self))
      return try Self.parse(text, coverage: coverage, documents: documents)
    }
  }

  /// Claim rows as `rowText` lines (sorted by id) into flat arrays; nil when one is not such a
  /// line (a row with a malformed id: the index is then rebuilt).
  private static func parse(_ text: [UInt8], coverage: IndexCoverage, documents: [String: Int]) throws -> ClaimIndexRows? {
    var idBytes: [UInt8] = []
    var starts = [0]
    var offsets: [Int] = []
    var scores: [Int] = []
    let idLength = ClaimIndexRows.idLength
    var valid = true
    text.withUnsafeBufferPointer { all in
      var i = 0
      while i < all.count, valid {
        // ID
        guard i + idLength < all.count, all[i + idLength] == 0x20 else { valid = false; return }
        idBytes.append(contentsOf: all[i..<(i + idLength)])
        i += idLength + 1
        // SCORE or -
        if all[i] == UInt8(ascii: "-") {
          scores.append(ClaimIndexRows.noScore)
          i += 1
        } else {
          guard let (value, end) = integer(all, from: i) else { valid = false; return }
          scores.append(value)
          i = end
        }
        guard i < all.count, all[i] == 0x20 else { valid = false; return }
        i += 1
        // OFFSETS, then LF (or the end)
        while i < all.count, all[i] != 0x0A {
          guard let (value, end) = integer(all, from: i) else { valid = false; return }
          offsets.append(value)
          i = end
          if i < all.count, all[i] == UInt8(ascii: ",") { i += 1 }
        }
        starts.append(offsets.count)
        i += 1
      }
    }
    guard valid else { return nil }
    return ClaimIndexRows(
      coverage: coverage, extends: nil, idBytes: idBytes, starts: starts, offsets: offsets, scores: scores, documents: documents)
  }

  /// A decimal integer (maybe negative) starting at `start`, and where it ends.
  private static func integer(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Int)? {
    var i = start
    let negative = i < bytes.count && bytes[i] == UInt8(ascii: "-")
    if negative { i += 1 }
    var value = 0
    let first = i
    while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
      value = value &* 10 &+ Int(bytes[i] - 0x30)
      i += 1
    }
    guard i > first else { return nil }
    return (negative ? -value : value, i)
  }

  public func store(_ rows: ClaimIndexRows) throws {
    let connection = try writing()
    defer { forgetIndexCoverage() }
    guard let extended = rows.extends else {
      try replaceIndex(with: rows, on: connection)
      return
    }
    try connection.query(Self.indexAddition(rows, extending: extended, onlyIf: "true"))
  }

  /// A whole index, in one transaction: the tables emptied, every row inserted, the state row
  /// written with the events' current `rewrites` count.
  private func replaceIndex(with rows: ClaimIndexRows, on connection: BlockingConnection) throws {
    let columns = IndexColumns(rows)
    try connection.run("BEGIN")
    do {
      // DELETE rather than TRUNCATE: a writer role may delete rows without owning the tables.
      try connection.run("DELETE FROM claimdesk_claim_events")
      try connection.run("DELETE FROM claimdesk_claim_index")
      try connection.run("DELETE FROM claimdesk_document_index")
      try connection.query(
        """
        INSERT INTO claimdesk_claim_index (claim_id, score)
        SELECT c.id, nullif(c.score, \(unescaped: "'\(Int.min)'::bigint"))
        FROM unnest(\(columns.ids)::text[], \(columns.scores)::bigint[]) AS c(id, score)
        """)
      try connection.query(
        """
        INSERT INTO claimdesk_claim_events (claim_id, byte_offset)
        SELECT * FROM unnest(\(columns.eventIDs)::text[], \(columns.eventOffsets)::bigint[])
        """)
      try connection.query(
        """
        INSERT INTO claimdesk_document_index (document_id, byte_offset)
        SELECT * FROM unnest(\(columns.documentIDs)::text[], \(columns.documentOffsets)::bigint[])
        """)
      try connection.query(
        """
        INSERT INTO claimdesk_index_state (id, length, last_hash, rewrites)
        SELECT 1, \(columns.length), \(columns.lastHash), rewrites FROM claimdesk_changes WHERE id = 1
        ON CONFLICT (id) DO UPDATE SET length = excluded.length, last_hash = excluded.last_hash,
          rewrites = excluded.rewrites, built_at = now()
        """)
      try connection.run("COMMIT")
    } catch {
      try? connection.run("ROLLBACK")
      throw error
    }
  }

  /// One statement that adds `rows` (later events of kept claims, new claims and documents;
  /// rows already there are left as they are, so adding the same lines twice adds nothing)
  /// and moves the state row to their coverage, only if the state row still covers `extended`
  /// (and `condition`, SQL, holds).
  static func indexAddition(_ rows: ClaimIndexRows, extending extended: IndexCoverage, onlyIf condition: String) -> PostgresQuery {
    let index = IndexColumns(rows)
    return """
      WITH indexed AS (
        UPDATE claimdesk_index_state SET length = \(index.length), last_hash = \(index.lastHash)
        WHERE id = 1 AND length = \(extended.length) AND last_hash = \(extended.lastHash)
          AND rewrites = (SELECT rewrites FROM claimdesk_changes WHERE id = 1) AND \(unescaped: condition) RETURNING 1),
      claims AS (
        INSERT INTO claimdesk_claim_index (claim_id, score)
        SELECT c.id, nullif(c.score, \(unescaped: "'\(Int.min)'::bigint"))
        FROM unnest(\(index.ids)::text[], \(index.scores)::bigint[]) AS c(id, score) WHERE EXISTS (SELECT 1 FROM indexed)
        ON CONFLICT (claim_id) DO NOTHING RETURNING 1),
      events AS (
        INSERT INTO claimdesk_claim_events (claim_id, byte_offset)
        SELECT * FROM unnest(\(index.eventIDs)::text[], \(index.eventOffsets)::bigint[]) WHERE EXISTS (SELECT 1 FROM indexed)
        ON CONFLICT DO NOTHING RETURNING 1),
      documents AS (
        INSERT INTO claimdesk_document_index (document_id, byte_offset)
        SELECT * FROM unnest(\(index.documentIDs)::text[], \(index.documentOffsets)::bigint[]) WHERE EXISTS (SELECT 1 FROM indexed)
        ON CONFLICT (document_id) DO UPDATE SET byte_offset = excluded.byte_offset
        RETURNING 1)
      SELECT (SELECT count(*) FROM indexed), (SELECT count(*) FROM claims), (SELECT count(*) FROM documents)
      """
  }

  public func distrust() throws {
    forgetIndexCoverage()
    try reading { try $0.run("DELETE FROM claimdesk_index_state") }
  }
}
