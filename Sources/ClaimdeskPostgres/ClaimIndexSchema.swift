/// The claim index as tables (schema version 3, additive): derived from the events, rebuilt
/// from them whenever it cannot be trusted, and kept up to date by each writer in the same
/// transaction as its batch (`PostgresLedgerStore.commit(_:indexing:)`).
///
/// - `claimdesk_claim_index`: a claim's id and the score its `claim.added` records
///   (millionths).
/// - `claimdesk_claim_events`: a claim's id and the byte offset of one of its events, a row per
///   event: an append adds rows, never rewrites an array that grows with the claim's history.
/// - `claimdesk_document_index`: a document's id and the offset of its `document.added`.
/// - `claimdesk_index_state`: one row, what the rows cover (the ledger's first `length` bytes,
///   the last line hashing to `last_hash`) and the events' `rewrites` count when they were
///   built. No row means nothing is trusted.
///
/// Any statement on these tables from a session that is not a Claimdesk writer (which sets
/// `claimdesk.index_writer`) deletes the state row (a trigger), so an index changed by hand is
/// rebuilt before it is used; so does any change of the events but an append (the `rewrites`
/// count moves).
enum ClaimIndexSchema {
  /// The session setting that marks a Claimdesk writer's connection.
  static let writerSetting = "claimdesk.index_writer"

  static let statements: [String] = [
    """
    CREATE TABLE claimdesk_claim_index (
      claim_id text COLLATE "C" PRIMARY KEY,
      score bigint)
    """,
    """
    CREATE TABLE claimdesk_claim_events (
      claim_id text COLLATE "C" NOT NULL,
      byte_offset bigint NOT NULL,
      PRIMARY KEY (claim_id, byte_offset))
    """,
    """
    CREATE TABLE claimdesk_document_index (
      document_id text COLLATE "C" PRIMARY KEY,
      byte_offset bigint NOT NULL)
    """,
    """
    CREATE TABLE claimdesk_index_state (
      id integer PRIMARY KEY CHECK (id = 1),
      length bigint NOT NULL,
      last_hash text NOT NULL,
      rewrites bigint NOT NULL,
      built_at timestamptz NOT NULL DEFAULT now())
    """,
    """
    CREATE FUNCTION claimdesk_index_touched() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF coalesce(current_setting('\(writerSetting)', true), '') <> 'on' THEN DELETE FROM claimdesk_index_state; END IF;
      RETURN NULL;
    END $$
    """,
    """
    CREATE TRIGGER claimdesk_claim_index_touched AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON claimdesk_claim_index
    FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_index_touched()
    """,
    """
    CREATE TRIGGER claimdesk_claim_events_touched AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON claimdesk_claim_events
    FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_index_touched()
    """,
    """
    CREATE TRIGGER claimdesk_document_index_touched AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON claimdesk_document_index
    FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_index_touched()
    """,
    """
    CREATE TRIGGER claimdesk_index_state_touched AFTER INSERT OR UPDATE ON claimdesk_index_state
    FOR EACH STATEMENT EXECUTE FUNCTION claimdesk_index_touched()
    """,
    // The lock statement also reads what the index covers (nothing when it is not trusted), so
    // that a writer's check of it asks the database nothing more.
    "DROP FUNCTION claimdesk_lock(bigint)",
    """
    CREATE FUNCTION claimdesk_lock(since bigint)
    RETURNS TABLE (seq bigint, hash text, length bigint, stored bigint, count bigint, rewrites bigint,
      tail_offset bigint, tail bytea, index_length bigint, index_hash text) LANGUAGE plpgsql VOLATILE AS $$
    BEGIN
      PERFORM pg_advisory_lock(\(LedgerSchema.writeLockKey));
      RETURN QUERY
        SELECT h.seq, h.hash, h.length,
          coalesce((SELECT e.byte_offset + octet_length(e.line) + 1 FROM claimdesk_events e ORDER BY e.byte_offset DESC LIMIT 1), 0),
          c.count, c.rewrites, t.tail_offset, t.tail, s.length, s.last_hash
        FROM claimdesk_head h CROSS JOIN claimdesk_changes c
          LEFT JOIN LATERAL (SELECT min(e.byte_offset) AS tail_offset, string_agg(e.line || '\\x0a'::bytea, ''::bytea ORDER BY e.byte_offset) AS tail
            FROM claimdesk_events e WHERE e.seq >= since AND e.seq <= h.seq AND h.seq - since < 2000
            HAVING sum(octet_length(e.line) + 1) <= 1048576) t ON true
          LEFT JOIN claimdesk_index_state s ON s.id = 1 AND s.rewrites = c.rewrites
        WHERE h.id = 1 AND c.id = 1;
    END $$
    """,
  ]
}
