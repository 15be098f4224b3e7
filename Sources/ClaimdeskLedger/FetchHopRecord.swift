import ClaimdeskSupport
/// One request and response of a fetch (a redirect, or the final answer), as recorded.
public struct FetchHopRecord: Sendable, Equatable {
  public var url: String
  /// 0 when no response arrived.
  public var status: Int
  public var remoteIP: String?
  public var location: String?
  public var warcRecordID: String?

  public init(url: String, status: Int, remoteIP: String?, location: String?, warcRecordID: String?) {
    self.url = url
    self.status = status
    self.remoteIP = remoteIP
    self.location = location
    self.warcRecordID = warcRecordID
  }

  var json: JSONValue {
    [
      "url": .string(url), "status": .int(status), "remote_ip": .optional(remoteIP),
      "location": .optional(location), "warc_record_id": .optional(warcRecordID),
    ]
  }

  init?(_ value: JSONValue) {
    guard let url = value["url"]?.stringValue else { return nil }
    self.init(
      url: url, status: value["status"]?.intValue ?? 0, remoteIP: value["remote_ip"]?.stringValue,
      location: value["location"]?.stringValue, warcRecordID: value["warc_record_id"]?.stringValue)
  }
}
