/// A claim as the passage ranker sees it: its text and the cues that decide it. Cues left nil
/// are found in the text (numbers and years by their digits, entities by capital letters inside
/// the sentence, quoted words between quotation marks).
public struct PassageQuery: Sendable, Equatable {
  public var text: String
  /// Numbers as written ("40,000", "3.5"); years may be here too.
  public var numbers: [String]
  /// Years ("1967").
  public var years: [String]
  /// Named entities ("Israel", "John Kerry").
  public var entities: [String]
  /// Quoted words or phrases, without their quotation marks.
  public var quotes: [String]

  public init(
    text: String, numbers: [String]? = nil, years: [String]? = nil, entities: [String]? = nil,
    quotes: [String]? = nil
  ) {
    self.text = text
    let tokens = PassageTokenizer.tokens(text)
    let digits = tokens.filter { $0.isNumber }.map(\.text)
    self.years = years ?? digits.filter(PassageTokenizer.isYear)
    self.numbers = numbers ?? digits.filter { !PassageTokenizer.isYear($0) }
    self.entities = entities ?? tokens.enumerated().filter { $0.offset > 0 && $0.element.isCapitalised }
      .map(\.element.text)
    self.quotes = quotes ?? PassageQuery.quotedSpans(text)
  }

  /// Text between straight or curly double quotation marks.
  static func quotedSpans(_ text: String) -> [String] {
    var spans: [String] = []
    var current: String.UnicodeScalarView?
    for scalar in text.unicodeScalars {
      if scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{201D}" {
        if let open = current {
          if !open.isEmpty { spans.append(String(open)) }
          current = nil
        } else {
          current = String.UnicodeScalarView()
        }
      } else {
        current?.append(scalar)
      }
    }
    return spans
  }
}
