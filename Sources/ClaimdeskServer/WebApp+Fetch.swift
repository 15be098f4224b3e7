import Foundation
import Hummingbird
import ClaimdeskEvidence
import ClaimdeskKit
import ClaimdeskLedger

extension WebApp {
  func addFetchRoutes(_ router: Router<ServerContext>) {
    // Fetches the claim's URL sources not captured yet, as `claimdesk fetch ID` does, under the
    // same address rules without --allow-private. Without script the POST waits for the run and
    // redirects to the claim page showing what each URL gave; the page's script sends `mode=async`,
    // gets the run's id at once and polls `/fetches/ID` for progress.
    router.post("/claims/:id/fetch") { _, context -> Response in
      let id = context.parameters.get("id") ?? ""
      let workbench = self.workbench(for: context)
      let targets: [FetchTarget]
      let shortID: String
      do {
        (targets, shortID) = try await Blocking.run {
          let (claim, shortID) = try workbench.claim(id)
          return (try workbench.fetchTargets(claims: [claim.id], suggested: false, refetch: false), shortID)
        }
      } catch {
        return failure(error, context: context)
      }
      let isAsync = context.form["mode"] == "async"
      guard !targets.isEmpty else {
        return isAsync ? Self.json(.ok, ["claim": shortID]) : Self.redirect("/claims/\(shortID)?done=nothing-to-fetch")
      }
      let job = fetchJobs.start(owner: context.session.id, claim: shortID, total: targets.count)
      let jobs = fetchJobs
      var options = FetchOptions(snapshotDirectory: workbench.workspace.sourcesDirectory)
      options.addressPolicy = .publicOnly
      let chosen = options
      let run = Task {
        do {
          _ = try await workbench.fetch(targets, options: chosen) { progress in
            jobs.update(job.id) { job in
              job.done = progress.done
              if let result = progress.finished { job.lines.append(Self.line(result)) }
            }
          }
        } catch {
          jobs.update(job.id) { $0.problem = "The fetches could not be recorded: \(error)" }
        }
        jobs.update(job.id) { $0.finished = true }
      }
      if isAsync { return Self.json(.accepted, ["claim": shortID, "job": job.id]) }
      await run.value
      return Self.redirect("/claims/\(shortID)?fetch=\(job.id)")
    }

    router.get("/fetches/:job") { _, context -> Response in
      guard let job = fetchJobs.job(context.parameters.get("job") ?? "", owner: context.session.id) else {
        return Self.json(.notFound, ["error": "No such fetch run in this session."])
      }
      return Self.json(.ok, job)
    }
  }

  /// What a fetch run shows on the claim page.
  static func fetchRunValues(_ job: FetchJobs.Job) -> [String: Any] {
    let state = job.finished ? "Fetched" : "Fetching"
    var values: [String: Any] = [
      "summary": "\(state) \(job.done) of \(job.total) source\(job.total == 1 ? "" : "s") (recorded in the ledger as the claim's fetches below).",
      "lines": job.lines.map(Shown.text),
    ]
    if let problem = job.problem { values["problem"] = Shown.text(problem) }
    return values
  }

  /// One finished URL: "HTTP 200 https://…" or "failed (refused-address) https://…: why".
  static func line(_ result: FetchResult) -> String {
    guard let failure = result.failure else {
      let unchanged = result.outcome == .unchanged ? ", unchanged" : ""
      return "HTTP \(result.httpStatus)\(unchanged) \(result.requestedURL)"
    }
    return "failed (\(failure.category.rawValue)) \(result.requestedURL): \(failure.message)"
  }

  static func json(_ status: HTTPResponse.Status, _ value: some Encodable) -> Response {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
    return Response(
      status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
  }
}
