/// What a web check did: the document, how many claims it holds, and its worksheet.
struct CheckOutcome: Sendable {
  var documentID: String
  var claims: Int
  var worksheet: WorksheetOutcome = .none("no claims")
}
