/// One URL to fetch, with its previous capture when this is a re-fetch.
public struct FetchRequest: Sendable, Equatable {
  public let url: String
  public let previous: PreviousCapture?

  public init(url: String, previous: PreviousCapture? = nil) {
    self.url = url
    self.previous = previous
  }
}
