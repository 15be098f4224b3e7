import ClaimdeskLedger
import ClaimdeskReports
/// Which worksheets `report` writes: one per document, holding the claims that pass the filters,
/// and the file name each goes to (`reports/<document-slug>.md`).
public struct WorksheetSelection: Sendable {
  public var document: DocumentState
  public var claims: [ClaimState]
  /// `<slug>.md`, unique within the workspace.
  public var fileName: String

  /// The id of the pseudo-document that holds claims entered by hand.
  public static let manualDocumentID = "manual"

  /// - Parameters:
  ///   - document: a document id prefix, or nil for every document with matching claims.
  ///   - claimIDs: full claim ids (already resolved), or empty for all.
  public static func select(
    from state: LedgerState, document prefix: String?, statuses: [ClaimStatus], claimIDs: [String], minScore: Double?
  ) throws -> [WorksheetSelection] {
    let documentID = try prefix.map { try resolveDocument($0, in: state) }
    let claims = state.orderedClaims.filter { claim in
      (statuses.isEmpty || statuses.contains(claim.status)) && (claimIDs.isEmpty || claimIDs.contains(claim.id))
        && (minScore.map { (claim.score ?? 0) >= $0 } ?? true)
        && (documentID.map { (claim.document ?? manualDocumentID) == $0 } ?? true)
    }
    var groups: [String: [ClaimState]] = [:]
    for claim in claims { groups[claim.document ?? manualDocumentID, default: []].append(claim) }
    var order = state.documentOrder.filter { groups[$0] != nil }
    if groups[manualDocumentID] != nil { order.append(manualDocumentID) }
    // A named document gets its worksheet even when no claim passes (it then says so).
    if let documentID, groups[documentID] == nil { order = [documentID] }

    let slugs = fileNames(state)
    return order.map { id in
      let document = state.documents[id] ?? manualDocument(groups[id] ?? [])
      return WorksheetSelection(document: document, claims: groups[id] ?? [], fileName: slugs[id] ?? "manual-claims.md")
    }
  }

  /// The worksheet a reading came from, as the ledger has it now: the same document and the same
  /// claims (a worksheet written with filters keeps its selection), for `sync` to refresh it.
  public static func current(of reading: WorksheetReading, state: LedgerState) -> WorksheetSelection {
    let claims = reading.claims.compactMap { state.claims[$0.id] }
    let document = state.documents[reading.documentID] ?? manualDocument(claims)
    return WorksheetSelection(document: document, claims: claims, fileName: fileNames(state)[reading.documentID] ?? "manual-claims.md")
  }

  /// A file name per document from its title (else its origin's file name), made unique by a
  /// piece of the id when two documents would share one.
  static func fileNames(_ state: LedgerState) -> [String: String] {
    var slugs: [String: String] = [:]
    for id in state.documentOrder {
      guard let document = state.documents[id] else { continue }
      let origin = document.origin.split(separator: "/").last.map(String.init) ?? document.origin
      let stem = origin.contains(".") ? String(origin[..<origin.lastIndex(of: ".")!]) : origin
      let slug = slugify(document.title ?? stem)
      slugs[id] = slug.isEmpty ? "document-" + id.prefix(12) : slug
    }
    var counts: [String: Int] = [:]
    for slug in slugs.values { counts[slug, default: 0] += 1 }
    var names: [String: String] = [manualDocumentID: "manual-claims.md"]
    for (id, slug) in slugs { names[id] = (counts[slug]! > 1 ? slug + "-" + id.prefix(8) : slug) + ".md" }
    return names
  }

  /// Lowercase ASCII letters and digits joined by single hyphens, at most 60 characters.
  static func slugify(_ text: String) -> String {
    var out = ""
    var hyphen = false
    for scalar in text.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        if hyphen && !out.isEmpty { out += "-" }
        hyphen = false
        out.unicodeScalars.append(scalar)
      } else if scalar != "’" && scalar != "'" {
        hyphen = true
      }
    }
    // At most 60 characters, cut between words ("...-as-ridership-falls", not "...-fall").
    guard out.count > 60 else { return out }
    let head = String(out.prefix(61))
    if let cut = head.lastIndex(of: "-"), head.distance(from: head.startIndex, to: cut) >= 20 {
      return String(head[..<cut])
    }
    return String(out.prefix(60))
  }

  static func resolveDocument(_ prefix: String, in state: LedgerState) throws -> String {
    let key = prefix.lowercased()
    if key == manualDocumentID { return key }
    let matches = state.documentOrder.filter { $0.hasPrefix(key) }
    guard matches.count == 1, key.count >= 4 else {
      if matches.count > 1 && key.count >= 4 {
        throw LedgerError.refused("document id '\(prefix)' is ambiguous; give more digits")
      }
      throw LedgerError.unknownDocument(prefix)
    }
    return matches[0]
  }

  /// The pseudo-document of claims entered by hand (`claimdesk add`).
  static func manualDocument(_ claims: [ClaimState]) -> DocumentState {
    let first = claims.compactMap(\.history.first).min { $0.seq < $1.seq }
    return DocumentState(
      id: manualDocumentID, origin: "entered by hand", title: "Claims entered by hand", format: "manual",
      bytesSHA256: "-", url: nil, published: nil, addedAt: first?.at ?? "-", addedBy: first?.actor ?? "-")
  }
}
