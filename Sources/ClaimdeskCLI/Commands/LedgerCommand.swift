import ArgumentParser
import ClaimdeskKit
import ClaimdeskLedger

struct LedgerCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ledger", abstract: "Check, recover, sign and copy the claims ledger.",
    subcommands: [
      LedgerVerifyCommand.self, LedgerRecoverCommand.self, LedgerCheckpointCommand.self, LedgerKeygenCommand.self,
      LedgerPushCommand.self, LedgerPullCommand.self,
    ])
}
