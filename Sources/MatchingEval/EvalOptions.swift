import ClaimdeskMatching
import Foundation

/// Command-line options of matching-eval. Besides the flags, a few switches
/// expose the alternatives measured for the README (stemmer, stop words, field
/// combination, fusion weights) so each figure can be reproduced with one command.
struct EvalOptions {
  var corpus = ""
  var queries = ""
  var qrels = ""
  var run: String?
  var lexicalOnly = false
  var vectors: [String] = []
  var useEncoder = false
  var dumpTexts: String?
  var depth = 20
  var sweep = false
  var calibrate = false
  var useCache = false
  var configuration = MatchingConfiguration()

  static let usage = """
    usage: matching-eval --corpus verified_claims.tsv --queries dev_queries.tsv --qrels dev_qrels.tsv
                         [--run FILE] [--lexical-only] [--vectors FILE]... [--encoder] [--cache]
                         [--stemmer none|s|porter] [--stopwords none|lucene|extended]
                         [--fields sum|max] [--title-weight W] [--dense max|WEIGHT]
                         [--weights LEXICAL,DENSE] [--sweep] [--calibrate] [--no-clean] [--clean-dense] [--drop-name]
                         [--dump-texts FILE]
    """

  init(arguments: [String]) throws {
    var i = 0
    var titleWeight: Float = 1
    var fieldsMax = true
    func value() throws -> String {
      i += 1
      guard i < arguments.count else { throw UsageError("\(arguments[i - 1]) needs a value") }
      return arguments[i]
    }
    while i < arguments.count {
      let argument = arguments[i]
      switch argument {
      case "--corpus": corpus = try value()
      case "--queries": queries = try value()
      case "--qrels": qrels = try value()
      case "--run": run = try value()
      case "--lexical-only": lexicalOnly = true
      case "--vectors": vectors.append(try value())
      case "--encoder": useEncoder = true
      case "--cache": useCache = true
      case "--dump-texts": dumpTexts = try value()
      case "--sweep": sweep = true
      case "--calibrate": calibrate = true
      case "--no-clean": configuration.queryCleaner = nil
      case "--clean-dense": configuration.denseQueryCleaner = TweetCleaner()
      case "--drop-name": configuration.queryCleaner = TweetCleaner(keepSignatureName: false)
      case "--stemmer":
        guard let s = Stemmer(rawValue: try value()) else { throw UsageError("unknown stemmer") }
        configuration.analyzer.stemmer = s
      case "--stopwords":
        switch try value() {
        case "none": configuration.analyzer.stopWords = []
        case "lucene": configuration.analyzer.stopWords = StopWords.lucene
        case "extended": configuration.analyzer.stopWords = StopWords.extended
        default: throw UsageError("unknown stop word list")
        }
      case "--fields": fieldsMax = try value() != "sum"
      case "--title-weight":
        guard let w = Float(try value()) else { throw UsageError("bad --title-weight") }
        titleWeight = w
      case "--dense":
        let v = try value()
        if v == "max" {
          configuration.denseFields = .maximum
        } else if let w = Float(v) {
          configuration.denseFields = .weighted(textWeight: w)
        } else {
          throw UsageError("bad --dense")
        }
      case "--weights":
        let parts = try value().split(separator: ",").compactMap { Double($0) }
        guard parts.count == 2 else { throw UsageError("--weights takes LEXICAL,DENSE") }
        configuration.fusion = ScoreFusion(lexicalWeight: parts[0], denseWeight: parts[1])
      case "-h", "--help":
        print(Self.usage)
        exit(0)
      default:
        throw UsageError("unknown argument \(argument)")
      }
      i += 1
    }
    configuration.lexicalFields = fieldsMax ? .maximum([1, titleWeight]) : .weightedSum([1, titleWeight])
    if corpus.isEmpty || (dumpTexts == nil && (queries.isEmpty || qrels.isEmpty)) {
      throw UsageError("--corpus, --queries and --qrels are required")
    }
  }
}

struct UsageError: Error, CustomStringConvertible {
  let description: String
  init(_ message: String) { description = message }
}
