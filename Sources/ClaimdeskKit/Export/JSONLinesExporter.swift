/// JSON Lines: one `ClaimJSON` object per line (history included), in the order given.
public enum JSONLinesExporter {
  public static func export(_ claims: [ClaimState], shortIDs: [String: String] = [:]) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(claims.count * 1024)
    for claim in claims {
      bytes += JSONWriter.encode(ClaimJSON.object(claim, shortID: shortIDs[claim.id], includeHistory: true))
      bytes.append(0x0A)
    }
    return bytes
  }
}
