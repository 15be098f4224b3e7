import ArgumentParser
import ClaimdeskLedger

struct LedgerKeygenCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keygen",
    abstract: "Make an Ed25519 key pair for signed checkpoints: the private key in FILE (mode 0600), the public key in FILE.pub.")

  @Option(help: ArgumentHelp("Where to write the private key: outside any workspace; never overwritten.", valueName: "file"))
  var out: String

  func run() async throws {
    let context = CommandContext.current
    let path = context.absolutePath(out)
    let publicKey = try SigningKeyFiles.generate(privateKeyAt: path)
    context.standardOutput.write("Wrote the private key to \(out) and the public key to \(publicKey)\n")
  }
}
