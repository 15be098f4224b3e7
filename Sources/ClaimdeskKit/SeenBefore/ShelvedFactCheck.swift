import ClaimdeskMatching

/// An imported fact-check with the reference the ledger names it by: its URL, or
/// `import:<digest12>:<line>` (the file's digest and the row) when it has none.
struct ShelvedFactCheck: Sendable {
  var record: FactCheckRecord
  var reference: String

  var matchDocument: MatchDocument { MatchDocument(id: reference, text: record.claim, title: record.title ?? "") }
}
