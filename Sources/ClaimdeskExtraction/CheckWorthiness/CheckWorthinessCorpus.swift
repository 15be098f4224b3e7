import Foundation

/// One labelled data file: CT24 (header `Sentence_id, Text, class_label`, shuffled sentences)
/// or CLEF 2019 (no header, `line, speaker, text, 0/1`, consecutive sentences of a transcript).
public struct CheckWorthinessCorpus: Sendable {
  public enum Format: Sendable { case ct24, clef2019 }

  public var name: String
  public var format: Format
  public var sentences: [LabelledSentence]

  public init(name: String, format: Format, sentences: [LabelledSentence]) {
    self.name = name
    self.format = format
    self.sentences = sentences
  }

  /// Reads one file, telling the format from its first line.
  public static func read(file path: String) throws -> CheckWorthinessCorpus {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CheckWorthinessError.unreadable(path: path)
    }
    let bytes = [UInt8](data)
    let name = URL(fileURLWithPath: path).lastPathComponent
    if bytes.starts(with: Array("Sentence_id".utf8)) {
      return try parseCT24(bytes, path: path, name: name)
    }
    return try parseCLEF(bytes, path: path, name: name)
  }

  /// Reads a file, or a folder: `ct24/train.tsv` and `clef2019/training/*.tsv` beneath it
  /// when present (never dev or test files), else every `.tsv` in it, sorted by name.
  public static func read(path: String) throws -> [CheckWorthinessCorpus] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw CheckWorthinessError.unreadable(path: path)
    }
    guard isFolder.boolValue else { return [try read(file: path)] }
    let folder = URL(fileURLWithPath: path)
    var files: [String] = []
    let ct24 = folder.appendingPathComponent("ct24/train.tsv").path
    let clef = folder.appendingPathComponent("clef2019/training").path
    if FileManager.default.fileExists(atPath: ct24) { files.append(ct24) }
    if FileManager.default.fileExists(atPath: clef) { files += try tsvFiles(in: clef) }
    if files.isEmpty { files = try tsvFiles(in: path) }
    guard !files.isEmpty else { throw CheckWorthinessError.noData(path: path) }
    return try files.map { try read(file: $0) }
  }

  private static func tsvFiles(in folder: String) throws -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      throw CheckWorthinessError.unreadable(path: folder)
    }
    return names.filter { $0.hasSuffix(".tsv") }.sorted()
      .map { URL(fileURLWithPath: folder).appendingPathComponent($0).path }
  }

  static func parseCT24(_ bytes: [UInt8], path: String, name: String) throws -> CheckWorthinessCorpus {
    let records = DelimitedTextReader.records(bytes, quoted: true)
    var sentences: [LabelledSentence] = []
    for (number, record) in records.enumerated().dropFirst() {
      guard record.count >= 3 else {
        throw CheckWorthinessError.badRow(path: path, line: number + 1, reason: "\(record.count) fields")
      }
      let label = record[2].trimmingCharacters(in: .whitespaces)
      guard label == "Yes" || label == "No" else {
        throw CheckWorthinessError.badRow(path: path, line: number + 1, reason: "label '\(label)' is not Yes or No")
      }
      sentences.append(LabelledSentence(text: trimmed(record[1]), isCheckWorthy: label == "Yes"))
    }
    return CheckWorthinessCorpus(name: name, format: .ct24, sentences: sentences)
  }

  static func parseCLEF(_ bytes: [UInt8], path: String, name: String) throws -> CheckWorthinessCorpus {
    let records = DelimitedTextReader.records(bytes, quoted: false)
    var sentences: [LabelledSentence] = []
    var previous: String?
    for (number, record) in records.enumerated() {
      guard record.count >= 4 else {
        throw CheckWorthinessError.badRow(path: path, line: number + 1, reason: "\(record.count) fields")
      }
      let label = record[3].trimmingCharacters(in: .whitespaces)
      guard label == "0" || label == "1" else {
        throw CheckWorthinessError.badRow(path: path, line: number + 1, reason: "label '\(label)' is not 0 or 1")
      }
      let text = trimmed(record[2])
      sentences.append(LabelledSentence(text: text, previous: previous, isCheckWorthy: label == "1"))
      previous = text
    }
    return CheckWorthinessCorpus(name: name, format: .clef2019, sentences: sentences)
  }

  private static func trimmed(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
