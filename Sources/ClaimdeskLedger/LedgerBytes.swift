/// A ledger's bytes, shared by the claims whose texts are slices of it.
final class LedgerBytes: Sendable {
  let bytes: [UInt8]
  init(_ bytes: [UInt8]) { self.bytes = bytes }
}
