import ClaimdeskLedger
import ClaimdeskText

/// The values of a captured page's text on a claim page: its paragraphs, each with the passage
/// that bears on the claim marked where `fetch` found one. Text only: the page's markup never
/// reaches the browser, and Mustache escapes what is shown.
enum CapturedTextView {
  /// Paragraphs shown at most: the passages are marked within them, the rest is in the snapshot.
  static let paragraphLimit = 300

  static func values(_ page: Document, passages: [PassageRecord]) -> [String: Any] {
    let scalars = Array(page.text.unicodeScalars)
    let shown = page.paragraphs.prefix(paragraphLimit)
    var marked = 0
    let paragraphs = shown.enumerated().compactMap { index, paragraph -> [String: Any]? in
      guard paragraph.start >= 0, paragraph.start < paragraph.end, paragraph.end <= scalars.count else { return nil }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[paragraph.start..<paragraph.end])
      let text = String(view)
      // The passage's own words when they are in this paragraph, else the paragraph it names.
      if let passage = passages.first(where: { !$0.text.isEmpty && text.contains($0.text) }), let range = text.range(of: passage.text) {
        marked += 1
        return [
          "before": Shown.text(String(text[..<range.lowerBound])), "marked": Shown.text(passage.text),
          "after": Shown.text(String(text[range.upperBound...])), "bears": true,
        ]
      }
      if passages.contains(where: { $0.paragraph == index }) {
        marked += 1
        return ["before": "", "marked": Shown.text(text), "after": "", "bears": true]
      }
      return ["before": Shown.text(text), "after": ""]
    }
    let cut = page.paragraphs.count > paragraphLimit ? " (the first \(paragraphLimit) of \(page.paragraphs.count))" : ""
    return [
      "paragraphs": paragraphs,
      "summary": "The captured page's text: \(paragraphs.count) paragraphs\(cut), \(marked) marked as bearing on the claim",
    ]
  }
}
