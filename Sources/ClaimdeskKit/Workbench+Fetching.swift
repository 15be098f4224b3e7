import Foundation
import ClaimdeskEvidence
import ClaimdeskLedger
import ClaimdeskSupport
import ClaimdeskText

/// One URL to fetch and the claims that cite it (each gets its own `source.fetched` event).
public struct FetchTarget: Sendable, Equatable {
  public var url: String
  /// Full claim ids, in ledger order.
  public var claims: [String]
}

extension Workbench {
  /// The URLs `claimdesk fetch` would fetch: the URL sources of the named claims (every claim when
  /// none is named) not captured yet for that claim (never fetched, or whose latest fetch failed:
  /// see `CaptureRule`), or all of them with `refetch`; with `suggested`, the links the document
  /// cites in the claim's sentence too.
  /// Named claims are read through the index, as `show` reads one (no whole fold).
  public func fetchTargets(claims prefixes: [String], suggested: Bool, refetch: Bool) throws -> [FetchTarget] {
    let claims = try prefixes.isEmpty ? state().orderedClaims : prefixes.map { try claim($0).claim }
    var targets: [FetchTarget] = []
    var position: [String: Int] = [:]
    for claim in claims {
      var urls = claim.sources.filter { $0.isURL && (refetch || !Self.captured($0)) }.map(\.reference)
      if suggested {
        urls += claim.suggestedSources.filter { url in refetch || !claim.sources.contains { $0.reference == url && Self.captured($0) } }
      }
      for url in urls {
        if let at = position[url] {
          if !targets[at].claims.contains(claim.id) { targets[at].claims.append(claim.id) }
        } else {
          position[url] = targets.count
          targets.append(FetchTarget(url: url, claims: [claim.id]))
        }
      }
    }
    return targets
  }

  /// The claims the targets cite. A few (what the web's "Fetch sources" or `fetch ID` names)
  /// are read through the index, each line's hash checked, as `show` reads one; more than
  /// `Self.claimsReadOneByOne`, from one whole fold.
  func claimsCited(by targets: [FetchTarget]) throws -> [String: ClaimState] {
    var ids: [String] = []
    var seen = Set<String>()
    for id in targets.flatMap(\.claims) where seen.insert(id).inserted { ids.append(id) }
    var claims: [String: ClaimState] = [:]
    if ids.count <= Self.claimsReadOneByOne {
      for id in ids { claims[id] = try ledger.claim(id).claim }
    } else {
      let state = try state()
      for id in ids { claims[id] = state.claims[id] }
    }
    return claims
  }

  /// Above this many claims one whole fold costs less than reading each through the index.
  static let claimsReadOneByOne = 64

  /// True when the source's latest fetch captured the page; a failed one is fetched again.
  static func captured(_ source: SourceState) -> Bool { source.isCaptured }

  /// Fetches the targets into `claims/sources/` (WARC) and records one `source.fetched` per claim
  /// and URL, failures included, in one append once every transfer has ended.
  public func fetch(
    _ targets: [FetchTarget], options: FetchOptions, progress: (@Sendable (FetchProgress) -> Void)? = nil
  ) async throws -> [FetchResult] {
    guard !targets.isEmpty else { return [] }
    var options = options
    options.snapshotDirectory = workspace.sourcesDirectory
    let engine = try FetchEngine(options: options)
    let claims = try claimsCited(by: targets)
    try restoreEarlierCaptures(of: targets, in: claims)
    let captured = WARCCaptureIndex.latest(in: options.snapshotDirectory)
    let requests = targets.map { FetchRequest(url: $0.url, previous: captured[$0.url]?.capture) }
    let results = await engine.fetch(requests, progress: progress)
    try keepSnapshots(atPaths: results.compactMap(\.warcPath))
    var drafts: [EventDraft] = []
    for (target, result) in zip(targets, results) {
      let record = result.record(relativeTo: workspace.root)
      let page = Self.pageDocument(result)  // read once, ranked for each claim that cites it
      for id in target.claims {
        let claim = claims[id]
        let passages = page.flatMap { page in claim.map { Self.passages(for: $0, in: page) } }
        let payload = SourceFetchedPayload(url: target.url, fetch: record, passages: passages)
        drafts.append(EventDraft(op: .sourceFetched, claim: id, data: payload.json))
      }
    }
    try ledger.append(drafts, actor: actor, at: now)
    return results
  }

  /// Fetches one page to read as a document (`extract URL`), kept as a WARC snapshot in
  /// `options.snapshotDirectory` like any source. A failed fetch or an HTTP error is an error.
  public static func fetchPage(_ url: String, options: FetchOptions) async throws -> FetchResult {
    try checkURL(url)
    let engine = try FetchEngine(options: options)
    guard let result = await engine.fetch([FetchRequest(url: url)]).first else {
      throw WorkbenchError.pageNotFetched(url: url, reason: "the fetcher returned nothing")
    }
    if let failure = result.failure {
      throw WorkbenchError.pageNotFetched(url: url, reason: "\(failure.category.rawValue): \(failure.message)")
    }
    guard (200..<300).contains(result.httpStatus) else {
      throw WorkbenchError.pageNotFetched(url: url, reason: "HTTP \(result.httpStatus)")
    }
    return result
  }

  /// Refuses a URL to fetch that holds user info (never sent, never stored), control characters
  /// or whitespace, with `WorkbenchError.refusedURL`; what `fetch-url`, `check URL` and
  /// `extract URL` check before writing anything. Sources are checked by `SourceReference`.
  public static func checkURL(_ url: String) throws {
    if let problem = URLCheck.problem(url) { throw WorkbenchError.refusedURL(SourceReference.shown(url), reason: problem) }
  }

  /// A fetched page's main text (HTML) or its text, when there is a body to read.
  static func pageDocument(_ result: FetchResult) -> Document? {
    guard result.failure == nil else { return nil }
    return pageDocument(result.decodedBody, contentType: result.contentType, headerCharset: result.headerCharset, url: result.finalURL)
  }

  /// A page's main text (HTML) or its text (text/plain), as passages are ranked in it.
  static func pageDocument(_ body: [UInt8], contentType: String?, headerCharset: String?, url: String) -> Document? {
    guard !body.isEmpty else { return nil }
    if contentType?.lowercased().hasPrefix("text/plain") == true {
      return try? DocumentReader.read(body, origin: url, format: .text)
    }
    return try? HTMLReader.read(body, headerCharset: headerCharset, url: url)
  }

  /// The passages of a page that bear on the claim, as `source.fetched` records them.
  static func passages(for claim: ClaimState, in page: Document) -> [PassageRecord] {
    let entities = claim.cues.filter { $0.kind == "entity" }.map(\.text)
    let query = PassageQuery(text: claim.text, entities: entities.isEmpty ? nil : entities)
    return PassageRanker.rank(claim: query, in: page, limit: 3).map { passage in
      PassageRecord(
        text: passage.text, score: passage.score, matchedTerms: passage.matchedTerms,
        paragraph: passage.paragraphIndex, contradiction: passage.contradiction)
    }
  }
}
