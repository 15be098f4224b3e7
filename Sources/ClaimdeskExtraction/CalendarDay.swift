/// A proleptic Gregorian calendar day, for resolving "two weeks ago" against a document's date.
struct CalendarDay: Equatable, Comparable {
  var year: Int
  var month: Int
  var day: Int

  /// Parses the "YYYY-MM-DD" at the start of an ISO 8601 date or date-time.
  init?(iso: String) {
    let b = Array(iso.utf8.prefix(10))
    guard b.count == 10, b[4] == 45, b[7] == 45 else { return nil }
    func number(_ r: Range<Int>) -> Int? {
      var n = 0
      for k in r {
        guard b[k] >= 48 && b[k] <= 57 else { return nil }
        n = n * 10 + Int(b[k] - 48)
      }
      return n
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
      (1...12).contains(m), d >= 1, d <= CalendarDay.daysIn(year: y, month: m)
    else { return nil }
    self.init(year: y, month: m, day: d)
  }

  init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  static func daysIn(year: Int, month: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (H. Hinnant's days_from_civil).
  var ordinal: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  init(ordinal z0: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
  }

  /// ISO weekday: Monday 1 ... Sunday 7.
  var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 + 1 }

  func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

  /// Adds months, clamping the day to the month's length (Mar 31 - 1 month = Feb 28).
  func adding(months: Int) -> CalendarDay {
    let total = year * 12 + (month - 1) + months
    let y = total >= 0 ? total / 12 : (total - 11) / 12
    let m = total - y * 12 + 1
    return CalendarDay(year: y, month: m, day: min(day, CalendarDay.daysIn(year: y, month: m)))
  }

  /// Moves by `count` of a `Lexicon.Unit` (hours and minutes stay on the day).
  func adding(_ count: Int, _ unit: Lexicon.Unit) -> CalendarDay {
    switch unit {
    case .day: return adding(days: count)
    case .week: return adding(days: 7 * count)
    case .weekend: return adding(days: 7 * count)
    case .month: return adding(months: count)
    case .year: return adding(months: 12 * count)
    case .decade: return adding(months: 120 * count)
    case .century: return adding(months: 1200 * count)
    case .hour, .minute: return self
    }
  }

  var iso: String { "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))-\(CalendarDay.pad(day, 2))" }
  var isoMonth: String { "\(CalendarDay.pad(year, 4))-\(CalendarDay.pad(month, 2))" }

  static func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }

  static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.ordinal < b.ordinal }
}
