import Foundation
import Hummingbird
import ClaimdeskKit
import ClaimdeskLedger

extension WebApp {
  func addDocumentRoutes(_ router: Router<ServerContext>) {
    router.get("/documents/:id") { request, context -> Response in
      let prefix = context.parameters.get("id") ?? ""
      // Set by a web check's redirect; shown only when it is a worksheet's file name.
      let written = FormFields(request.uri.query ?? "")["worksheet"].flatMap { name in
        name.range(of: #"^[a-z0-9][a-z0-9-]*\.md$"#, options: .regularExpression) == nil ? nil : name
      }
      return await documentPage(prefix, context: context) { values in
        if let written { values["worksheetWritten"] = "reports/" + written }
      }
    }

    router.get("/documents/:id/worksheet.md") { _, context -> Response in
      let prefix = context.parameters.get("id") ?? ""
      let workbench = self.workbench
      let generator = self.generator
      do {
        let worksheet = try await Blocking.run { () -> (name: String, text: String)? in
          let document = try Self.document(prefix, in: workbench.state())
          return try workbench.worksheets(document: document.id, generator: generator).first.map { ($0.selection.fileName, $0.text) }
        }
        guard let worksheet else { return pages.error(.notFound, "This document has no claims to put in a worksheet.", context: context) }
        return Self.download(worksheet.text, type: "text/markdown; charset=utf-8", name: worksheet.name)
      } catch {
        return failure(error, context: context)
      }
    }
  }

  func documentPage(_ prefix: String, context: ServerContext, adjust: (inout [String: Any]) -> Void = { _ in }) async -> Response {
    let snapshot = self.snapshot
    let workspace = workbench.workspace
    do {
      let contents = try await Blocking.run { try snapshot.current() }
      let document = try Self.document(prefix, in: contents.state)
      var values = DocumentView.values(document, snapshot: contents, workspace: workspace)
      adjust(&values)
      return pages.page("document", title: document.title ?? document.origin, values: values, context: context)
    } catch {
      return failure(error, context: context)
    }
  }

  /// A document by a unique prefix of its id (at least 6 hex digits, as in links the pages make).
  static func document(_ prefix: String, in state: LedgerState) throws -> DocumentState {
    let key = prefix.lowercased()
    guard key.count >= 6, key.allSatisfy(\.isHexDigit) else { throw LedgerError.unknownDocument(prefix) }
    let matches = state.documentOrder.filter { $0.hasPrefix(key) }
    guard matches.count == 1, let document = state.documents[matches[0]] else { throw LedgerError.unknownDocument(prefix) }
    return document
  }

  static func download(_ text: String, type: String, name: String) -> Response {
    let safeName = String(name.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || "0123456789.-_".unicodeScalars.contains($0)) })
    return Response(
      status: .ok,
      headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(safeName.isEmpty ? "export" : safeName)\""],
      body: .init(byteBuffer: ByteBuffer(string: text)))
  }
}
