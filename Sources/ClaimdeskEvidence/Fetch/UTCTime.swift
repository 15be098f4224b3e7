#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock time in milliseconds since 1970 UTC, and its RFC 3339 text.
package enum UTCTime {
  static func nowMilliseconds() -> Int {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    return Int(ts.tv_sec) * 1000 + Int(ts.tv_nsec) / 1_000_000
  }

  /// A monotonic clock in milliseconds, for timers and rates (never jumps with the wall clock).
  static func monotonicMilliseconds() -> Int {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Int(ts.tv_sec) * 1000 + Int(ts.tv_nsec) / 1_000_000
  }

  /// "2025-03-01T12:00:00.123Z".
  package static func rfc3339(_ milliseconds: Int) -> String {
    var seconds = time_t(milliseconds / 1000)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    return pad(Int(parts.tm_year) + 1900, 4) + "-" + pad(Int(parts.tm_mon) + 1, 2) + "-"
      + pad(Int(parts.tm_mday), 2) + "T" + pad(Int(parts.tm_hour), 2) + ":" + pad(Int(parts.tm_min), 2)
      + ":" + pad(Int(parts.tm_sec), 2) + "." + pad(milliseconds % 1000, 3) + "Z"
  }

  /// "20250301T120000123Z", for file names.
  static func compact(_ milliseconds: Int) -> String {
    var text = ""
    for b in rfc3339(milliseconds).utf8 where b != UInt8(ascii: "-") && b != UInt8(ascii: ":") && b != UInt8(ascii: ".") {
      text.unicodeScalars.append(Unicode.Scalar(b))
    }
    return text
  }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
