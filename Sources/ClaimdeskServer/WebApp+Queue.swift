import Hummingbird

extension WebApp {
  func addQueueRoutes(_ router: Router<ServerContext>) {
    router.get("/") { request, context -> Response in
      let snapshot = self.snapshot
      do {
        let contents = try await Blocking.run { try snapshot.current() }
        let filter = QueueFilter(FormFields(request.uri.query ?? ""))
        return pages.page(
          "queue", title: "Queue", values: QueueView.values(contents, filter: filter, user: context.actor), context: context)
      } catch {
        return failure(error, context: context)
      }
    }
  }
}
