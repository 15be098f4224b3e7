import ClaimdeskCLI
import Foundation

/// Runs `claimdesk` in-process with captured output, its own environment and working folder.
enum CLIHarness {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(
    _ arguments: [String], in directory: String = FileManager.default.temporaryDirectory.path,
    environment: [String: String] = [:], stdin: String? = nil
  ) async -> Result {
    let out = OutputSink.buffer()
    let err = OutputSink.buffer()
    // Seen-before matching by words alone unless a test names a model: outputs stay the same
    // whether or not the sentence encoder is installed.
    var env = ["CLAIMDESK_ACTOR": "tester", "NO_COLOR": "1", "CLAIMDESK_MODEL": "none"]
    env.merge(environment) { _, new in new }
    var input: @Sendable () -> FileHandle = { FileHandle.nullDevice }
    if let stdin {
      let pipe = Pipe()
      let data = Data(stdin.utf8)
      // Write from another thread: a large input would otherwise fill the pipe and block.
      Thread.detachNewThread {
        pipe.fileHandleForWriting.write(data)
        try? pipe.fileHandleForWriting.close()
      }
      let reader = pipe.fileHandleForReading
      input = { reader }
    }
    let context = CommandContext(
      environment: env, currentDirectory: directory, standardOutput: out, standardError: err,
      standardInput: input)
    let status = await CommandContext.$current.withValue(context) {
      await ClaimdeskCommand.run(arguments)
    }
    return Result(status: status, stdout: out.text, stderr: err.text)
  }
}
