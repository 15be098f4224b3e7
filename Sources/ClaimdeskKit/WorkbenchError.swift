import ClaimdeskLedger
import ClaimdeskSupport
/// Review actions the workbench refuses.
public enum WorkbenchError: ClaimdeskFailure, Equatable {
  /// A source that is neither an http(s) URL nor a citation.
  case invalidSource(String, reason: String)
  /// A verdict that needs a reviewer's source, given without one.
  case verdictNeedsSource(claim: String, status: ClaimStatus)
  /// `dismissed` without a note saying why.
  case dismissalNeedsNote(claim: String)
  /// A note with no text.
  case emptyNote
  /// A claim text with no words.
  case emptyClaim
  /// The normalised text of a document could not be written to `claims/documents/`.
  case cannotStoreDocument(path: String, reason: String)
  /// `add --doc PREFIX` naming no recorded document, or more than one.
  case unknownDocument(prefix: String, matches: Int)
  /// A page named by URL for extraction could not be fetched.
  case pageNotFetched(url: String, reason: String)
  /// An output path (`--out`) that leads into a workspace's `claims/` folder.
  case outputInsideLedger(path: String)
  /// A review form with no status change, source or note.
  case nothingToRecord(claim: String)
  /// A URL to fetch holding user info, control characters or whitespace (`URLCheck`).
  case refusedURL(String, reason: String)

  public var exitStatus: ExitStatus {
    switch self {
    case .invalidSource, .verdictNeedsSource, .dismissalNeedsNote, .emptyNote, .emptyClaim, .nothingToRecord, .refusedURL: .dataError
    case .cannotStoreDocument, .outputInsideLedger: .cannotCreate
    case .unknownDocument: .usage
    case .pageNotFetched: .unavailable
    }
  }

  public var description: String {
    switch self {
    case .invalidSource(let text, let reason):
      "'\(text)' is not a usable source: \(reason)"
    case .verdictNeedsSource(let claim, let status):
      "claim \(claim) cannot be marked \(status.rawValue) without a source: attach one with --source URL or --source \"citation\" (suggested links do not count)"
    case .dismissalNeedsNote(let claim):
      "claim \(claim) cannot be dismissed without a note saying why: add --note \"...\""
    case .emptyNote:
      "the note is empty"
    case .emptyClaim:
      "the claim text is empty"
    case .unknownDocument(let prefix, let matches):
      matches == 0
        ? "no recorded document id starts with '\(prefix)'; `claimdesk status` lists the documents"
        : "'\(prefix)' starts \(matches) document ids; give more of the id"
    case .nothingToRecord(let claim):
      "nothing to record for claim \(claim): change the status, or give a source or a note"
    case .refusedURL(let url, let reason):
      "'\(url)' cannot be fetched: \(reason)"
    case .pageNotFetched(let url, let reason):
      "cannot fetch \(url) (\(reason)); check the address, or save the page and pass the file"
    case .outputInsideLedger(let path):
      "refusing to write \(path): it is inside a workspace's claims/ folder, which holds the ledger and its evidence; write somewhere else (reports/, say)"
    case .cannotStoreDocument(let path, let reason):
      "cannot write \(path): \(reason); check that the workspace folder is writable and has free space"
    }
  }
}
