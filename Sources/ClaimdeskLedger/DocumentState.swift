/// A document recorded by `document.added`; its normalised text is `claims/documents/<id>.txt`.
public struct DocumentState: Sendable, Equatable {
  /// SHA-256 (hex) of the normalised text: the document's id and file name.
  public var id: String
  /// The path or URL it was read from.
  public var origin: String
  public var title: String?
  public var format: String
  /// SHA-256 (hex) of the original bytes.
  public var bytesSHA256: String
  public var url: String?
  public var published: String?
  public var addedAt: String
  public var addedBy: String
  public var claimCount: Int

  public init(
    id: String, origin: String, title: String?, format: String, bytesSHA256: String, url: String?,
    published: String?, addedAt: String, addedBy: String, claimCount: Int = 0
  ) {
    self.id = id
    self.origin = origin
    self.title = title
    self.format = format
    self.bytesSHA256 = bytesSHA256
    self.url = url
    self.published = published
    self.addedAt = addedAt
    self.addedBy = addedBy
    self.claimCount = claimCount
  }
}
