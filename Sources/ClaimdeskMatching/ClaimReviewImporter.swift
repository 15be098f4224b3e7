import Foundation

/// Fact-checks from schema.org ClaimReview JSON-LD, as fact-checkers publish it and as
/// Google's Fact Check Tools feeds carry it. Accepted shapes: one ClaimReview object, an
/// array of them, an `@graph`, or a DataFeed whose `dataFeedElement` entries are
/// ClaimReviews or hold them under `item` (object or array). Any nesting of those is
/// searched, so a page's JSON-LD array mixing Organization and ClaimReview also works.
///
/// Fields: claimReviewed → claim; reviewRating.alternateName (else .name, else
/// ratingValue/bestRating) → verdict; url; datePublished; author.name, else
/// publisher.name → publisher; itemReviewed.author.name → claimant; headline/name → title.
public struct ClaimReviewImporter: Sendable {
  public init() {}

  public func records(_ data: Data, path: String) throws -> [FactCheckRecord] {
    let json: Any
    do {
      json = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    } catch {
      throw MatchingError.invalidFile(path, line: nil, "not valid JSON (\(Self.reason(error)))")
    }
    var reviews: [[String: Any]] = []
    Self.collect(json, into: &reviews)
    guard !reviews.isEmpty else {
      throw MatchingError.invalidFile(
        path, line: nil, "no ClaimReview found (expected a ClaimReview object, an array of them, or a DataFeed)")
    }
    let text = String(decoding: data, as: UTF8.self)
    let lines = Self.claimReviewLines(text)
    return try reviews.enumerated().map { index, review in
      let line = index < lines.count ? lines[index] : nil
      guard let claim = Self.string(review["claimReviewed"]), !claim.isEmpty else {
        throw MatchingError.invalidFile(path, line: line, "ClaimReview #\(index + 1) has no claimReviewed")
      }
      let rating = review["reviewRating"] as? [String: Any]
      var verdict = Self.string(rating?["alternateName"]) ?? Self.string(rating?["name"])
      if verdict == nil, let value = Self.string(rating?["ratingValue"]) {
        let best = Self.string(rating?["bestRating"]).map { "/\($0)" } ?? ""
        verdict = value + best
      }
      let item = review["itemReviewed"] as? [String: Any]
      return FactCheckRecord(
        claim: claim, verdict: verdict, url: Self.string(review["url"]),
        date: Self.string(review["datePublished"]),
        publisher: Self.name(review["author"]) ?? Self.name(review["publisher"]),
        title: Self.string(review["headline"]) ?? Self.string(review["name"]),
        sourceID: nil, claimant: Self.name(item?["author"]), line: line)
    }
  }

  /// Depth-first, in document order, every object whose @type is or includes ClaimReview.
  static func collect(_ value: Any, into reviews: inout [[String: Any]]) {
    if let array = value as? [Any] {
      for element in array { collect(element, into: &reviews) }
      return
    }
    guard let object = value as? [String: Any] else { return }
    if isClaimReview(object) {
      reviews.append(object)
      return
    }
    for key in ["@graph", "dataFeedElement", "item", "itemListElement", "mainEntity"] {
      if let nested = object[key] { collect(nested, into: &reviews) }
    }
  }

  static func isClaimReview(_ object: [String: Any]) -> Bool {
    if let type = object["@type"] as? String { return type == "ClaimReview" || type.hasSuffix("/ClaimReview") }
    if let types = object["@type"] as? [Any] { return types.contains { ($0 as? String) == "ClaimReview" } }
    return object["claimReviewed"] != nil  // untyped but unmistakable
  }

  static func string(_ value: Any?) -> String? {
    switch value {
    case let s as String: return s.trimmingCharacters(in: .whitespacesAndNewlines)
    case let n as NSNumber: return n.stringValue
    case let list as [Any]: return list.lazy.compactMap { string($0) }.first
    default: return nil
    }
  }

  /// An author or publisher: a name string, an object with `name`, or an array of those.
  static func name(_ value: Any?) -> String? {
    if let object = value as? [String: Any] { return string(object["name"]) }
    if let list = value as? [Any] { return list.lazy.compactMap { name($0) }.first }
    return string(value)
  }

  /// 1-based line of each `"ClaimReview"` type mention, in order: JSONSerialization gives
  /// no positions, and this points error messages at the right object in practice.
  static func claimReviewLines(_ text: String) -> [Int] {
    var lines: [Int] = []
    var line = 1
    let needle = Array("\"ClaimReview\"".utf8)
    let bytes = Array(text.utf8)
    var i = 0
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: "\n") {
        line += 1
      } else if bytes[i] == needle[0], i + needle.count <= bytes.count, Array(bytes[i..<(i + needle.count)]) == needle {
        lines.append(line)
        i += needle.count
        continue
      }
      i += 1
    }
    return lines
  }

  static func reason(_ error: Error) -> String {
    let ns = error as NSError
    return (ns.userInfo["NSDebugDescription"] as? String) ?? ns.localizedDescription
  }
}
