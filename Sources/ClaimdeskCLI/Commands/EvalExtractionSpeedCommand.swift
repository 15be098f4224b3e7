import ArgumentParser
import ClaimdeskKit
import Foundation
import ClaimdeskExtraction
import ClaimdeskText

/// `claimdesk eval extraction-speed FILE`: times the extraction rules alone (constant scorer)
/// over a text file, one paragraph per line, split with the current `SentenceSplitter`. For
/// bench/extract until `extract --dry-run` exists; hidden from help.
struct EvalExtractionSpeedCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extraction-speed", abstract: "Time the extraction rules over a text file.", shouldDisplay: false)

  @Argument(help: "A UTF-8 text file, one paragraph per line.")
  var file: String

  @Option(help: "Repeat the timing this many times and report the fastest run.")
  var repeats = 3

  func run() async throws {
    let context = CommandContext.current
    let path = context.absolutePath(file)
    let text: String
    do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
      throw ExtractionError.unreadable(path: path, reason: (error as NSError).localizedDescription)
    }
    let document = PlainTextReader.read(text)
    let sentences = SentenceSplitter.split(document)
    let extractor = ClaimExtractor(documentDate: "2015-11-24")
    var best = Double.infinity
    var bestCPU = Double.infinity
    var claims = 0
    for _ in 0..<max(1, repeats) {
      let start = DispatchTime.now().uptimeNanoseconds
      let startCPU = Self.threadCPUSeconds()
      claims = extractor.extract(from: document, sentences: sentences).count
      bestCPU = min(bestCPU, Self.threadCPUSeconds() - startCPU)
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    let megabytes = Double(text.utf8.count) / 1_000_000
    context.standardOutput.write(
      String(
        format: "bytes %d sentences %d claims %d seconds %.3f MB/s %.1f cpu-seconds %.3f cpu-MB/s %.1f\n", text.utf8.count,
        sentences.count, claims, best, megabytes / best, bestCPU, megabytes / bestCPU))
  }

  /// CPU time of this thread: on a machine shared with other work, wall time measures the
  /// neighbours too. Extraction is synchronous, so it runs on one thread throughout.
  private static func threadCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }
}
