import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server on 127.0.0.1 for the fetch tests: one thread accepting, one short-lived
/// thread per connection, one request per connection (`Connection: close`). Every read has a
/// timeout and every handler ends, so nothing outlives the test run for long.
final class TestHTTPServer: Sendable {
  let port: Int
  private let listener: Int32
  private let hits = Mutex<[String: Int]>([:])
  private let routes: @Sendable (String, Int, TestHTTPServer.Connection) -> Void

  /// The suite's shared server, started on first use.
  static let shared: TestHTTPServer? = try? TestHTTPServer(routes: FetchTestRoutes.handle)

  init(routes: @escaping @Sendable (String, Int, TestHTTPServer.Connection) -> Void) throws {
    self.routes = routes
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw POSIXError(.EIO) }
    var yes: Int32 = 1
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard bound == 0, listen(fd, 128) == 0 else {
      close(fd)
      throw POSIXError(.EADDRINUSE)
    }
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    port = Int(UInt16(bigEndian: address.sin_port))
    listener = fd
    let thread = Thread { [self] in acceptLoop() }
    thread.name = "test-http-server"
    thread.start()
  }

  func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

  /// How many requests a path (with its query) has received.
  func hitCount(_ path: String) -> Int { hits.withLock { $0[path, default: 0] } }

  private func acceptLoop() {
    while true {
      let client = accept(listener, nil, nil)
      if client < 0 {
        if errno == EINTR || errno == ECONNABORTED { continue }
        return
      }
      let thread = Thread { [self] in serve(client) }
      thread.start()
    }
  }

  private func serve(_ fd: Int32) {
    var timeout = timeval(tv_sec: 5, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    defer { close(fd) }
    var request: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while request.count < 65536 {
      let n = recv(fd, &buffer, buffer.count, 0)
      if n <= 0 { return }
      request.append(contentsOf: buffer[0..<n])
      if request.count >= 4, Array(request.suffix(4)) == [13, 10, 13, 10] { break }
    }
    let firstLine = String(decoding: request.prefix { $0 != 13 }, as: UTF8.self)
    let words = firstLine.split(separator: " ")
    guard words.count >= 2 else { return }
    let path = String(words[1])
    let count = hits.withLock { (h: inout [String: Int]) -> Int in
      h[path, default: 0] += 1
      return h[path]!
    }
    routes(path, count, Connection(fd: fd, port: port, request: request))
  }

  /// One accepted connection, for route handlers.
  struct Connection {
    let fd: Int32
    let port: Int
    let request: [UInt8]

    /// Sends bytes; false once the peer has gone.
    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
      var offset = 0
      while offset < bytes.count {
        let n = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL)) }
        if n <= 0 { return false }
        offset += n
      }
      return true
    }

    @discardableResult
    func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// A complete response with Content-Length.
    func respond(_ status: String, _ headers: [String] = [], body: [UInt8]) {
      let head = (["HTTP/1.1 \(status)", "Content-Length: \(body.count)", "Connection: close"] + headers)
        .joined(separator: "\r\n") + "\r\n\r\n"
      send(Array(head.utf8) + body)
    }

    func redirect(_ location: String, status: String = "302 Found") {
      respond(status, ["Location: \(location)"], body: [])
    }
  }
}
