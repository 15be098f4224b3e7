import Foundation
import Hummingbird
import ClaimdeskEvidence
import ClaimdeskKit
import ClaimdeskText

extension WebApp {
  func addCheckRoutes(_ router: Router<ServerContext>) {
    router.get("/check") { _, context -> Response in
      pages.page("check", title: "Check", values: checkValues(context, FormFields("")), context: context)
    }

    router.post("/check") { _, context -> Response in
      let form = context.form
      func refuse(_ message: String, _ status: HTTPResponse.Status = .unprocessableContent) -> Response {
        var values = checkValues(context, form)
        values["problem"] = message
        return pages.page("check", title: "Check", values: values, context: context, status: status)
      }
      let text = form["text"] ?? ""
      let url = form.trimmed("url")
      let date = form.trimmed("date")
      if let date, date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
        return refuse("The date must be YYYY-MM-DD.")
      }
      var options = ExtractionOptions(title: form.trimmed("title"), date: date)
      var bytes = Array(text.utf8)
      var origin = "pasted text"
      if let url {
        guard SafeLink.href(url) != nil else { return refuse("Only http and https addresses can be checked.") }
        // The same rules as `claimdesk fetch`, without --allow-private: the server never fetches
        // addresses on its own network for whoever can reach it.
        var fetch = FetchOptions(snapshotDirectory: workbench.workspace.sourcesDirectory)
        fetch.addressPolicy = .publicOnly
        do {
          let page = try await Workbench.fetchPage(url, options: fetch)
          bytes = page.decodedBody
          options.page = page
          options.format = page.contentType?.lowercased().hasPrefix("text/plain") == true ? .text : .html
          origin = url
        } catch {
          return refuse("\(error)", .badGateway)
        }
      } else if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        return refuse("Paste a text or give an address.")
      }
      let workbench = self.workbench(for: context)
      let scorer = self.scorer
      let chosen = options
      let input = bytes
      let named = origin
      do {
        let result = try await Blocking.run { try workbench.extract(input, origin: named, options: chosen, scorer: scorer) }
        guard !result.claims.isEmpty else { return refuse("No checkable claims were found in this text.", .ok) }
        return Self.redirect("/documents/\(result.documentID.prefix(16))")
      } catch {
        return refuse("\(error)")
      }
    }
  }

  private func checkValues(_ context: ServerContext, _ form: FormFields) -> [String: Any] {
    [
      "csrf": context.session.csrf, "title": form["title"] ?? "", "text": form["text"] ?? "", "url": form["url"] ?? "",
      "date": form["date"] ?? "", "limit": settings.uploadLimit / 1024,
    ]
  }
}
