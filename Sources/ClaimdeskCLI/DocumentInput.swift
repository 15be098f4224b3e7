import ClaimdeskKit
import Foundation
import ClaimdeskEvidence
import ClaimdeskText

/// A document named on the command line: a file, `-` for standard input, or an http(s) URL,
/// which is fetched (and kept as a WARC snapshot) and read as HTML unless it says it is text.
struct DocumentInput {
  var bytes: [UInt8]
  var page: FetchResult?

  static func isURL(_ name: String) -> Bool {
    let lower = name.lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://")
  }

  /// `snapshots` is where a fetched page's WARC goes; nil means a temporary folder (dry runs).
  static func load(_ name: String, network: NetworkOptions, snapshots: String?) async throws -> DocumentInput {
    guard isURL(name) else { return DocumentInput(bytes: try NamedInput.bytes(name), page: nil) }
    let folder = snapshots ?? FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-page-\(UUID().uuidString)").path
    defer { if snapshots == nil { try? FileManager.default.removeItem(atPath: folder) } }
    let page = try await Workbench.fetchPage(name, options: network.options(snapshotDirectory: folder))
    if page.truncated {
      CommandContext.current.standardError.write("claimdesk: warning: \(name) was cut at \(page.rawBytes) bytes (--max-bytes); reading what arrived\n")
    }
    return DocumentInput(bytes: page.decodedBody, page: page)
  }

  /// The format to read with: the one asked for, else plain text for a page served as text/plain,
  /// else HTML for a page, else detection.
  func format(_ asked: DocumentFormat?) -> DocumentFormat? {
    guard asked == nil, let page else { return asked }
    return page.contentType?.lowercased().hasPrefix("text/plain") == true ? .text : .html
  }
}

extension DocumentInput {
  /// The bytes themselves, or inflated when they are gzip (the benchmark's `.html.gz` pages).
  static func inflatingGzip(_ bytes: [UInt8]) -> [UInt8] {
    guard GzipReader.isGzip(bytes), let inflated = GzipReader.inflate(bytes, limit: HTMLReader.maximumBytes + 1) else {
      return bytes
    }
    return inflated
  }
}
