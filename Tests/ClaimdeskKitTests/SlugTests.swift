import Testing

@testable import ClaimdeskKit

@Suite struct SlugTests {
  @Test(arguments: [
    ("Daily Press Briefing | November 24", "daily-press-briefing-november-24"),
    ("Kerry’s visit: “a big no”", "kerrys-visit-a-big-no"),
    ("Harbor City council votes to cut bus fares as ridership falls", "harbor-city-council-votes-to-cut-bus-fares-as-ridership"),
    (String(repeating: "x", count: 70), String(repeating: "x", count: 60)),
    ("«»", ""),
  ])
  func slugs(title: String, slug: String) {
    #expect(WorksheetSelection.slugify(title) == slug)
  }
}
