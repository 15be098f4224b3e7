import Foundation
import Hummingbird
import ServiceLifecycle

extension WebApp {
  /// What a feed's writer waits for: a new head, time to say it is alive, or its end.
  private enum FeedEvent: Sendable {
    case head(Int)
    case heartbeat
    case end
  }

  /// `GET /changes`: Server-Sent Events (`text/event-stream`), one `data: SEQ` event with the
  /// committed head's seq when the feed opens and another whenever a commit moves it, from any
  /// process or machine. Server-Sent Events rather than a long poll: the browser's EventSource
  /// keeps one request open and reconnects by itself, so a change costs one small write and no
  /// new request, and the page needs no polling loop. The page counts the new events itself
  /// (it knows the seq it was drawn at). A feed ends after `lifetime` (the browser opens a new
  /// one), when a write fails because the client went (a comment every `heartbeat` finds
  /// out), and when the server shuts down; beyond `limit` open feeds the answer is 503.
  func addChangeRoutes(_ router: Router<ServerContext>) {
    router.get("/changes") { _, _ -> Response in
      let settings = self.settings.changeFeeds
      let (events, continuation) = AsyncStream.makeStream(of: FeedEvent.self, bufferingPolicy: .bufferingNewest(16))
      guard let id = self.changeFeeds.subscribe({ continuation.yield(.head($0)) }) else {
        return Response(
          status: .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8", .retryAfter: "60"],
          body: .init(byteBuffer: ByteBuffer(string: "Too many open change feeds (\(settings.limit)); try again later.\n")))
      }
      let feeds = self.changeFeeds
      let body = ResponseBody { writer in
        let timers = Task {
          let start = ContinuousClock.now
          while !Task.isCancelled {
            try? await Task.sleep(for: settings.heartbeat)
            continuation.yield(ContinuousClock.now - start >= settings.lifetime ? .end : .heartbeat)
          }
        }
        defer {
          timers.cancel()
          feeds.unsubscribe(id)
          continuation.finish()
        }
        try await withGracefulShutdownHandler {
          // The browser waits this long before opening a new feed after one ends.
          try await writer.write(ByteBuffer(string: "retry: 5000\n\n"))
          var sent: Int?
          loop: for await event in events {
            switch event {
            case .head(let seq) where seq != sent:
              sent = seq
              try await writer.write(ByteBuffer(string: "data: \(seq)\n\n"))
            case .head: continue
            case .heartbeat: try await writer.write(ByteBuffer(string: ": alive\n\n"))
            case .end: break loop
            }
          }
        } onGracefulShutdown: {
          continuation.yield(.end)
        }
        try await writer.finish(nil)
      }
      return Response(
        status: .ok, headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store"], body: body)
    }
  }
}
