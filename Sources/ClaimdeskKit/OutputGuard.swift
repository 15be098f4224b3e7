import Foundation

/// Where commands may write their output: anywhere but inside a workspace's `claims/` folder,
/// which holds the ledger, HEAD, documents and snapshots. The path is judged where it really
/// leads, after `..` and symbolic links, so `--out ws/claims/../claims/HEAD` or a link into
/// `claims/` are refused as surely as `--out ws/claims/ledger.jsonl`.
public enum OutputGuard {
  /// - Parameters:
  ///   - path: an absolute path about to be written (a file, or a folder of files).
  ///   - shown: the path as the user gave it, for the message.
  /// - Throws: `WorkbenchError.outputInsideLedger`.
  public static func check(_ path: String, shown: String) throws {
    var folder = resolved(path)
    while true {
      if (folder as NSString).lastPathComponent == "claims" && isLedgerFolder(folder) {
        throw WorkbenchError.outputInsideLedger(path: shown)
      }
      let parent = (folder as NSString).deletingLastPathComponent
      if parent == folder || parent.isEmpty { return }
      folder = parent
    }
  }

  /// A `claims/` folder a workspace made (with a ledger, a HEAD or a lock in it).
  private static func isLedgerFolder(_ folder: String) -> Bool {
    ["ledger.jsonl", "HEAD", ".lock"].contains { FileManager.default.fileExists(atPath: folder + "/" + $0) }
  }

  /// The path with symbolic links resolved as far as it exists (a dangling link too: writing
  /// through it would create its target), and `.`/`..` folded after that.
  static func resolved(_ path: String, depth: Int = 0) -> String {
    var existing = (path as NSString).standardizingPath
    var rest: [String] = []
    while !exists(existing) {
      let parent = (existing as NSString).deletingLastPathComponent
      if parent == existing || parent.isEmpty { break }
      rest.insert((existing as NSString).lastPathComponent, at: 0)
      existing = parent
    }
    if depth < 40, let target = try? FileManager.default.destinationOfSymbolicLink(atPath: existing) {
      // A link as the last existing piece: follow it by hand, since realpath cannot when it dangles.
      let parent = (existing as NSString).deletingLastPathComponent
      let followed = target.hasPrefix("/") ? target : (parent as NSString).appendingPathComponent(target)
      return resolved(([followed] + rest).joined(separator: "/"), depth: depth + 1)
    }
    var real = realpath(existing, nil).map { pointer -> String in
      defer { free(pointer) }
      return String(cString: pointer)
    } ?? existing
    for component in rest { real = (real as NSString).appendingPathComponent(component) }
    return (real as NSString).standardizingPath
  }

  /// Whether anything is at `path`, a dangling link included.
  private static func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }
}
