/// The outcome of `AgreementCheck` for one query–candidate pair.
public struct Agreement: Sendable, Equatable {
  /// Candidate figures that the query states too.
  public let sharedFigures: [Figure]
  /// Kinds of figure both state, with no value in common.
  public let conflicts: [FigureConflict]
  /// Share of the candidate's named entities found in the query; nil when it names none.
  public let entityCoverage: Double?

  public init(sharedFigures: [Figure], conflicts: [FigureConflict], entityCoverage: Double?) {
    self.sharedFigures = sharedFigures
    self.conflicts = conflicts
    self.entityCoverage = entityCoverage
  }

  /// True when some figure differs: the candidate cannot be "same claim".
  public var figuresDiffer: Bool { !conflicts.isEmpty }
}

/// One kind of figure on which the two texts disagree, e.g. query [5%] vs candidate [7%].
public struct FigureConflict: Sendable, Equatable, CustomStringConvertible {
  public let query: [Figure]
  public let candidate: [Figure]

  public var description: String {
    "\(query.map(\.text).joined(separator: ", ")) vs \(candidate.map(\.text).joined(separator: ", "))"
  }
}
