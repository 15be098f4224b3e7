/// Finds the cues of one sentence in a single left-to-right pass over its tokens: time
/// expressions first (so "two" in "two weeks ago" is not also a quantity), then quantities, then
/// one- and two-word cues. Every test looks a bounded number of tokens ahead: linear time.
struct CueScanner {
  /// The document's date, for resolving "two weeks ago"; nil leaves relative values unresolved.
  let date: CalendarDay?

  func scan(_ t: [Token], into cues: inout [FoundCue]) {
    var i = 0
    let n = t.count
    while i < n {
      if let cue = temporal(t, i) ?? quantity(t, i) ?? word(t, i) {
        cues.append(cue)
        i = cue.last + 1
      } else {
        i += 1
      }
    }
  }

  // MARK: Time

  private func temporal(_ t: [Token], _ i: Int) -> FoundCue? {
    let w = t[i]
    if w.kind == .number { return isoDate(t, i) ?? agoOrDuration(t, i) ?? dayMonth(t, i) ?? year(t, i) }
    guard w.kind == .word else { return nil }
    if w.has(.numberWord) || w.is(Words.a) || w.is(Words.an) || w.is(Words.one) || w.is(Words.several) || w.is(Words.few) {
      return agoOrDuration(t, i)
    }
    if w.is(Words.since) { return since(t, i) }
    if w.is(Words.for) || w.is(Words.over) || w.is(Words.in) || w.is(Words.during) {
      return anchoredDuration(t, i)
    }
    if w.is(Words.every) || w.is(Words.each) {
      if i + 1 < t.count, t[i + 1].has(.timeUnit) { return FoundCue(kind: .frequency, first: i, last: i + 1) }
      return nil
    }
    if w.classes.contains(.frequency) { return FoundCue(kind: .frequency, first: i, last: i) }
    if w.classes.contains(.relativeDay) {
      let v = date.map { $0.adding(days: Int(w.value)).iso }
      return FoundCue(kind: .relativeDate, first: i, last: i, value: v)
    }
    if (w.is(Words.earlier) || w.is(Words.later)) && i + 2 < t.count && t[i + 1].is(Words.this) {
      return deictic(t, i + 1).map { FoundCue(kind: $0.kind, first: i, last: $0.last, value: $0.value) }
    }
    if w.classes.contains(.deictic) { return deictic(t, i) }
    if w.is(Words.on), i + 1 < t.count, t[i + 1].has(.weekday), t[i + 1].isCapitalised {
      return weekday(t, i + 1, direction: 0).map { FoundCue(kind: $0.kind, first: i, last: $0.last, value: $0.value) }
    }
    if w.isCapitalised && w.classes.contains(.weekday) { return weekday(t, i, direction: 0) }
    if w.isCapitalised && w.classes.contains(.month) { return monthDate(t, i) }
    return nil
  }

  /// "since 1967", "since March 2015", "since Tuesday".
  private func since(_ t: [Token], _ i: Int) -> FoundCue? {
    let k = i + 1 < t.count && t[i + 1].is(Words.the) ? i + 2 : i + 1
    guard k < t.count, let inner = temporal(t, k), inner.kind != .duration else { return nil }
    var value: String?
    if let v = inner.value {
      let from = v.split(separator: "/").first.map(String.init) ?? v
      value = "\(from)/\(date?.iso ?? "..")"
    }
    return FoundCue(kind: .span, first: i, last: inner.last, value: value)
  }

  /// "for the past two months", "over the last year", "in the next two weeks", "for three years".
  private func anchoredDuration(_ t: [Token], _ i: Int) -> FoundCue? {
    var k = i + 1
    if k < t.count, t[k].is(Words.the) { k += 1 }
    var direction = 0
    if k < t.count, t[k].has(.deictic) {
      if t[k].is(Words.past) || t[k].is(Words.last) || t[k].is(Words.previous) { direction = -1 }
      else if t[k].is(Words.next) || t[k].is(Words.coming) { direction = 1 }
      else { return nil }
      k += 1
    } else if !(t[i].is(Words.for) || t[i].is(Words.over)) || k != i + 1 {
      return nil
    }
    var count: Double? = 1
    if let (c, next) = countAt(t, k) { count = c; k = next }
    guard k < t.count, t[k].has(.timeUnit), let unit = Lexicon.Unit(rawValue: Int(t[k].value)) else { return nil }
    var value: String?
    if let c = count, c == c.rounded(), c >= 1, c < 10_000 {
      if direction != 0, let d = date {
        let other = d.adding(direction * Int(c), unit)
        value = direction < 0 ? "\(other.iso)/\(d.iso)" : "\(d.iso)/\(other.iso)"
      } else {
        value = Self.isoDuration(Int(c), unit)
      }
    }
    return FoundCue(kind: .duration, first: i, last: k, value: value)
  }

  /// "two weeks ago" (relative date) or "three years" followed by nothing (no cue: plain count).
  private func agoOrDuration(_ t: [Token], _ i: Int) -> FoundCue? {
    guard let (count, k) = countAt(t, i), k + 1 < t.count, t[k].has(.timeUnit), t[k + 1].is(Words.ago) else {
      return nil
    }
    return ago(t, i, count, k)
  }

  private func ago(_ t: [Token], _ i: Int, _ count: Double?, _ k: Int) -> FoundCue {
    var value: String?
    if let c = count, c == c.rounded(), c < 10_000, let d = date, let unit = Lexicon.Unit(rawValue: Int(t[k].value)) {
      value = d.adding(-Int(c), unit).iso
    }
    return FoundCue(kind: .relativeDate, first: i, last: k + 1, value: value)
  }

  /// "this week", "last month", "next year", "last Tuesday", "last March".
  private func deictic(_ t: [Token], _ i: Int) -> FoundCue? {
    guard i + 1 < t.count else { return nil }
    let w = t[i]
    let next = t[i + 1]
    let direction = w.is(Words.last) || w.is(Words.past) || w.is(Words.previous) ? -1
      : (w.is(Words.next) || w.is(Words.coming) ? 1 : 0)
    if next.has(.weekday) && next.isCapitalised {
      return weekday(t, i + 1, direction: direction == 0 ? 2 : direction).map {
        FoundCue(kind: $0.kind, first: i, last: $0.last, value: $0.value)
      }
    }
    if next.has(.month) && next.isCapitalised {
      let v = date.map { d -> String in
        let m = Int(next.value)
        let y = direction > 0 ? (m > d.month ? d.year : d.year + 1) : (m < d.month ? d.year : d.year - 1)
        return CalendarDay(year: y, month: m, day: 1).isoMonth
      }
      return FoundCue(kind: .relativeDate, first: i, last: i + 1, value: v)
    }
    guard next.has(.timeUnit), next.hash != Words.days, let unit = Lexicon.Unit(rawValue: Int(next.value)) else {
      return nil
    }
    var value: String?
    if let d = date {
      switch unit {
      case .week, .weekend:
        let monday = d.adding(days: 1 - d.weekday + 7 * direction)
        value = unit == .week ? "\(monday.iso)/\(monday.adding(days: 6).iso)"
          : "\(monday.adding(days: 5).iso)/\(monday.adding(days: 6).iso)"
      case .month: value = d.adding(months: direction).isoMonth
      case .year: value = String(d.year + direction)
      case .day: value = d.adding(days: direction).iso
      default: value = nil
      }
    }
    return FoundCue(kind: .relativeDate, first: i, last: i + 1, value: value)
  }

  /// A weekday: 0 = the last such day on or before the document date, -1 strictly before,
  /// 1 strictly after, 2 ("this Tuesday") the one in the document's week.
  private func weekday(_ t: [Token], _ i: Int, direction: Int) -> FoundCue? {
    var value: String?
    if let d = date {
      let w = Int(t[i].value)
      let back = (d.weekday - w + 7) % 7
      switch direction {
      case -1: value = d.adding(days: -(back == 0 ? 7 : back)).iso
      case 1:
        let ahead = (w - d.weekday + 7) % 7
        value = d.adding(days: ahead == 0 ? 7 : ahead).iso
      case 2: value = d.adding(days: w - d.weekday).iso
      default: value = d.adding(days: -back).iso
      }
    }
    return FoundCue(kind: .relativeDate, first: i, last: i, value: value)
  }

  /// "November 24, 2015", "November 2015", "November 24", "in November" (resolved).
  private func monthDate(_ t: [Token], _ i: Int) -> FoundCue? {
    let m = Int(t[i].value)
    let ambiguous = t[i].is(Words.may) || t[i].hash == Words.march
    if i + 1 < t.count, t[i + 1].kind == .number, let day = dayNumber(t[i + 1]) {
      var k = i + 2
      if k < t.count, t[k].kind == .comma { k += 1 }
      if k < t.count, let y = yearNumber(t[k]) {
        return FoundCue(kind: .date, first: i, last: k, value: day <= CalendarDay.daysIn(year: y, month: m) ? CalendarDay(year: y, month: m, day: day).iso : nil)
      }
      let v = date.map { d -> String in
        let y = (m, day) <= (d.month, d.day) ? d.year : d.year - 1
        return CalendarDay(year: y, month: m, day: min(day, CalendarDay.daysIn(year: y, month: m))).iso
      }
      return FoundCue(kind: .relativeDate, first: i, last: i + 1, value: v)
    }
    if i + 1 < t.count, let y = yearNumber(t[i + 1]) {
      return FoundCue(kind: .date, first: i, last: i + 1, value: CalendarDay(year: y, month: m, day: 1).isoMonth)
    }
    guard !ambiguous else { return nil }
    let v = date.map { d in CalendarDay(year: m <= d.month ? d.year : d.year - 1, month: m, day: 1).isoMonth }
    return FoundCue(kind: .relativeDate, first: i, last: i, value: v)
  }

  /// "24 November 2015", "24 November".
  private func dayMonth(_ t: [Token], _ i: Int) -> FoundCue? {
    guard let day = dayNumber(t[i]), i + 1 < t.count, t[i + 1].has(.month), t[i + 1].isCapitalised else { return nil }
    let m = Int(t[i + 1].value)
    if i + 2 < t.count, let y = yearNumber(t[i + 2]), day <= CalendarDay.daysIn(year: y, month: m) {
      return FoundCue(kind: .date, first: i, last: i + 2, value: CalendarDay(year: y, month: m, day: day).iso)
    }
    return FoundCue(kind: .relativeDate, first: i, last: i + 1, value: nil)
  }

  /// "2015-11-24".
  private func isoDate(_ t: [Token], _ i: Int) -> FoundCue? {
    guard i + 4 < t.count, yearNumber(t[i]) != nil, t[i + 1].kind == .hyphen, t[i + 2].kind == .number,
      t[i + 3].kind == .hyphen, t[i + 4].kind == .number, !t[i + 1].spaceBefore, !t[i + 2].spaceBefore,
      !t[i + 3].spaceBefore, !t[i + 4].spaceBefore
    else { return nil }
    let y = Int(t[i].value), m = Int(t[i + 2].value), d = Int(t[i + 4].value)
    guard (1...12).contains(m), d >= 1, d <= CalendarDay.daysIn(year: y, month: m) else { return nil }
    return FoundCue(kind: .date, first: i, last: i + 4, value: CalendarDay(year: y, month: m, day: d).iso)
  }

  /// "1967", "1960s": a four-digit number not used as an amount.
  private func year(_ t: [Token], _ i: Int) -> FoundCue? {
    let w = t[i]
    guard w.byteEnd - w.byteStart == 4 || (w.byteEnd - w.byteStart == 5 && w.suffix == .plural) else { return nil }
    guard w.suffix == .none || w.suffix == .plural, w.value >= 1500, w.value <= 2100, w.value == w.value.rounded() else { return nil }
    if i > 0, t[i - 1].kind == .currency { return nil }
    if i + 1 < t.count, t[i + 1].kind == .percent || t[i + 1].is(Words.percent) || t[i + 1].has(.multiplier) { return nil }
    let y = String(Int(w.value))
    return FoundCue(kind: .year, first: i, last: i, value: w.suffix == .plural ? y + "s" : y)
  }

  private func yearNumber(_ w: Token) -> Int? {
    guard w.kind == .number, w.suffix == .none, w.byteEnd - w.byteStart == 4, w.value >= 1000, w.value <= 2100,
      w.value == w.value.rounded()
    else { return nil }
    return Int(w.value)
  }

  private func dayNumber(_ w: Token) -> Int? {
    guard w.kind == .number, w.suffix == .none || w.suffix == .ordinal, w.byteEnd - w.byteStart <= 4,
      w.value >= 1, w.value <= 31, w.value == w.value.rounded()
    else { return nil }
    return Int(w.value)
  }

  /// A count: a number, a number word, "a"/"an" (one), "a few"/"several" (no value).
  private func countAt(_ t: [Token], _ i: Int) -> (Double?, Int)? {
    guard i < t.count else { return nil }
    let w = t[i]
    if w.kind == .number && w.suffix == .none { return (w.value.isNaN ? nil : w.value, i + 1) }
    if w.has(.numberWord) { return (w.value.isNaN ? nil : w.value, i + 1) }
    if w.is(Words.one) { return (1, i + 1) }
    if w.is(Words.a) || w.is(Words.an) {
      if i + 1 < t.count, t[i + 1].is(Words.few) { return (nil, i + 2) }
      return (1, i + 1)
    }
    if w.is(Words.several) || w.is(Words.few) { return (nil, i + 1) }
    return nil
  }

  static func isoDuration(_ n: Int, _ unit: Lexicon.Unit) -> String? {
    switch unit {
    case .day: return "P\(n)D"
    case .week: return "P\(n)W"
    case .month: return "P\(n)M"
    case .year: return "P\(n)Y"
    case .decade: return "P\(10 * n)Y"
    case .century: return "P\(100 * n)Y"
    case .hour: return "PT\(n)H"
    case .minute: return "PT\(n)M"
    case .weekend: return nil
    }
  }

  // MARK: Quantities

  private func quantity(_ t: [Token], _ i: Int) -> FoundCue? {
    let w = t[i]
    if w.kind == .currency, i + 1 < t.count, t[i + 1].kind == .number {
      var (value, last) = amount(t, i + 1)
      if let v = value { value = v }
      return FoundCue(kind: .money, first: i, last: last, value: value.map(Self.format))
    }
    if w.kind == .number {
      if w.suffix == .ordinal { return FoundCue(kind: .ordinal, first: i, last: i, value: w.value.isNaN ? nil : Self.format(w.value)) }
      if w.suffix == .other { return nil }
      return numberCue(t, i)
    }
    if w.has(.numberWord) {
      // "two-state solution": a compound adjective, not a count.
      if i + 1 < t.count, t[i + 1].kind == .hyphen, !t[i + 1].spaceBefore { return nil }
      return numberCue(t, i)
    }
    if w.has(.ordinalWord) { return FoundCue(kind: .ordinal, first: i, last: i, value: Self.format(w.value)) }
    return nil
  }

  private func numberCue(_ t: [Token], _ i: Int) -> FoundCue {
    let (value, last) = amount(t, i)
    let k = last + 1
    if k < t.count {
      if t[k].kind == .percent { return FoundCue(kind: .percentage, first: i, last: k, value: value.map(Self.format)) }
      if t[k].is(Words.percent) || t[k].hash == Words.percentage {
        let end = k + 1 < t.count && t[k + 1].is(Words.points) ? k + 1 : k
        return FoundCue(kind: .percentage, first: i, last: end, value: value.map(Self.format))
      }
      if t[k].is(Words.per), k + 1 < t.count, t[k + 1].is(Words.cent) {
        return FoundCue(kind: .percentage, first: i, last: k + 1, value: value.map(Self.format))
      }
      if t[k].has(.currencyWord) { return FoundCue(kind: .money, first: i, last: k, value: value.map(Self.format)) }
    }
    return FoundCue(kind: .number, first: i, last: last, value: value.map(Self.format))
  }

  /// A number with its multipliers: "4.5 million", "3bn", "two hundred".
  private func amount(_ t: [Token], _ i: Int) -> (Double?, Int) {
    let w = t[i]
    var value: Double? = w.value.isNaN ? nil : w.value
    switch w.suffix {
    case .thousand: value = value.map { $0 * 1e3 }
    case .million: value = value.map { $0 * 1e6 }
    case .billion: value = value.map { $0 * 1e9 }
    default: break
    }
    var last = i
    while last + 1 < t.count, last - i < 3, t[last + 1].has(.multiplier) {
      last += 1
      value = value.map { $0 * t[last].value }
    }
    return (value, last)
  }

  static func format(_ d: Double) -> String {
    if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
    return String(d)
  }

  // MARK: Words

  /// universal, comparative, superlative, change, causal, law: the classes that make a cue
  /// below. A word of other classes only ("very", "the") is passed over at once.
  private static let cueClasses: UInt64 = 0b11_1111

  private func word(_ t: [Token], _ i: Int) -> FoundCue? {
    let w = t[i]
    guard w.kind == .word, w.classes.rawValue & Self.cueClasses != 0 || w.is(Words.no) || w.is(Words.due) || w.is(Words.owing)
      || w.is(Words.thanks) || w.is(Words.led) || w.is(Words.lead) || w.is(Words.leads)
      || w.is(Words.resulted) || w.is(Words.result) || w.is(Words.as) || w.is(Words.contributed) || w.is(Words.act)
    else { return nil }
    let next = i + 1 < t.count ? t[i + 1] : nil
    if w.is(Words.no), let n = next, n.is(Words.one) { return FoundCue(kind: .universal, first: i, last: i + 1) }
    if w.classes.contains(.universal) {
      if w.is(Words.all), i > 0, t[i - 1].is(Words.at) { return nil }
      return FoundCue(kind: .universal, first: i, last: i)
    }
    if w.classes.contains(.comparative) {
      if w.is(Words.than) {
        return FoundCue(kind: .comparative, first: i > 0 && t[i - 1].isWordOrNumber ? i - 1 : i, last: i)
      }
      if let n = next, n.is(Words.than) { return FoundCue(kind: .comparative, first: i, last: i + 1) }
      // "a lower respiratory tract infection", "the lower house", "higher education": a name
      // of a part or a place, not a comparison to check.
      if let n = next, n.kind == .word, Words.isPositionalNoun(n.hash) { return nil }
      return FoundCue(kind: .comparative, first: i, last: i)
    }
    if w.classes.contains(.superlative) { return FoundCue(kind: .superlative, first: i, last: i) }
    if w.classes.contains(.change) { return FoundCue(kind: .change, first: i, last: i) }
    if w.classes.contains(.causal) {
      if let n = next, n.is(Words.of) { return FoundCue(kind: .causal, first: i, last: i + 1) }
      return FoundCue(kind: .causal, first: i, last: i)
    }
    if let n = next {
      if (w.is(Words.due) || w.is(Words.owing) || w.is(Words.thanks) || w.is(Words.led) || w.is(Words.lead)
        || w.is(Words.leads) || w.is(Words.contributed)) && n.is(Words.to)
      {
        return FoundCue(kind: .causal, first: i, last: i + 1)
      }
      if (w.is(Words.resulted) && n.is(Words.in)) || (w.is(Words.result) && n.is(Words.of)) {
        return FoundCue(kind: .causal, first: i, last: i + 1)
      }
      if w.is(Words.as), n.is(Words.a), i + 2 < t.count, t[i + 2].is(Words.result) {
        return FoundCue(kind: .causal, first: i, last: i + 2)
      }
    }
    if w.is(Words.act) { return w.isCapitalised && i > 0 ? FoundCue(kind: .law, first: i, last: i) : nil }
    if w.classes.contains(.law) {
      if w.isCapitalised && w.hash == Words.bill { return nil }
      return FoundCue(kind: .law, first: i, last: i)
    }
    return nil
  }
}
