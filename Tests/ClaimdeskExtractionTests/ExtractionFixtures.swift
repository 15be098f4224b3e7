import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskExtraction
@testable import ClaimdeskText

/// A scorer that always says 0.5, so the tests see the rules alone.
struct NeutralScorer: CheckWorthinessScoring {
  func score(_ sentence: String, previous: String?) -> Double { 0.5 }
}

enum ExtractionFixtures {
  /// A document with one paragraph per line (blank lines ignored).
  static func document(_ text: String, published: String? = nil, links: [DocumentLink] = []) -> Document {
    var paragraphs: [Paragraph] = []
    var offset = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let length = line.unicodeScalars.count
      if !line.allSatisfy(\.isWhitespace) { paragraphs.append(Paragraph(start: offset, end: offset + length)) }
      offset += length + 1
    }
    return Document(
      text: text, format: .text, paragraphs: paragraphs, links: links,
      metadata: DocumentMetadata(published: published))
  }

  /// Sentences given by hand: each string is found in order in the text (the placeholder
  /// splitter cuts "U.S." and these tests must not depend on it).
  static func sentences(_ document: Document, _ texts: [String]) -> [Sentence] {
    let scalars = Array(document.text.unicodeScalars)
    var sentences: [Sentence] = []
    var from = 0
    for text in texts {
      let needle = Array(text.unicodeScalars)
      var found = -1
      var i = from
      while i + needle.count <= scalars.count {
        if Array(scalars[i..<(i + needle.count)]) == needle { found = i; break }
        i += 1
      }
      precondition(found >= 0, "sentence not found: \(text)")
      let paragraph = document.paragraphs.firstIndex { $0.start <= found && found < $0.end } ?? 0
      sentences.append(Sentence(index: sentences.count, start: found, end: found + needle.count, text: text, paragraph: paragraph))
      from = found + needle.count
    }
    return sentences
  }

  /// Every line split at ". ", "? ", "! " (and after a closing quote): enough for short passages.
  static func naiveSentences(_ document: Document) -> [Sentence] {
    let scalars = Array(document.text.unicodeScalars)
    var result: [Sentence] = []
    for (p, paragraph) in document.paragraphs.enumerated() {
      var start = paragraph.start
      var i = paragraph.start
      while i < paragraph.end {
        var end = -1
        if ".?!".unicodeScalars.contains(scalars[i]) {
          var j = i + 1
          while j < paragraph.end, "\"”’".unicodeScalars.contains(scalars[j]) { j += 1 }
          if j == paragraph.end || scalars[j] == " " { end = j }
        } else if i + 1 == paragraph.end {
          end = i + 1
        }
        if end > 0 {
          var s = start
          while s < end, scalars[s] == " " { s += 1 }
          if s < end {
            let text = String(String.UnicodeScalarView(scalars[s..<end]))
            result.append(Sentence(index: result.count, start: s, end: end, text: text, paragraph: p))
          }
          start = end
          i = end
        } else {
          i += 1
        }
      }
    }
    return result
  }

  static func extract(_ text: String, date: String? = nil) -> [ExtractedClaim] {
    let doc = document(text)
    return ClaimExtractor(scorer: NeutralScorer(), documentDate: date).extract(from: doc, sentences: naiveSentences(doc))
  }
}
