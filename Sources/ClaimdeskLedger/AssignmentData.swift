import ClaimdeskSupport

/// The data of `claim.assigned`: `to`, the reviewer's name, or null when the assignment is
/// cleared. The actor of the event is who assigned it.
struct AssignmentData {
  var assignee: String?

  init(_ data: JSONValue) throws(LineProblem) {
    switch data["to"] {
    case .string(let name) where !name.isEmpty: assignee = name
    case .null?, nil: assignee = nil
    default: throw LineProblem("claim.assigned needs data.to, a name or null")
    }
  }
}
