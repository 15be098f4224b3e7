import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// A destination for text: a file descriptor, or a buffer that tests read back.
public final class OutputSink: Sendable {
  private enum Target {
    case descriptor(Int32)
    case buffer
  }
  private let target: Target
  private let captured = Mutex<[UInt8]>([])

  private init(_ target: Target) { self.target = target }

  public static let standardOutput = OutputSink(.descriptor(1))
  public static let standardError = OutputSink(.descriptor(2))
  /// A sink that keeps what is written, for tests.
  public static func buffer() -> OutputSink { OutputSink(.buffer) }

  public func write(_ text: String) { write(bytes: Array(text.utf8)) }

  public func write<Bytes: Collection>(bytes: Bytes) where Bytes.Element == UInt8 {
    switch target {
    case .buffer:
      captured.withLock { $0.append(contentsOf: bytes) }
    case .descriptor(let fd):
      var data = Array(bytes)
      var offset = 0
      while offset < data.count {
        let n = data.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
        if n < 0 {
          if errno == EINTR { continue }
          return  // a closed pipe (`| head`) is not an error worth a crash
        }
        offset += n
      }
      data.removeAll()
    }
  }

  /// Everything written so far (buffer sinks only).
  public var text: String { captured.withLock { String(decoding: $0, as: UTF8.self) } }
}
