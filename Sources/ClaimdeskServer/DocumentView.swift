import Foundation
import ClaimdeskKit
import ClaimdeskLedger

/// The values of a document's page: its stored text cut into plain runs and claims (by their
/// spans, in Unicode scalars), and its claims in reading order.
enum DocumentView {
  static func values(_ document: DocumentState, snapshot: ClaimsSnapshot.Contents, workspace: Workspace) -> [String: Any] {
    let claims = snapshot.state.orderedClaims.filter { $0.document == document.id }
      .sorted { ($0.span?.lowerBound ?? 0) < ($1.span?.lowerBound ?? 0) }
    let path = workspace.documentsDirectory + "/" + document.id + ".txt"
    let text = (try? String(contentsOfFile: path, encoding: .utf8))
    var values: [String: Any] = [
      "id": document.id, "title": Shown.text(document.title ?? document.origin), "origin": Shown.text(document.origin),
      "addedAt": document.addedAt, "addedBy": Shown.text(document.addedBy), "claimCount": claims.count,
      "claims": claims.map {
        ["shortID": snapshot.shortIDs[$0.id] ?? $0.id, "status": $0.status.rawValue, "text": Shown.text($0.text)]
      },
      "segments": text.map { segments($0, claims: claims, shortIDs: snapshot.shortIDs) } ?? [],
      "missingText": text == nil,
    ]
    if let href = SafeLink.href(document.url ?? document.origin) { values["href"] = href }
    return values
  }

  static func segments(_ text: String, claims: [ClaimState], shortIDs: ShortIDs) -> [[String: Any]] {
    let scalars = Array(text.unicodeScalars)
    var out: [[String: Any]] = []
    var at = 0
    func piece(_ range: Range<Int>) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[range])
      return Shown.text(String(view))
    }
    for claim in claims {
      guard let span = claim.span, span.lowerBound >= at, span.upperBound <= scalars.count else { continue }
      if span.lowerBound > at { out.append(["text": piece(at..<span.lowerBound)]) }
      out.append(["text": piece(span), "claim": shortIDs[claim.id] ?? claim.id])
      at = span.upperBound
    }
    if at < scalars.count { out.append(["text": piece(at..<scalars.count)]) }
    return out
  }
}
