import ArgumentParser
import ClaimdeskKit
import Foundation
import ClaimdeskEvidence
import ClaimdeskSupport

/// Fetches URLs into WARC snapshots without a ledger: the fetch engine on its own.
struct FetchURLCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fetch-url",
    abstract: "Fetch URLs into WARC snapshots (no ledger): prints one line per URL and a summary.")

  @Argument(help: "http or https URLs.")
  var urls: [String]

  @OptionGroup var network: FetchEngineOptions

  @Option(help: "Folder for the WARC files.")
  var out = "snapshots"

  @Flag(help: "Fetch URLs already captured in the folder again (an unchanged page gets a revisit record).")
  var refetch = false

  func run() async throws {
    let context = CommandContext.current
    for url in urls { try Workbench.checkURL(url) }
    try OutputGuard.check(context.absolutePath(out), shown: out)
    let options = network.options(snapshotDirectory: context.absolutePath(out))
    let engine = try FetchEngine(options: options)

    let stored = WARCCaptureIndex.latest(in: options.snapshotDirectory)
    var requests: [FetchRequest] = []
    var skipped = 0
    for url in urls {
      if let entry = stored[url], !refetch {
        context.standardOutput.write("skipped \(url): already captured in \(Self.name(entry.file)) (use --refetch)\n")
        skipped += 1
      } else {
        requests.append(FetchRequest(url: url, previous: stored[url]?.capture))
      }
    }

    let bar = context.errorIsTerminal ? FetchProgressBar(sink: context.standardError) : nil
    let output = context.standardOutput
    let started = ContinuousClock.now
    let results = await engine.fetch(requests) { progress in
      if let result = progress.finished {
        let line = Self.line(result)
        if let bar { bar.printAbove(line, to: output) } else { output.write(line) }
      }
      bar?.update(progress)
    }
    bar?.clear()
    let elapsed = ContinuousClock.now - started
    output.write(Self.summary(results, skipped: skipped, elapsed: elapsed))
    if results.contains(where: { $0.outcome == .failed }) { throw ExitCode(ExitStatus.unavailable.rawValue) }
  }

  /// "fetched 200 URL [-> FINAL] N bytes [(truncated)] FILE" or "failed CATEGORY URL: MESSAGE".
  static func line(_ r: FetchResult) -> String {
    let target = r.finalURL == r.requestedURL ? r.requestedURL : "\(r.requestedURL) -> \(r.finalURL)"
    guard let failure = r.failure else {
      let truncated = r.truncated ? " (truncated)" : ""
      return "\(r.outcome.rawValue) \(r.httpStatus) \(target) \(r.rawBytes) bytes\(truncated) \(name(r.warcPath ?? "-"))\n"
    }
    return "failed \(failure.category.rawValue) \(target): \(failure.message)\n"
  }

  static func summary(_ results: [FetchResult], skipped: Int, elapsed: Duration) -> String {
    let fetched = results.filter { $0.outcome == .fetched }.count
    let unchanged = results.filter { $0.outcome == .unchanged }.count
    var reasons: [String: Int] = [:]
    for case let failure? in results.map(\.failure) { reasons[failure.category.rawValue, default: 0] += 1 }
    let failed = reasons.values.reduce(0, +)
    let why = reasons.isEmpty ? "" : " (" + reasons.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")"
    let bytes = results.reduce(0) { $0 + $1.rawBytes }
    let ms = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    let total = results.count + skipped
    return "\(total) URL\(total == 1 ? "" : "s"): \(fetched) fetched, \(unchanged) unchanged, \(failed) failed\(why), "
      + "\(skipped) skipped; \(bytes) bytes in \(ms / 1000).\(String(format: "%03d", ms % 1000)) s\n"
  }

  static func name(_ path: String) -> String { (path as NSString).lastPathComponent }
}
