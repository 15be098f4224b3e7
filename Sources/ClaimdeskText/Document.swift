/// A document as the rest of the engine sees it: normalised text (NFC) with its paragraphs and
/// cited links. Every offset is in Unicode scalars into `text`, which is what the workspace stores.
public struct Document: Sendable, Equatable {
  /// The normalised text that was segmented; stored as `claims/documents/<sha256>.txt`.
  public var text: String
  public var format: DocumentFormat
  public var title: String?
  public var paragraphs: [Paragraph]
  /// Links the document cites (Markdown links, HTML anchors), with the text they stand on.
  public var links: [DocumentLink]
  public var metadata: DocumentMetadata
  /// Things the reader noticed (encoding fallback, not English, ...), for stderr.
  public var warnings: [String]

  public init(
    text: String, format: DocumentFormat, title: String? = nil, paragraphs: [Paragraph],
    links: [DocumentLink] = [], metadata: DocumentMetadata = DocumentMetadata(), warnings: [String] = []
  ) {
    self.text = text
    self.format = format
    self.title = title
    self.paragraphs = paragraphs
    self.links = links
    self.metadata = metadata
    self.warnings = warnings
  }
}

public enum DocumentFormat: String, Sendable, CaseIterable {
  case text, markdown, html
}

/// A block of the document: a paragraph, heading, list item, quote or table cell, or a piece of
/// page furniture (a caption, a credit, a byline, ...) that stays in the text but is no part of
/// what the document asserts.
public struct Paragraph: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case paragraph, heading, listItem = "list-item", quote, cell
    /// A photo or video caption (`figcaption`, "caption" classes).
    case caption
    /// An image or video credit: "(AP Photo/Evan Vucci)", "Image copyright Getty Images".
    case credit
    /// A byline, dateline, timestamp or reporting credit: "By Ana Swanson", "Published 7:07 PM
    /// EST Nov 19, 2019", "Keith Bradsher contributed reporting from Hong Kong."
    case byline
    /// An author's biography.
    case bio
    /// Navigation, share, newsletter and reading prompts: "Continue reading the main story".
    case navigation
    /// Related, most-read and "more from" headlines and teasers.
    case related
    /// Chart and table labels, legends.
    case label

    /// Page furniture: kept in the text for context, never a claim.
    public var isFurniture: Bool {
      switch self {
      case .paragraph, .heading, .listItem, .quote, .cell: return false
      case .caption, .credit, .byline, .bio, .navigation, .related, .label: return true
      }
    }
  }
  public var start: Int
  public var end: Int
  public var kind: Kind

  public init(start: Int, end: Int, kind: Kind = .paragraph) {
    self.start = start
    self.end = end
    self.kind = kind
  }
}

/// A link the document cites, over the text it stands on.
public struct DocumentLink: Sendable, Equatable {
  public var url: String
  public var start: Int
  public var end: Int

  public init(url: String, start: Int, end: Int) {
    self.url = url
    self.start = start
    self.end = end
  }
}

/// What a page says about itself (HTML meta, Open Graph, JSON-LD); empty for plain text.
public struct DocumentMetadata: Sendable, Equatable {
  public var byline: String?
  /// ISO 8601 date or date-time as found (e.g. "2015-11-24").
  public var published: String?
  public var url: String?
  public var siteName: String?
  public var language: String?

  public init(
    byline: String? = nil, published: String? = nil, url: String? = nil, siteName: String? = nil,
    language: String? = nil
  ) {
    self.byline = byline
    self.published = published
    self.url = url
    self.siteName = siteName
    self.language = language
  }
}
