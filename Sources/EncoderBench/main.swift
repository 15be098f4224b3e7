// Measures SentenceEncoder throughput: encoder-bench [--backend openblas|simd] [--count N] [--file PATH] [--model DIR]
//        encoder-bench --print-ids STRINGS.json   (prints the token ids of each string, as JSON, for
//        comparing the tokenizer with HuggingFace's on arbitrary text)
// Sentences are the first N lines of 10 to 40 words (default 2,000 from the shared prose corpus).
import ClaimdeskEncoder
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
  return arguments[index + 1]
}
let count = option("--count").flatMap(Int.init) ?? 2000
// The data as the tests find it: CLAIMDESK_SHARED_DATA, else ../shared/data.
let shared = ProcessInfo.processInfo.environment["CLAIMDESK_SHARED_DATA"].flatMap { $0.isEmpty ? nil : $0 } ?? "../shared/data"
let file = option("--file") ?? shared + "/corpus/prose_5mb.txt"
let backend = option("--backend").flatMap(ComputeBackend.init(rawValue:)) ?? .preferred

guard let modelDirectory = ModelLocator.locate(explicitPath: option("--model")) else {
  FileHandle.standardError.write(Data("encoder-bench: no model found; run scripts/install-model\n".utf8))
  exit(2)
}
guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
  FileHandle.standardError.write(Data("encoder-bench: cannot read \(file)\n".utf8))
  exit(2)
}
let sentences = Array(
  text.split(separator: "\n").lazy.map(String.init).filter {
    (10...40).contains($0.split(whereSeparator: \.isWhitespace).count)
  }.prefix(count))

/// Peak resident set size in MB, from the kernel's high-water mark.
func peakResidentMB() -> Double {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
    let kilobytes = Double(line.split(separator: " ", omittingEmptySubsequences: true)[1])
  else { return .nan }
  return kilobytes / 1024
}

if let stringsFile = option("--print-ids") {
  guard let data = FileManager.default.contents(atPath: stringsFile),
    let strings = try? JSONDecoder().decode([String].self, from: data),
    let encoder = try? SentenceEncoder(modelDirectory: modelDirectory)
  else {
    FileHandle.standardError.write(Data("encoder-bench: \(stringsFile) is not a JSON array of strings, or the model did not load\n".utf8))
    exit(2)
  }
  let ids = strings.map(encoder.tokenIDs)
  FileHandle.standardOutput.write(try! JSONEncoder().encode(ids))
  exit(0)
}

let loadStart = Date()
let encoder: SentenceEncoder
do {
  encoder = try SentenceEncoder(modelDirectory: modelDirectory, backend: backend)
} catch {
  FileHandle.standardError.write(Data("encoder-bench: \(error)\n".utf8))
  exit(1)
}
let loadSeconds = Date().timeIntervalSince(loadStart)
let tokens = sentences.reduce(0) { $0 + encoder.tokenIDs($1).count }
_ = encoder.encode(Array(sentences.prefix(64)))  // warm-up: thread pools, page faults
/// User plus system CPU seconds of this process so far; with other jobs on the machine
/// it shows the encoder's own cost where wall time also shows theirs.
func cpuSeconds() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

let cpuStart = cpuSeconds()
let start = Date()
let vectors = encoder.encode(sentences)
let seconds = Date().timeIntervalSince(start)
let cpu = cpuSeconds() - cpuStart
precondition(vectors.count == sentences.count && vectors.allSatisfy { $0.count == encoder.dimension })
let digestStart = Date()
let digest = encoder.modelDigest
let digestSeconds = Date().timeIntervalSince(digestStart)
print("backend \(backend.rawValue), \(sentences.count) sentences, \(tokens) tokens (mean \(String(format: "%.1f", Double(tokens) / Double(max(1, sentences.count)))))")
print(String(format: "load %.2f s, encode %.2f s: %.1f sentences/s, %.0f tokens/s", loadSeconds, seconds, Double(sentences.count) / seconds, Double(tokens) / seconds))
print(String(format: "cpu %.2f s: %.1f sentences per cpu-second", cpu, Double(sentences.count) / cpu))
print(String(format: "peak RSS %.1f MB; digest %@ in %.2f s", peakResidentMB(), digest, digestSeconds))
