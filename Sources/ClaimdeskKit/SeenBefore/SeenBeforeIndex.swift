import ClaimdeskLedger
import ClaimdeskMatching
import ClaimdeskSupport
import Foundation

/// What a claim may repeat: the ledger's claims and the imported fact-checks, each searched by
/// its own matcher (z-score fusion ranks within one corpus), the two lists merged by the
/// corpus-independent evidence that also sets the tiers (docs/matching.md).
struct SeenBeforeIndex: Sendable {
  private let claims: HybridMatcher?
  private let factChecks: HybridMatcher?
  private let statuses: [String: ClaimStatus]
  private let shelved: [String: ShelvedFactCheck]
  let method: String
  /// Embedding this many texts takes seconds: worth a word to the user first.
  static let announcedRun = 1_000

  /// `cacheName` names the ledger's growing embedding file (claims are only ever appended).
  init(state: LedgerState, factChecks shelf: [ShelvedFactCheck], model: MatchingModel, cache: EmbeddingCache?, cacheName: String) {
    let ordered = state.orderedClaims
    statuses = Dictionary(uniqueKeysWithValues: ordered.map { ($0.id, $0.status) })
    shelved = Dictionary(shelf.map { ($0.reference, $0) }, uniquingKeysWith: { first, _ in first })
    method = model.method
    let claimDocuments = ordered.map { MatchDocument(id: $0.id, text: $0.text) }
    if claimDocuments.isEmpty {
      claims = nil
    } else if let embedding = model.embedding {
      let texts = claimDocuments.map(\.text)
      let vectors: EmbeddingMatrix
      if let cache {
        vectors = cache.growingVectors(name: cacheName, modelDigest: embedding.digest, texts: texts) { missing in
          if missing.count >= Self.announcedRun {
            model.announce?("embedding \(missing.count) claims for seen-before matching (once: they are cached for later runs)")
          }
          return HybridMatcher.embedDeduplicated(Array(missing), embedding)
        }.matrix
      } else {
        vectors = EmbeddingMatrix(vectors: HybridMatcher.embedDeduplicated(texts, embedding))
      }
      claims = HybridMatcher(documents: claimDocuments, embedding: embedding, textVectors: vectors)
    } else {
      claims = HybridMatcher(documents: claimDocuments)
    }
    factChecks = shelf.isEmpty ? nil : HybridMatcher(documents: shelf.map(\.matchDocument), embedding: model.embedding, cache: cache)
  }

  /// Matches worth showing ("related" or stronger), strongest first, at most `top`.
  func matches(_ text: String, excluding: Set<String>, top: Int = 5) -> [SeenBeforeMatch] {
    candidates(text, excluding: excluding, top: top).filter { $0.tier != MatchTier.unrelated.rawValue }
  }

  /// The `top` best candidates of both corpora, whatever their tier, strongest first.
  func candidates(_ text: String, excluding: Set<String>, top: Int) -> [SeenBeforeMatch] {
    var found: [SeenBeforeMatch] = []
    if let claims {
      for candidate in claims.match(text, top: top + excluding.count) where !excluding.contains(candidate.id) {
        found.append(
          SeenBeforeMatch(
            target: .claim(candidate.id), tier: candidate.tier.rawValue, similarity: candidate.evidence,
            status: statuses[candidate.id]?.rawValue, figures: Self.figures(candidate)))
      }
    }
    if let factChecks {
      for candidate in factChecks.match(text, top: top) {
        let record = shelved[candidate.id]?.record
        found.append(
          SeenBeforeMatch(
            target: .factCheck(candidate.id), tier: candidate.tier.rawValue, similarity: candidate.evidence,
            verdict: record?.verdict, publisher: record?.publisher, date: record?.date, title: record?.title,
            claimReviewed: record?.claim, figures: Self.figures(candidate)))
      }
    }
    found.sort { ($0.similarity, $1.reference) > ($1.similarity, $0.reference) }
    return Array(found.prefix(top))
  }

  /// "5% vs 7%" when the tier was lowered for a figure that differs.
  private static func figures(_ candidate: MatchCandidate) -> String? {
    guard candidate.agreement.figuresDiffer else { return nil }
    return candidate.agreement.conflicts.map(\.description).joined(separator: "; ")
  }
}
