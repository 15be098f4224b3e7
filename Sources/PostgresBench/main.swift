// postgres-bench WORKSPACE WRITERS SECONDS [separate]: WRITERS threads, each with its own
// workbench (its own connections, as separate servers would have), append one claim note per
// transaction to the workspace's ledger for SECONDS; prints appends/s in all and the p50/p99
// latency of one append (lock, checks, insert, commit), as
// `appends=N seconds=S rate=R p50_ms=X p99_ms=Y`. With `separate`, each writer has its own
// workspace folder (a copy of claims/config.json: its own derived files, as on its own machine).
//
// postgres-bench --append N WORKSPACE CLAIM: one writer (for tests that run many processes)
// appends N notes to CLAIM, one per transaction, and prints `SEQ HASH` for each as soon as
// its commit returns (acknowledged); exits 1 at the first failure, after printing it.
import ClaimdeskKit
import ClaimdeskLedger
import Foundation

let arguments = CommandLine.arguments
if arguments.count == 5, arguments[1] == "--append", let count = Int(arguments[2]) {
  let ledger = Workbench(workspace: Workspace(root: arguments[3]), actor: "writer\(getpid())").ledger
  do {
    let claim = try ledger.resolve(arguments[4])
    for n in 0..<count {
      let result = try ledger.append(
        [EventDraft(op: .claimNote, claim: claim, data: ClaimNotePayload(text: "process \(getpid()) note \(n)").json)],
        actor: "writer\(getpid())", at: Timestamp.format(Date()))
      // Written at once (not buffered): a line out is an acknowledged event.
      for event in result.events { FileHandle.standardOutput.write(Data("\(event.seq) \(event.hash)\n".utf8)) }
    }
    exit(0)
  } catch {
    FileHandle.standardError.write(Data("postgres-bench: \(error)\n".utf8))
    exit(1)
  }
}
guard arguments.count == 4 || (arguments.count == 5 && arguments[4] == "separate"), let writers = Int(arguments[2]),
  let seconds = Double(arguments[3])
else {
  FileHandle.standardError.write(Data("usage: postgres-bench WORKSPACE WRITERS SECONDS [separate] | --append N WORKSPACE CLAIM\n".utf8))
  exit(64)
}
let separate = arguments.count == 5
let workspace = Workspace(root: arguments[1])
/// Writer k's workspace: the shared one, or its own folder with the same settings.
func writerWorkspace(_ k: Int) -> Workspace {
  guard separate else { return workspace }
  let root = arguments[1] + "-writer\(k)"
  try? FileManager.default.createDirectory(atPath: root + "/claims", withIntermediateDirectories: true)
  try? FileManager.default.removeItem(atPath: root + "/claims/config.json")
  try? FileManager.default.copyItem(atPath: arguments[1] + "/claims/config.json", toPath: root + "/claims/config.json")
  return Workspace(root: root)
}
let claim: String
do {
  let bench = Workbench(workspace: workspace, actor: "bench")
  claim = try bench.addClaim(text: "The benchmark's fares rose 5% in 2026.", speaker: nil, sources: []).id
} catch {
  FileHandle.standardError.write(Data("postgres-bench: \(error)\n".utf8))
  exit(70)
}

final class Results: @unchecked Sendable {
  private let lock = NSLock()
  private var latencies: [Double] = []
  private var errors: [String] = []
  func add(_ batch: [Double]) { lock.withLock { latencies += batch } }
  func fail(_ error: String) { lock.withLock { errors.append(error) } }
  var all: ([Double], [String]) { lock.withLock { (latencies, errors) } }
}

let results = Results()
let start = Date()
let deadline = start.addingTimeInterval(seconds)
let done = DispatchGroup()
let workspaces = (0..<writers).map(writerWorkspace)
for k in 0..<writers {
  done.enter()
  Thread {
    let ledger = Workbench(workspace: workspaces[k], actor: "writer\(k)").ledger
    var mine: [Double] = []
    var n = 0
    while Date() < deadline {
      let began = DispatchTime.now().uptimeNanoseconds
      do {
        try ledger.append(
          [EventDraft(op: .claimNote, claim: claim, data: ClaimNotePayload(text: "writer \(k) note \(n)").json)],
          actor: "writer\(k)", at: Timestamp.format(Date()))
        mine.append(Double(DispatchTime.now().uptimeNanoseconds - began) / 1e6)
      } catch {
        results.fail("\(error)")
      }
      n += 1
    }
    results.add(mine)
    done.leave()
  }.start()
}
done.wait()
let elapsed = Date().timeIntervalSince(start)
let (latencies, errors) = results.all
let sorted = latencies.sorted()
func percentile(_ p: Double) -> Double { sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
print(String(
  format: "appends=%d seconds=%.1f rate=%.0f p50_ms=%.1f p99_ms=%.1f errors=%d", sorted.count, elapsed,
  Double(sorted.count) / elapsed, percentile(0.5), percentile(0.99), errors.count))
if let first = errors.first { FileHandle.standardError.write(Data("postgres-bench: first error: \(first)\n".utf8)) }
exit(errors.isEmpty ? 0 : 1)
