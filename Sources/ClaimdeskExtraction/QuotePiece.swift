/// The part of a quotation inside one sentence: tokens `first...last` between the quote marks
/// (or the sentence's edge when the quotation goes on), of quotation `run` of the paragraph.
struct QuotePiece {
  var run: Int
  var first: Int
  var last: Int
  /// Token index of the opening mark in this sentence, if it opens here.
  var openMark: Int?
  /// Token index of the closing mark in this sentence, if it closes here.
  var closeMark: Int?
  var words: Int
}
