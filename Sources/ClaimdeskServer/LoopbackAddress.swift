/// Whether a host to bind names this machine only. Anything else (0.0.0.0, a LAN address, a
/// name) can be reached by others, so the server then requires accounts.
enum LoopbackAddress {
  static func contains(_ host: String) -> Bool {
    let host = host.lowercased()
    if host == "localhost" || host == "::1" || host == "[::1]" { return true }
    let parts = host.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
  }
}
