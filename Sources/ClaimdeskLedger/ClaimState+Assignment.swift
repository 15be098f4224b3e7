import ClaimdeskSupport

/// `claim.assigned` folded into a claim: the newest assignment wins, and the history says who
/// assigned it to whom.
extension ClaimState {
  mutating func assign(_ event: LedgerEvent) throws(LineProblem) {
    let data = try AssignmentData(event.data)
    assignee = data.assignee
    record(event.header, summary: .text(data.assignee.map { "assigned to \($0)" } ?? "unassigned"))
  }
}
