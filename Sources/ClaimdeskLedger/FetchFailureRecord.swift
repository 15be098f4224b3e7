import ClaimdeskSupport
/// Why a fetch failed, as recorded: the fetcher's category (`timeout`, `dns`, ...) and message.
public struct FetchFailureRecord: Sendable, Equatable {
  public var category: String
  public var message: String

  public init(category: String, message: String) {
    self.category = category
    self.message = message
  }

  var json: [String: JSONValue] { ["category": .string(category), "message": .string(message)] }

  init?(_ value: JSONValue) {
    guard let category = value["category"]?.stringValue else { return nil }
    self.init(category: category, message: value["message"]?.stringValue ?? "")
  }
}
