import Foundation

/// Relevance judgements in TREC form, one per line: `qid 0 docid relevance` (tab or space
/// separated). Only relevance > 0 counts.
public struct Qrels: Sendable, Equatable {
  public private(set) var relevant: [String: Set<String>] = [:]

  public init(relevant: [String: Set<String>]) {
    self.relevant = relevant
  }

  public init(contentsOf url: URL) throws {
    let text = try String(contentsOf: url, encoding: .utf8)
    try self.init(parsing: text, path: url.path)
  }

  public init(parsing text: String, path: String = "qrels") throws {
    for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let fields = line.split(whereSeparator: { $0 == "\t" || $0 == " " || $0 == "\r" })
      if fields.isEmpty { continue }
      guard fields.count == 4, let grade = Int(fields[3]) else {
        throw MatchingError.invalidFile(path, line: offset + 1, "expected `qid 0 docid relevance`")
      }
      if grade > 0 { relevant[String(fields[0]), default: []].insert(String(fields[2])) }
    }
  }
}
