#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Names the non-public range an IP address falls in, or nil for a public unicast address.
/// Works on raw network-order bytes (4 for IPv4, 16 for IPv6).
enum AddressClassifier {
  /// Why the address is not public ("loopback", "private", ...), or nil when it is public.
  static func nonPublicRange(_ bytes: [UInt8]) -> String? {
    switch bytes.count {
    case 4: return ipv4Range(bytes[0], bytes[1], bytes[2], bytes[3])
    case 16: return ipv6Range(bytes)
    default: return "unknown address family"
    }
  }

  /// True when the policy lets the fetcher connect to this address.
  static func allows(_ bytes: [UInt8], policy: AddressPolicy) -> Bool {
    switch policy {
    case .any: return true
    case .publicOnly: return nonPublicRange(bytes) == nil
    case .publicAndLoopback:
      let range = nonPublicRange(bytes)
      return range == nil || range == "loopback"
    }
  }

  private static func ipv4Range(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> String? {
    switch (a, b, c) {
    case (0, _, _): return "unspecified"  // 0.0.0.0/8, "this network"
    case (10, _, _): return "private"
    case (100, 64...127, _): return "shared (CGNAT)"
    case (127, _, _): return "loopback"
    case (169, 254, _): return "link-local"
    case (172, 16...31, _): return "private"
    case (192, 168, _): return "private"
    case (192, 0, 0): return "IETF protocol assignment"
    case (192, 0, 2), (198, 51, 100), (203, 0, 113): return "documentation"
    case (198, 18...19, _): return "benchmarking"
    case (224...239, _, _): return "multicast"
    case (255, 255, 255) where d == 255: return "broadcast"
    case (240...255, _, _): return "reserved"
    default: return nil
    }
  }

  private static func ipv6Range(_ b: [UInt8]) -> String? {
    let firstTenZero = b[0..<10].allSatisfy { $0 == 0 }
    if firstTenZero && b[10] == 0xFF && b[11] == 0xFF {  // ::ffff:a.b.c.d, IPv4-mapped
      return ipv4Range(b[12], b[13], b[14], b[15])
    }
    if firstTenZero && b[10] == 0 && b[11] == 0 {  // ::, ::1 and deprecated ::a.b.c.d
      if b[12..<15].allSatisfy({ $0 == 0 }) && b[15] <= 1 { return b[15] == 0 ? "unspecified" : "loopback" }
      return ipv4Range(b[12], b[13], b[14], b[15])
    }
    // 64:ff9b::/96 NAT64 reaches the embedded IPv4 address.
    if b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4..<12].allSatisfy({ $0 == 0 }) {
      return ipv4Range(b[12], b[13], b[14], b[15])
    }
    if b[0] == 0x20 && b[1] == 0x02 {  // 2002::/16 6to4 embeds an IPv4 address
      if let range = ipv4Range(b[2], b[3], b[4], b[5]) { return range }
    }
    if b[0] & 0xFE == 0xFC { return "unique-local" }  // fc00::/7
    if b[0] == 0xFE && b[1] & 0xC0 == 0x80 { return "link-local" }  // fe80::/10
    if b[0] == 0xFE && b[1] & 0xC0 == 0xC0 { return "site-local" }  // fec0::/10, deprecated
    if b[0] == 0xFF { return "multicast" }
    if b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8 { return "documentation" }
    if b[0] == 0x01 && b[1..<8].allSatisfy({ $0 == 0 }) { return "discard" }  // 100::/64
    return nil
  }

  /// Why the fetcher refused to connect, as its failure message says it:
  /// "0.0.0.0 is an unspecified address (use --allow-private to allow it)".
  static func refusal(_ bytes: [UInt8]) -> String {
    guard bytes.count == 4 || bytes.count == 16 else { return "the address is of an unknown family (use --allow-private to allow it)" }
    return "\(format(bytes)) is \(described(nonPublicRange(bytes))) (use --allow-private to allow it)"
  }

  /// A range as a noun phrase with its article: "a loopback address", "an unspecified address".
  static func described(_ range: String?) -> String {
    switch range {
    case nil: "not a public address"
    case "unknown address family": "of an unknown family"
    case let range?:
      // "an" before a vowel sound: unspecified, IETF; "unique-local" starts with a consonant sound.
      (range.hasPrefix("un") && !range.hasPrefix("uni")) || range.hasPrefix("IETF") || range.hasPrefix("a")
        || range.hasPrefix("e") || range.hasPrefix("i") || range.hasPrefix("o")
        ? "an \(range) address" : "a \(range) address"
    }
  }

  /// Text form of an address for messages ("127.0.0.1", "::1").
  static func format(_ bytes: [UInt8]) -> String {
    guard bytes.count == 4 || bytes.count == 16 else { return "unknown address" }
    let family = bytes.count == 4 ? AF_INET : AF_INET6
    var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
    let ok = bytes.withUnsafeBytes { inet_ntop(family, $0.baseAddress, &text, socklen_t(text.count)) }
    return ok == nil ? "unknown address" : String(cString: text)
  }
}
