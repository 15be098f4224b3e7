import ClaimdeskLedger
import ClaimdeskSupport
/// JSON Lines: one `ClaimJSON` object per line (history included), in the order given.
public enum JSONLinesExporter {
  public static func export(_ claims: [ClaimState], shortIDs: [String: String] = [:]) -> [UInt8] {
    // Laid out by `ClaimJSON.write`, byte for byte `ClaimJSON.object` encoded, without building
    // the objects first (which took most of an export of 100,000 claims).
    var writer = JSONWriter(capacity: claims.count * 1024)
    for claim in claims {
      ClaimJSON.write(claim, shortID: shortIDs[claim.id], includeHistory: true, to: &writer)
      writer.writeRaw("\n")
    }
    return writer.bytes
  }
}
