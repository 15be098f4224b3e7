import Foundation
import Hummingbird

/// The request context: the session the session middleware found or made, the form fields of a
/// POST (already checked against the session's CSRF token), and the client's address.
public struct ServerContext: RequestContext {
  public var coreContext: CoreRequestContextStorage
  var session = Session(id: "", user: nil, csrf: "", lastSeen: .distantPast)
  var form = FormFields("")
  let remoteAddress: String

  public init(source: ApplicationRequestContextSource) {
    coreContext = .init(source: source)
    remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
  }

  /// Who writes: the signed-in user, or the local actor on loopback.
  var actor: String { session.user ?? "" }
}
