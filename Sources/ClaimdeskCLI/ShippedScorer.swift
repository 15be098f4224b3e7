import ClaimdeskKit
import ClaimdeskExtraction

/// The check-worthiness scorer the extracting commands use: the model trained on CT24 and CLEF
/// 2019 that ships inside the binary, with its news residual added (see README,
/// "Check-worthiness score"). `score` and `eval checkworthiness` use the shipped model alone.
enum ShippedScorer {
  static let current: any CheckWorthinessScoring = CheckWorthinessModel.newsAdapted
}
