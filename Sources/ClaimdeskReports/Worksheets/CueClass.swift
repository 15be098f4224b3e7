/// What a recorded cue is for the purpose of advice. The extractor names cue kinds; this maps any
/// name that contains one of the words below, so a renamed or finer kind ("money", "percentage",
/// "year-span") still lands in the right class.
enum CueClass: Equatable {
  case number, year, date, span, relative, universal, comparison, change, causal, law, entity, quote,
    other

  init(kind: String) {
    let k = kind.lowercased()
    func has(_ words: String...) -> Bool { words.contains { k.contains($0) } }
    if has("relative", "ago", "anchor") {
      self = .relative
    } else if has("span", "duration", "since", "period") {
      self = .span
    } else if has("year") {
      self = .year
    } else if has("date", "month", "day") {
      self = .date
    } else if has("universal", "quantifier", "absolute") {
      self = .universal
    } else if has("number", "percent", "money", "currency", "ordinal", "quantity", "count", "amount") {
      self = .number
    } else if has("compar", "superlative") {
      self = .comparison
    } else if has("change", "trend") {
      self = .change
    } else if has("caus") {
      self = .causal
    } else if has("law", "vote", "rule", "bill", "legal") {
      self = .law
    } else if has("entity", "person", "organi", "place", "name") {
      self = .entity
    } else if has("quote") {
      self = .quote
    } else {
      self = .other
    }
  }
}
