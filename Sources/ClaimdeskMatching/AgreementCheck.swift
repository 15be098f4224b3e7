/// Whether a candidate states the same figures and names as the query.
///
/// Figures: for each kind (percent, money, year, date, factor, count) stated by BOTH texts, the
/// candidate must share at least one value with the query; if none agrees, that kind
/// conflicts ("rose 5%" vs "rose 7%"). A kind stated by only one side is not a conflict:
/// tweets leave out figures the fact-check gives and vice versa.
/// Names: the share of the candidate's named entities that the query mentions (shown to
/// the reviewer; see `Agreement.entityCoverage`).
public struct AgreementCheck: Sendable {
  /// Kinds compared for conflicts. Counts are left out by default: measured on CheckThat!
  /// train, tweets and fact-checks disagree on incidental counts far more often than on
  /// percentages, money, years and dates (README).
  public var comparedKinds: Set<Figure.Kind>
  private let figures = FigureExtractor()
  private let names = EntityExtractor()

  public init(comparedKinds: Set<Figure.Kind> = [.percent, .money, .year, .date, .multiple]) {
    self.comparedKinds = comparedKinds
  }

  public func compare(query: String, candidate: String) -> Agreement {
    compare(queryFigures: figures.figures(in: query), queryText: query, candidate: candidate)
  }

  /// As `compare(query:candidate:)` with the query's figures read once for many candidates.
  public func compare(queryFigures: [Figure], queryText: String, candidate: String) -> Agreement {
    let candidateFigures = figures.figures(in: candidate)
    var shared: [Figure] = []
    var conflicts: [FigureConflict] = []
    for kind in comparedKinds {
      let q = queryFigures.filter { $0.kind == kind }
      let c = candidateFigures.filter { $0.kind == kind }
      if q.isEmpty || c.isEmpty { continue }
      let agreeing = c.filter { cf in q.contains { $0.agrees(with: cf) } }
      if agreeing.isEmpty {
        conflicts.append(FigureConflict(query: q, candidate: c))
      } else {
        shared.append(contentsOf: agreeing)
      }
    }
    let candidateNames = names.entities(in: candidate)
    var entityCoverage: Double?
    if !candidateNames.isEmpty {
      let queryLower = queryText.lowercased()
      let found = candidateNames.filter { queryLower.contains($0) }.count
      entityCoverage = Double(found) / Double(candidateNames.count)
    }
    return Agreement(sharedFigures: shared, conflicts: conflicts, entityCoverage: entityCoverage)
  }

  public func queryFigures(_ text: String) -> [Figure] { figures.figures(in: text) }
}
