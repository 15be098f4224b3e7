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
        values["problem"] = Shown.text(message)
        return pages.page("check", title: "Check", values: values, context: context, status: status)
      }
      let text = form["text"] ?? ""
      let url = form.trimmed("url")
      let upload = form.files["file"]
      let date = form.trimmed("date")
      if let date, date.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil {
        return refuse("The date must be YYYY-MM-DD.")
      }
      let given = [url != nil, upload != nil, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty].filter { $0 }.count
      guard given == 1 else {
        return refuse(given == 0 ? "Paste a text, choose a file or give an address." : "Give one of a pasted text, a file or an address, not several.")
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
      } else if let upload {
        guard !upload.bytes.isEmpty else { return refuse("The file \(Self.uploadName(upload.name)) is empty.") }
        // The reader picks the format from the name's extension (.txt, .md, .html), else the
        // content, as `claimdesk check FILE` does; the name is only a label, never a path.
        bytes = upload.bytes
        origin = Self.uploadName(upload.name)
      }
      let workbench = self.workbench(for: context)
      let scorer = self.scorer
      let generator = self.generator
      let matchingModel = self.matchingModel
      let input = bytes
      let named = origin
      let asked = options
      do {
        let outcome = try await Blocking.run { () -> CheckOutcome in
          var chosen = asked
          chosen.minimumScore = try WorkspaceConfig.load(from: workbench.workspace).minimumScore ?? ExtractionOptions.triageThreshold
          let result = try workbench.extract(input, origin: named, options: chosen, scorer: scorer)
          guard !result.claims.isEmpty else { return CheckOutcome(documentID: result.documentID, claims: 0) }
          // As `claimdesk check`: new claims matched against earlier ones and fact-checks before
          // the worksheet is written, so that it shows what they repeat.
          try workbench.recordSeenBefore(for: result.claims.filter(\.added).map(\.id), model: matchingModel())
          return CheckOutcome(documentID: result.documentID, claims: result.claims.count, worksheet: Self.writeWorksheet(result.documentID, workbench: workbench, generator: generator))
        }
        guard outcome.claims > 0 else { return refuse("No checkable claims were found in this text.", .ok) }
        let location = "/documents/\(outcome.documentID.prefix(16))"
        switch outcome.worksheet {
        case .written(let name): return Self.redirect(location + "?worksheet=" + name)
        case .refused(let reason), .none(let reason):
          return await documentPage(String(outcome.documentID.prefix(16)), context: context) { values in
            values["problem"] = Shown.text("The claims were recorded, but the worksheet was not written: \(reason)")
          }
        }
      } catch {
        return refuse("\(error)")
      }
    }
  }

  /// Writes the document's worksheet into `reports/` as `claimdesk check` does (the same
  /// workbench calls; never over a reviewer's unsynced edits).
  static func writeWorksheet(_ documentID: String, workbench: Workbench, generator: String) -> WorksheetOutcome {
    do {
      guard let worksheet = try workbench.worksheets(document: documentID, generator: generator).first else {
        return .none("the document has no claims")
      }
      let shown = "reports/" + worksheet.selection.fileName
      try workbench.writeWorksheet(worksheet.text, to: worksheet.defaultPath, shown: shown, force: false)
      return .written(worksheet.selection.fileName)
    } catch {
      return .refused("\(error)")
    }
  }

  /// An uploaded file's name as a label: its last path component, without control characters,
  /// at most 120 characters ("uploaded file" when nothing is left).
  static func uploadName(_ raw: String) -> String {
    let last = raw.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
    let clean = String(String.UnicodeScalarView(last.unicodeScalars.filter { !Shown.isHidden($0) }).prefix(120))
      .trimmingCharacters(in: .whitespaces)
    return clean.isEmpty || clean == "." || clean == ".." ? "uploaded file" : clean
  }

  private func checkValues(_ context: ServerContext, _ form: FormFields) -> [String: Any] {
    [
      "csrf": context.session.csrf, "title": form["title"] ?? "", "text": form["text"] ?? "", "url": form["url"] ?? "",
      "date": form["date"] ?? "", "limit": settings.uploadLimit / 1024,
    ]
  }
}
