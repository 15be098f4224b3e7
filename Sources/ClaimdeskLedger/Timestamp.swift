import Foundation

/// RFC 3339 UTC timestamps with milliseconds, e.g. `2015-11-24T14:03:07.125Z`.
public enum Timestamp {
  public static func format(_ date: Date) -> String {
    let millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    var seconds = time_t(millis / 1000)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    return String(
      format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
      Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec), Int(millis % 1000))
  }

  /// The clock for new events: `SOURCE_DATE_EPOCH` pins it so golden workspaces are reproducible.
  public static func clock(environment: [String: String]) -> @Sendable () -> Date {
    if let text = environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(text) {
      let pinned = Date(timeIntervalSince1970: seconds)
      return { pinned }
    }
    return { Date() }
  }
}
