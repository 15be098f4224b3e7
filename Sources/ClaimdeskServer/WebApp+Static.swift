import Hummingbird

extension WebApp {
  func addStaticRoutes(_ router: Router<ServerContext>) {
    router.get("/static/:file") { _, context -> Response in
      guard let name = context.parameters.get("file"), let file = StaticAssets.files[name] else {
        return Response(status: .notFound)
      }
      return Response(
        status: .ok, headers: [.contentType: file.type, .cacheControl: "public, max-age=3600"],
        body: .init(byteBuffer: ByteBuffer(string: file.body)))
    }
  }
}
