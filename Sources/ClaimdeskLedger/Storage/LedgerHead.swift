import ClaimdeskSupport

/// The commit point (`claims/HEAD`): the last committed event's seq and hash, and the length in
/// bytes of the committed lines. Readers read that far and no further.
public struct LedgerHead: Equatable, Sendable {
  public var seq: Int
  public var hash: String
  public var length: Int

  public init(seq: Int, hash: String, length: Int) {
    self.seq = seq
    self.hash = hash
    self.length = length
  }

  /// The head of a ledger with nothing committed yet.
  public static let genesis = LedgerHead(seq: 0, hash: EventLine.genesis, length: 0)

  /// `{"hash":H,"length":BYTES,"seq":N}` and a newline, as HEAD holds it.
  var serialized: [UInt8] {
    JSONWriter.encode(["seq": .int(seq), "hash": .string(hash), "length": .int(length)]) + [0x0A]
  }

  /// Nil unless `bytes` hold exactly the three members with sane values.
  init?(serialized bytes: [UInt8]) {
    guard let value = try? JSONParser.parse(bytes), case .object(let members) = value, members.count == 3,
      let seq = value["seq"]?.intValue, let hash = value["hash"]?.stringValue, let length = value["length"]?.intValue,
      seq >= 0, length >= 0, EventLine.isHex64(hash), (seq == 0) == (length == 0)
    else { return nil }
    self.init(seq: seq, hash: hash, length: length)
  }
}
