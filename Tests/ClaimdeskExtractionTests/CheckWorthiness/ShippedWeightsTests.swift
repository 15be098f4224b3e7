import Foundation
import Testing
@testable import ClaimdeskExtraction

/// The shipped weights are generated data: they must be what `claimdesk train --seed 1` makes
/// of the shared data, byte for byte. That retraining runs in `scripts/check-generated` (release
/// build, after `swift test` in `make test`): in a debug build it takes about 20 CPU seconds
/// (measured 2026-12-06: 19.2 s user, 47 s wall on the shared 2-core machine), and as a test it
/// made a full `swift test` 139 s of wall time instead of 83 s. Here, what needs no data.
@Suite struct ShippedWeightsTests {
  /// The embedded weights decode and score the seed sentence (the universal claim of the Kerry
  /// example) as the committed model always has.
  @Test func embeddedWeightsScoreTheSeedSentenceAsBefore() {
    let score = CheckWorthinessModel.shipped.score(
      "Every U.S. administration since 1967 has opposed Israeli settlement activity.", previous: nil)
    #expect(abs(score - Self.seedSentenceScore) < 1e-6, "score \(score)")
  }

  // As committed with the weights (seed 1); a retrained model that differs fails here too.
  static let seedSentenceScore = 0.9012094
}
