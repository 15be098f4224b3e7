import Hummingbird
import ClaimdeskKit
import ClaimdeskLedger
import ClaimdeskReports

extension WebApp {
  func addExportRoutes(_ router: Router<ServerContext>) {
    router.get("/exports") { _, context -> Response in
      let snapshot = self.snapshot
      do {
        let state = try await Blocking.run { try snapshot.current().state }
        let documents: [[String: Any]] = state.documentOrder.compactMap { id in
          guard let document = state.documents[id], document.claimCount > 0 else { return nil }
          return ["id": id, "title": Shown.text(document.title ?? document.origin), "claimCount": document.claimCount]
        }
        return pages.page("exports", title: "Exports", values: ["documents": documents], context: context)
      } catch {
        return failure(error, context: context)
      }
    }

    router.get("/exports/:file") { _, context -> Response in
      let file = context.parameters.get("file") ?? ""
      let snapshot = self.snapshot
      let workspace = workbench.workspace
      do {
        let (type, bytes) = try await Blocking.run { () -> (String, [UInt8])? in
          let contents = try snapshot.current()
          let claims = contents.state.orderedClaims
          // The whole table of short ids, made for the export (the pages work out theirs one by one).
          func shortIDs() -> [String: String] { ClaimIDs.shortest(Array(contents.state.claims.keys)) }
          switch file {
          case "claims.csv": return ("text/csv; charset=utf-8", CSVExporter.export(claims, shortIDs: shortIDs()))
          case "claims.jsonl": return ("application/jsonl; charset=utf-8", JSONLinesExporter.export(claims, shortIDs: shortIDs()))
          case "claimreview.json":
            let config = try WorkspaceConfig.load(from: workspace)
            let publisher = try ClaimReviewPublisher.validated(name: config["publisher"], baseURL: config["base-url"])
            return ("application/ld+json; charset=utf-8", ClaimReviewExporter.export(claims, documents: contents.state.documents, publisher: publisher))
          default: return nil
          }
        } ?? ("", [])
        guard !type.isEmpty else { return pages.error(.notFound, "There is no export called \(Shown.text(file)).", context: context) }
        return Response(
          status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(file)\""],
          body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
      } catch {
        return failure(error, context: context)
      }
    }
  }
}
