import ClaimdeskSupport
/// The earlier WARC capture an unchanged fetch points at instead of storing the body again.
public struct FetchRevisitRecord: Sendable, Equatable {
  public var recordID: String
  public var targetURI: String
  public var date: String
  public var payloadDigest: String

  public init(recordID: String, targetURI: String, date: String, payloadDigest: String) {
    self.recordID = recordID
    self.targetURI = targetURI
    self.date = date
    self.payloadDigest = payloadDigest
  }

  var json: [String: JSONValue] {
    [
      "record_id": .string(recordID), "target_uri": .string(targetURI), "date": .string(date),
      "payload_digest": .string(payloadDigest),
    ]
  }

  init?(_ value: JSONValue) {
    guard let recordID = value["record_id"]?.stringValue else { return nil }
    self.init(
      recordID: recordID, targetURI: value["target_uri"]?.stringValue ?? "", date: value["date"]?.stringValue ?? "",
      payloadDigest: value["payload_digest"]?.stringValue ?? "")
  }
}
