/// Which remote addresses the fetcher may connect to. The check runs on the address libcurl is
/// about to connect (after DNS), so `127.1`, `2130706433`, `0x7f.0.0.1` and names that resolve to
/// a private address are all caught.
public enum AddressPolicy: Sendable, Equatable {
  /// Only globally routable unicast addresses (the default).
  case publicOnly
  /// Loopback too, every other non-public range still refused: for tests and local development.
  case publicAndLoopback
  /// Anything (`--allow-private`).
  case any
}
