/// A worksheet read back: which document and tool wrote it, and what the reviewer did per claim.
public struct WorksheetReading: Sendable, Equatable {
  public var documentID: String
  public var generator: String
  /// In the order of the worksheet.
  public var claims: [WorksheetClaimEdit]

  public init(documentID: String, generator: String, claims: [WorksheetClaimEdit]) {
    self.documentID = documentID
    self.generator = generator
    self.claims = claims
  }

  /// The claims the reviewer changed (a different box, a note, a source).
  public var edited: [WorksheetClaimEdit] { claims.filter(\.hasEdits) }
}
