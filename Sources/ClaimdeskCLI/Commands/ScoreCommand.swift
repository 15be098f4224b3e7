import ArgumentParser
import ClaimdeskKit
import Foundation
import ClaimdeskExtraction

struct ScoreCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "score",
    abstract: "Score the check-worthiness of sentences, one per line (0.5 or more: check-worthy).",
    discussion: "Prints one score per input line, in order, with four decimals.")

  @Argument(help: "A file of sentences, one per line; '-' or nothing reads standard input.")
  var file: String?

  @Flag(help: "Read the lines as consecutive sentences of one transcript (each line's previous line is its context).")
  var context = false

  func run() async throws {
    let commandContext = CommandContext.current
    let bytes = try CommandInput.read(file, context: commandContext)
    let model = CheckWorthinessModel.shipped
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count / 8)
    var previous: String?
    var start = 0
    while start < bytes.count {
      var end = start
      while end < bytes.count && bytes[end] != 10 { end += 1 }
      var lineEnd = end
      if lineEnd > start && bytes[lineEnd - 1] == 13 { lineEnd -= 1 }
      let line = String(decoding: bytes[start..<lineEnd], as: UTF8.self)
      appendFixed(model.score(line, previous: context ? previous : nil), to: &output)
      previous = line.isEmpty ? nil : line
      start = end + 1
      if output.count >= 1 << 16 {
        commandContext.standardOutput.write(bytes: output)
        output.removeAll(keepingCapacity: true)
      }
    }
    commandContext.standardOutput.write(bytes: output)
  }

  /// "0.1234\n", without the cost of `String(format:)`.
  private func appendFixed(_ score: Double, to output: inout [UInt8]) {
    let scaled = Int((min(max(score, 0), 1) * 10_000).rounded())
    output.append(UInt8(48 + scaled / 10_000))
    output.append(46)
    var divisor = 1_000
    while divisor > 0 {
      output.append(UInt8(48 + (scaled / divisor) % 10))
      divisor /= 10
    }
    output.append(10)
  }
}
