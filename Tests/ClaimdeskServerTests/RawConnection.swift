import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A plain socket speaking HTTP/1.1 by hand: a client that can go away mid-response.
final class RawConnection: @unchecked Sendable {
  private let fd: Int32

  init(port: Int) throws {
    fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
    guard connected == 0 else { throw RawConnectionError() }
    var timeout = timeval(tv_sec: 20, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    let request = Array("GET /changes HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n".utf8)
    _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, 0) }
  }

  /// What arrives from now until `marker` has (or 30 s have passed, or 20 s of silence),
  /// waited for on a thread of its own: a blocking read on the concurrency pool (two threads
  /// on two cores) could stall the very server task that is to answer it.
  func read(until marker: String) async -> String {
    await withCheckedContinuation { continuation in
      DispatchQueue.global().async { continuation.resume(returning: self.blockingRead(until: marker)) }
    }
  }

  private func blockingRead(until marker: String) -> String {
    var received: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    let deadline = ContinuousClock.now + .seconds(30)
    while !String(decoding: received, as: UTF8.self).contains(marker), ContinuousClock.now < deadline {
      let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
      guard n > 0 else { break }
      received += buffer[0..<n]
    }
    return String(decoding: received, as: UTF8.self)
  }

  func close() { _ = Glibc.close(fd) }
}
