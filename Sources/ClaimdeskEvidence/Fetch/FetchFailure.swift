/// A failed fetch: its category and a sentence saying what happened.
public struct FetchFailure: Error, Sendable, Equatable {
  public let category: FetchErrorCategory
  public let message: String

  public init(_ category: FetchErrorCategory, _ message: String) {
    self.category = category
    self.message = message
  }
}
