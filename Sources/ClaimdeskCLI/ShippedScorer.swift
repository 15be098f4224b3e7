import ClaimdeskKit
import ClaimdeskExtraction

/// The check-worthiness scorer the commands use: the model trained on CT24 and CLEF 2019 that
/// ships inside the binary (see README, "Check-worthiness score").
enum ShippedScorer {
  static let current: any CheckWorthinessScoring = CheckWorthinessModel.shipped
}
