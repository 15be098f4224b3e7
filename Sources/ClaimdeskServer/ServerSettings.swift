/// How the server listens and whom it trusts.
public struct ServerSettings: Sendable {
  public var host: String
  public var port: Int
  /// Set when a TLS-terminating proxy stands in front: cookies then carry `Secure`.
  public var behindTLS: Bool
  /// Who acts when nobody signs in (loopback only).
  public var localActor: String
  /// The largest request body accepted (pasted text, forms), in bytes.
  public var uploadLimit: Int
  /// Bounds of `GET /changes`.
  public var changeFeeds = ChangeFeedSettings()

  public init(
    host: String = "127.0.0.1", port: Int = 8080, behindTLS: Bool = false, localActor: String,
    uploadLimit: Int = 2 * 1024 * 1024
  ) {
    self.host = host
    self.port = port
    self.behindTLS = behindTLS
    self.localActor = localActor
    self.uploadLimit = uploadLimit
  }

  /// Only a loopback address is trusted to run without accounts.
  public var requiresLogin: Bool { !LoopbackAddress.contains(host) }
}
