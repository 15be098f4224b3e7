import Foundation
import Hummingbird
import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskText

extension WebApp {
  func addClaimRoutes(_ router: Router<ServerContext>) {
    router.get("/claims/:id") { request, context -> Response in
      let id = context.parameters.get("id") ?? ""
      let query = FormFields(request.uri.query ?? "")
      let done = query["done"]
      let run = query["fetch"].flatMap { fetchJobs.job($0, owner: context.session.id) }
      return await claimPage(id, context: context) { values in
        if done == "verdict" { values["recorded"] = "Recorded." }
        if done == "assign" { values["recorded"] = "Assignment recorded." }
        if done == "reject" { values["recorded"] = "Match rejected: it is no longer listed as seen before." }
        if done == "same-as" { values["recorded"] = "Earlier verdict adopted." }
        if done == "nothing-to-fetch" { values["recorded"] = "Nothing to fetch: every URL source of this claim is captured already." }
        if let run { values["fetchRun"] = Self.fetchRunValues(run) }
      }
    }

    router.post("/claims/:id/verdict") { _, context -> Response in
      let id = context.parameters.get("id") ?? ""
      let form = context.form
      var echo = ClaimView.FormEcho(note: form["note"] ?? "", source: form.all("source").joined(separator: " "))
      if let raw = form.trimmed("status") {
        guard let status = ClaimStatus(rawValue: raw) else {
          return pages.error(.badRequest, "'\(Shown.text(raw))' is not a status; nothing was recorded.", context: context)
        }
        echo.status = status
      }
      guard let lastEvent = form.trimmed("last_event") else {
        return pages.error(.badRequest, "The form lacks last_event; reload the claim and try again.", context: context)
      }
      // The form always sends a source field; an empty one means none.
      let sources = form.all("source").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
      let request = ReviewRequest(status: echo.status, sources: sources, note: form["note"])
      let workbench = self.workbench(for: context)
      return await write(id, echo: echo, context: context, done: "verdict") {
        try workbench.review(id, request, expecting: lastEvent)
      }
    }

    router.post("/claims/:id/assign") { _, context -> Response in
      let id = context.parameters.get("id") ?? ""
      guard let lastEvent = context.form.trimmed("last_event") else {
        return pages.error(.badRequest, "The form lacks last_event; reload the claim and try again.", context: context)
      }
      let assignee = context.form.trimmed("assignee")
      if let assignee, (try? UserStore.checkName(assignee)) == nil {
        return pages.error(.unprocessableContent, "'\(Shown.text(assignee))' is not a usable name: letters, digits, '.', '_' or '-'.", context: context)
      }
      let workbench = self.workbench(for: context)
      return await write(id, echo: nil, context: context, done: "assign") {
        try workbench.assign(id, to: assignee, expecting: lastEvent)
      }
    }

    addSeenBeforeRoutes(router)
  }

  /// Runs a guarded write; a conflict or a refused review shows the claim as it is now, with what
  /// the reviewer entered, and writes nothing.
  func write(
    _ id: String, echo: ClaimView.FormEcho?, context: ServerContext, done: String,
    _ body: @escaping @Sendable () throws -> ClaimState
  ) async -> Response {
    do {
      let claim = try await Blocking.run(body)
      let shortID = try await Blocking.run { [workbench] in try workbench.ledger.claim(claim.id).shortID }
      return Self.redirect("/claims/\(shortID)?done=\(done)")
    } catch let conflict as ReviewConflict {
      return await claimPage(id, context: context, status: .conflict, echo: echo) { values in
        values["conflict"] = ["changes": conflict.changes.map(ClaimView.entry)]
      }
    } catch let refusal as WorkbenchError {
      return await claimPage(id, context: context, status: .unprocessableContent, echo: echo) { values in
        values["problem"] = Shown.text(refusal.description.replacingOccurrences(of: "--source", with: "a source").replacingOccurrences(of: "--note", with: "a note"))
      }
    } catch let refusal as SeenBeforeError {
      return await claimPage(id, context: context, status: .unprocessableContent, echo: echo) { values in
        // Worded for the command line; the page's forms have no flags.
        values["problem"] = Shown.text(
          refusal.description.replacingOccurrences(of: "give --status too", with: "choose a status")
            .replacingOccurrences(of: "with --source", with: "in the verdict form, with a source"))
      }
    } catch {
      return failure(error, context: context)
    }
  }

  func claimPage(
    _ id: String, context: ServerContext, status: HTTPResponse.Status = .ok, echo: ClaimView.FormEcho? = nil,
    adjust: (inout [String: Any]) -> Void = { _ in }
  ) async -> Response {
    let workbench = self.workbench
    let snapshot = self.snapshot
    do {
      let (claim, shortID) = try await Blocking.run { try workbench.claim(id) }
      let document = try await Blocking.run { () -> DocumentState? in
        guard let documentID = claim.document else { return nil }
        return try snapshot.document(documentID)
      }
      var captured: [String: CapturedPages.Outcome] = [:]
      if claim.sources.contains(where: { !$0.fetches.isEmpty }) {
        let cache = self.capturedPages
        captured = (try? await Blocking.run { () -> [String: CapturedPages.Outcome] in
          var found: [String: CapturedPages.Outcome] = [:]
          for source in claim.sources { found[source.reference] = cache.page(source, workbench: workbench) }
          return found
        }) ?? [:]
      }
      // The earlier claims it repeats, as they are now (one claim at a time through the index).
      var earlier: [String: (claim: ClaimState, shortID: String)] = [:]
      for match in claim.seenBefore {
        guard case .claim(let other) = match.target else { continue }
        earlier[other] = try? await Blocking.run { try workbench.ledger.claim(other) }
      }
      var values = ClaimView.values(
        claim, shortID: shortID, document: document, csrf: context.session.csrf, echo: echo, captured: captured,
        earlier: earlier)
      adjust(&values)
      return pages.page("claim", title: "Claim \(shortID)", values: values, context: context, status: status)
    } catch {
      return failure(error, context: context)
    }
  }
}
