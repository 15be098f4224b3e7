import ClaimdeskSupport
/// Failures reading check-worthiness data or model files.
public enum CheckWorthinessError: ClaimdeskFailure, Equatable {
  /// A data file or folder does not exist or cannot be read.
  case unreadable(path: String)
  /// A data file's row does not have the expected fields or label.
  case badRow(path: String, line: Int, reason: String)
  /// A folder held no data file this command knows.
  case noData(path: String)
  /// The training data has no positive or no negative example.
  case oneClass(positives: Int, total: Int)
  /// The output file cannot be written.
  case cannotWrite(path: String)

  public var description: String {
    switch self {
    case .unreadable(let path):
      "cannot read '\(path)'; check the path (the data lives in ../shared/data/checkworthiness)"
    case .badRow(let path, let line, let reason):
      "\(path): record \(line): \(reason); expected a CT24 TSV (Sentence_id, Text, class_label) or a CLEF 2019 TSV (line, speaker, text, 0/1)"
    case .noData(let path):
      "no check-worthiness data in '\(path)'; give a CT24 .tsv, a CLEF 2019 .tsv, or a folder holding ct24/train.tsv or clef2019/training/"
    case .oneClass(let positives, let total):
      "the training data has \(positives) check-worthy sentences of \(total); both classes are needed"
    case .cannotWrite(let path):
      "cannot write '\(path)'; check that its folder exists and is writable"
    }
  }

  public var exitStatus: ExitStatus {
    switch self {
    case .unreadable: .noInput
    case .badRow, .noData, .oneClass: .dataError
    case .cannotWrite: .cannotCreate
    }
  }
}
