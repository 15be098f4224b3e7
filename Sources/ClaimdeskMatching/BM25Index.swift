import Foundation

/// An in-memory inverted index scored with BM25 per field (Lucene ≥ 8 form).
///
/// Per term and document the score is idf · tf / (tf + k1 · (1 - b + b · dl / avgdl)).
/// Lucene 8 dropped the classic (k1 + 1) numerator factor; it scales every score by the
/// same constant, so rankings are unchanged. The tf part is precomputed per posting at
/// build time, so a query costs one multiply-add per posting of its terms.
/// Postings are flat arrays (offsets into one doc-id and one weight array per field):
/// 14k claims with titles build in tens of milliseconds, and there are no per-term objects.
public final class BM25Index: Sendable {
  public let documentCount: Int
  public let fieldCount: Int
  public let parameters: BM25Parameters
  private let termIDs: [String: Int32]
  private let fields: [FieldPostings]

  private struct FieldPostings: Sendable {
    /// postings of term t are entries offsets[t] ..< offsets[t + 1]
    var offsets: [Int32]
    var documents: [Int32]
    var weights: [Float]
    /// idf of each term in this field
    var idf: [Float]
  }

  /// `documents[d][f]` holds the analysed terms of field `f` of document `d`; every
  /// document has the same number of fields (an absent title is an empty array).
  public init(documents: [[[String]]], parameters: BM25Parameters = BM25Parameters()) {
    self.parameters = parameters
    documentCount = documents.count
    fieldCount = documents.first?.count ?? 0
    var ids: [String: Int32] = [:]
    // Term ids for every field first, so all fields share one dictionary.
    var encoded: [[[Int32]]] = []
    encoded.reserveCapacity(documents.count)
    for document in documents {
      precondition(document.count == fieldCount, "every document needs \(fieldCount) fields")
      encoded.append(
        document.map { terms in
          terms.map { term in
            if let id = ids[term] { return id }
            let id = Int32(ids.count)
            ids[term] = id
            return id
          }
        })
    }
    termIDs = ids
    let termCount = ids.count
    let n = Float(documents.count)
    var built: [FieldPostings] = []
    for field in 0..<fieldCount {
      var lengths = [Float](repeating: 0, count: documents.count)
      var total: Float = 0
      for d in 0..<documents.count {
        lengths[d] = Float(encoded[d][field].count)
        total += lengths[d]
      }
      let average = max(total / max(n, 1), 1e-9)
      // Count postings per term, then fill them in document order (so lists are sorted).
      var counts = [Int32](repeating: 0, count: termCount + 1)
      var tf: [Int32: Int32] = [:]
      var perDocument: [[(Int32, Int32)]] = []
      perDocument.reserveCapacity(documents.count)
      for d in 0..<documents.count {
        tf.removeAll(keepingCapacity: true)
        for term in encoded[d][field] { tf[term, default: 0] += 1 }
        let pairs = tf.map { ($0.key, $0.value) }
        for (term, _) in pairs { counts[Int(term)] += 1 }
        perDocument.append(pairs)
      }
      var offsets = [Int32](repeating: 0, count: termCount + 1)
      for t in 0..<termCount { offsets[t + 1] = offsets[t] + counts[t] }
      var cursor = Array(offsets[0..<termCount])
      let postingCount = Int(offsets[termCount])
      var docsArray = [Int32](repeating: 0, count: postingCount)
      var weights = [Float](repeating: 0, count: postingCount)
      let k1 = parameters.k1
      let b = parameters.b
      for d in 0..<documents.count {
        let norm = k1 * (1 - b + b * lengths[d] / average)
        for (term, frequency) in perDocument[d] {
          let slot = Int(cursor[Int(term)])
          cursor[Int(term)] += 1
          docsArray[slot] = Int32(d)
          let f = Float(frequency)
          weights[slot] = f / (f + norm)
        }
      }
      var idf = [Float](repeating: 0, count: termCount)
      for t in 0..<termCount {
        let df = Float(offsets[t + 1] - offsets[t])
        idf[t] = Float(log(1 + Double((n - df + 0.5) / (df + 0.5))))
      }
      built.append(FieldPostings(offsets: offsets, documents: docsArray, weights: weights, idf: idf))
    }
    fields = built
  }

  /// Number of distinct terms over all fields.
  public var vocabularySize: Int { termIDs.count }

  /// BM25 score of every document for each field: `result[f][d]`. A repeated query term
  /// counts once per occurrence, as separate Lucene clauses would.
  public func fieldScores(_ queryTerms: [String]) -> [[Float]] {
    var result = [[Float]](
      repeating: [Float](repeating: 0, count: documentCount), count: fieldCount)
    let ids = queryTerms.compactMap { termIDs[$0] }
    for field in 0..<fieldCount {
      let postings = fields[field]
      result[field].withUnsafeMutableBufferPointer { scores in
        postings.documents.withUnsafeBufferPointer { docs in
          postings.weights.withUnsafeBufferPointer { weights in
            for term in ids {
              let t = Int(term)
              let idf = postings.idf[t]
              if idf == 0 { continue }
              for slot in Int(postings.offsets[t])..<Int(postings.offsets[t + 1]) {
                scores[Int(docs[slot])] += idf * weights[slot]
              }
            }
          }
        }
      }
    }
    return result
  }

  /// One score per document, the fields combined as `combination` says.
  public func scores(_ queryTerms: [String], combination: FieldCombination) -> [Float] {
    let perField = fieldScores(queryTerms)
    guard fieldCount > 0 else { return [] }
    var combined = [Float](repeating: 0, count: documentCount)
    switch combination {
    case .weightedSum(let w):
      for f in 0..<fieldCount {
        let weight = f < w.count ? w[f] : 1
        for d in 0..<documentCount { combined[d] += weight * perField[f][d] }
      }
    case .maximum(let w):
      for f in 0..<fieldCount {
        let weight = f < w.count ? w[f] : 1
        for d in 0..<documentCount { combined[d] = max(combined[d], weight * perField[f][d]) }
      }
    }
    return combined
  }
}
