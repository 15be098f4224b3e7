/// What the tree walk collects for the metadata reader, as found in the page.
struct HTMLRawMetadata {
  /// `<title>` text.
  var title: String?
  /// `<meta>` tags as (name, property, itemprop or http-equiv lower-cased, content).
  var metas: [(key: String, content: String)] = []
  var canonical: String?
  var base: String?
  /// `<html lang>`.
  var language: String?
  /// Bodies of `<script type="application/ld+json">`.
  var jsonLD: [[UInt8]] = []
  /// The first `<time datetime>` in the body.
  var firstTime: String?

  func meta(_ key: String) -> String? {
    for m in metas where m.key == key {
      let trimmed = m.content.trimmingWhitespace
      if !trimmed.isEmpty { return trimmed }
    }
    return nil
  }
}

extension String {
  /// The string with leading and trailing white space (ASCII and no-break space) removed.
  var trimmingWhitespace: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
