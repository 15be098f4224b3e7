/// Measures check-worthiness models on labelled data.
public enum CheckWorthinessEvaluation {
  /// The model's figures on one labelled set, at its own 0.5 threshold.
  public static func measure(_ model: CheckWorthinessModel, on sentences: [LabelledSentence]) -> RankingMetrics {
    RankingMetrics(
      scores: sentences.map { model.score($0.text, previous: $0.previous) },
      labels: sentences.map(\.isCheckWorthy))
  }

  /// Average precision of each transcript file when the model is trained on the other files,
  /// and on `shuffled` (CT24) less the exact duplicates of the held-out file's sentences.
  public static func leaveOneFileOut(
    _ files: [CheckWorthinessCorpus], shuffled: [LabelledSentence] = [],
    trainer: CheckWorthinessTrainer = CheckWorthinessTrainer()
  ) -> [(file: String, averagePrecision: Double)] {
    files.indices.map { held in
      let heldOut = Set(files[held].sentences.map(\.text))
      let transcripts = files.indices.filter { $0 != held }.flatMap { files[$0].sentences }
      let kept = shuffled.filter { !heldOut.contains($0.text) }
      guard let model = trainer.fit(shuffled: kept, transcripts: transcripts) else {
        return (files[held].name, 0)
      }
      return (files[held].name, measure(model, on: files[held].sentences).averagePrecision)
    }
  }
}
