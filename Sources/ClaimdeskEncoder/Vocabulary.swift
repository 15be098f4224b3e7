import Foundation

/// vocab.txt: one wordpiece per line, the line number is its id.
struct Vocabulary: Sendable {
  /// Keys are UTF-8 bytes, not Strings: Swift String equality is canonical equivalence,
  /// which would let a decomposed word match a precomposed vocab entry (Hangul syllables,
  /// accented letters) where HuggingFace's byte comparison does not.
  private let ids: [[UInt8]: Int32]
  let count: Int
  let unknownID: Int32
  let classifierID: Int32
  let separatorID: Int32

  init(url: URL) throws {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw EncoderError.missingFile(path: url.path)
    }
    try self.init(bytes: [UInt8](data), path: url.path)
  }

  /// `path` only names the file in errors.
  init(bytes: [UInt8], path: String = "vocab.txt") throws {
    var ids: [[UInt8]: Int32] = [:]
    var index: Int32 = 0
    var lineStart = 0
    func addLine(_ end: Int) {
      var stop = end
      // HuggingFace strips trailing whitespace of each line (\r from CRLF files too).
      while stop > lineStart, [0x20, 0x09, 0x0D].contains(bytes[stop - 1]) { stop -= 1 }
      ids[Array(bytes[lineStart..<stop])] = index  // a later duplicate wins, as in HF
      index += 1
    }
    for (i, byte) in bytes.enumerated() where byte == 0x0A {
      addLine(i)
      lineStart = i + 1
    }
    if lineStart < bytes.count { addLine(bytes.count) }
    self.ids = ids
    count = Int(index)
    func special(_ token: String) throws -> Int32 {
      guard let id = ids[Array(token.utf8)] else {
        throw EncoderError.badVocabulary(path: path, missingToken: token)
      }
      return id
    }
    unknownID = try special("[UNK]")
    classifierID = try special("[CLS]")
    separatorID = try special("[SEP]")
  }

  func id(of utf8: [UInt8]) -> Int32? { ids[utf8] }
}
