extension PersonMemory {
  /// The person in a name span that goes on with "of" and where the person is from: "John
  /// Smith of Harvard", "Patrick Liu-Shiu-Cheong of Victoria Hospital", "Dr. Jane Doe of Yale",
  /// "King Abdullah of Jordan" name a person, not Harvard or Jordan. Before "of" must stand a
  /// person's name: two words or more, or one after a title; no organisation word ("Federal
  /// Bureau of Investigation"), no word of a place's name ("United States of America"), and a
  /// title right before "of" is part of a title ("Secretary of State John Kerry").
  static func personBeforeOf(_ span: NameSpan, _ tokens: [Token]) -> NameSpan? {
    guard let of = (span.first...span.last).first(where: { tokens[$0].is(Words.of) }), of > span.first else { return nil }
    var nameFirst = span.first
    for k in span.first..<of where tokens[k].classes.contains(.title) && !tokens[k].classes.contains(.org) {
      nameFirst = k + 1
    }
    let titled = nameFirst > span.first
    var words = 0
    for k in nameFirst..<of where tokens[k].kind == .word {
      guard !tokens[k].has([.org, .title, .common]), !Words.isPlaceHead(tokens[k].baseHash) else { return nil }
      words += 1
    }
    guard words >= (titled ? 1 : 2), words <= 4 else { return nil }
    return NameSpan(first: span.first, last: of - 1)
  }
}
