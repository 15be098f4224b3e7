import ClaimdeskKit
import Synchronization
import ClaimdeskEvidence

/// A one-line progress bar on stderr (done/total, bytes, rate, ETA), redrawn in place; lines
/// printed while it shows go above it.
final class FetchProgressBar: Sendable {
  private let sink: OutputSink
  private let last = Mutex<FetchProgress?>(nil)

  init(sink: OutputSink) { self.sink = sink }

  func update(_ progress: FetchProgress) {
    last.withLock { $0 = progress }
    sink.write("\r\u{1B}[K" + Self.render(progress))
  }

  /// Clears the bar so a line can be printed, then draws it again below.
  func printAbove(_ line: String, to output: OutputSink) {
    sink.write("\r\u{1B}[K")
    output.write(line)
    if let progress = last.withLock({ $0 }) { sink.write(Self.render(progress)) }
  }

  func clear() { sink.write("\r\u{1B}[K") }

  static func render(_ p: FetchProgress) -> String {
    let width = 24
    let filled = p.total == 0 ? width : p.done * width / p.total
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
    let seconds = max(p.elapsedMilliseconds, 1)
    let rate = p.bytes * 1000 / seconds
    var eta = "--"
    if p.done > 0 && p.done < p.total {
      eta = "\((p.total - p.done) * seconds / p.done / 1000 + 1) s"
    } else if p.done == p.total {
      eta = "0 s"
    }
    return "[\(bar)] \(p.done)/\(p.total)  \(size(p.bytes))  \(size(rate))/s  ETA \(eta)"
  }

  static func size(_ bytes: Int) -> String {
    if bytes < 1024 { return "\(bytes) B" }
    if bytes < 1024 * 1024 { return "\(bytes / 1024) KiB" }
    return "\(bytes / (1024 * 1024)).\(bytes % (1024 * 1024) * 10 / (1024 * 1024)) MiB"
  }
}
