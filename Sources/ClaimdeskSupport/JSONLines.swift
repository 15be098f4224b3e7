/// Reads JSON Lines: one value a non-blank line, each made into a `T` by `each`, which gets the
/// value and a way to make the error for its line ("labels.jsonl:3: no \"id\" string"). A line
/// that is not JSON throws `failure(line, reason)` too. Lines count from 1.
public enum JSONLines {
  public static func map<T>(
    _ text: String, failure: @escaping (_ line: Int, _ reason: String) -> any Error,
    _ each: (_ value: JSONValue, _ fail: (String) -> any Error) throws -> T
  ) throws -> [T] {
    var values: [T] = []
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      guard !line.allSatisfy(\.isWhitespace) else { continue }
      let value: JSONValue
      do { value = try JSONParser.parse(String(line)) } catch { throw failure(n + 1, "\(error)") }
      values.append(try each(value) { failure(n + 1, $0) })
    }
    return values
  }
}
