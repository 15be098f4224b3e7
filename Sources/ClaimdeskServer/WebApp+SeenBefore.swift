import Foundation
import Hummingbird
import ClaimdeskKit
import ClaimdeskLedger

extension WebApp {
  /// The claim page's forms for what it repeats: reject a match (as `match --reject ID OTHER
  /// --note`) and adopt an earlier claim's or fact-check's verdict (as `mark ID --same-as OTHER`),
  /// by the workbench's rules, with the verdict form's `csrf` and `last_event`.
  func addSeenBeforeRoutes(_ router: Router<ServerContext>) {
    router.post("/claims/:id/reject-match") { _, context -> Response in
      let id = context.parameters.get("id") ?? ""
      let form = context.form
      guard let lastEvent = form.trimmed("last_event") else {
        return pages.error(.badRequest, "The form lacks last_event; reload the claim and try again.", context: context)
      }
      guard let other = form.trimmed("other") else {
        return pages.error(.badRequest, "The form names no match to reject; reload the claim and try again.", context: context)
      }
      let note = form["note"]
      let workbench = self.workbench(for: context)
      return await write(id, echo: nil, context: context, done: "reject") {
        try workbench.rejectMatch(id, reference: other, note: note, expecting: lastEvent)
      }
    }

    router.post("/claims/:id/same-as") { _, context -> Response in
      let id = context.parameters.get("id") ?? ""
      let form = context.form
      guard let lastEvent = form.trimmed("last_event") else {
        return pages.error(.badRequest, "The form lacks last_event; reload the claim and try again.", context: context)
      }
      guard let other = form.trimmed("other") else {
        return pages.error(.badRequest, "The form names no earlier claim or fact-check; reload the claim and try again.", context: context)
      }
      var status: ClaimStatus?
      if let raw = form.trimmed("status") {
        guard let chosen = ClaimStatus(rawValue: raw) else {
          return pages.error(.badRequest, "'\(Shown.text(raw))' is not a status; nothing was recorded.", context: context)
        }
        status = chosen
      }
      let note = form["note"]
      let workbench = self.workbench(for: context)
      let chosen = status
      return await write(id, echo: nil, context: context, done: "same-as") {
        try workbench.markSameAs(id, other: other, status: chosen, note: note, expecting: lastEvent)
      }
    }
  }
}
