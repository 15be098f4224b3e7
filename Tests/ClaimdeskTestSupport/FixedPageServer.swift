import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP server on 127.0.0.1 answering every request with the same page, for the
/// command tests that fetch (the engine's own tests have the full route table).
public final class FixedPageServer: Sendable {
  public static let page = "<html><body><p>The council approved 42 homes.</p></body></html>"
  public static let shared: FixedPageServer? = try? FixedPageServer()

  public let port: Int
  private let listener: Int32

  private init() throws {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard fd >= 0 else { throw POSIXError(.EIO) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let ok = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, length) == 0 && listen(fd, 64) == 0 && getsockname(fd, $0, &length) == 0
      }
    }
    guard ok else {
      close(fd)
      throw POSIXError(.EADDRINUSE)
    }
    port = Int(UInt16(bigEndian: address.sin_port))
    listener = fd
    Thread.detachNewThread { [self] in
      while true {
        let client = accept(listener, nil, nil)
        if client < 0 { if errno == EINTR { continue } else { return } }
        Thread.detachNewThread { Self.answer(client) }
      }
    }
  }

  public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

  private static func answer(_ fd: Int32) {
    defer { close(fd) }
    var timeout = timeval(tv_sec: 5, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var request: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while request.count < 65536 && !(request.count >= 4 && Array(request.suffix(4)) == [13, 10, 13, 10]) {
      let n = recv(fd, &buffer, buffer.count, 0)
      if n <= 0 { return }
      request.append(contentsOf: buffer[0..<n])
    }
    let response = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: \(page.utf8.count)\r\nConnection: close\r\n\r\n\(page)".utf8)
    _ = response.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
  }
}
