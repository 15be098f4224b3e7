import Foundation

/// Where the evaluation commands find the data kept beside the repository, as the tests do:
/// `CLAIMDESK_SHARED_DATA`, else `../shared/data`, else `../../shared/data` (a worktree one
/// level deeper), relative to the current folder; the first when none exists, so an error names it.
enum SharedDataFolder {
  static func path(_ context: CommandContext) -> String {
    if let set = context.environment["CLAIMDESK_SHARED_DATA"], !set.isEmpty { return set }
    let candidates = ["../shared/data", "../../shared/data"]
    return candidates.first { FileManager.default.fileExists(atPath: context.absolutePath($0)) } ?? candidates[0]
  }

  /// Reads page `<id>.html.gz` of `folder`, else of the shared data's `extraction/aeb/html`
  /// (the pages `eval triage`, `eval speakers` and `train-news` read).
  static func aebPages(_ context: CommandContext, folder: String?) -> (String) throws -> [UInt8] {
    let folder = context.absolutePath(folder ?? path(context) + "/extraction/aeb/html")
    return { id in try DocumentInput.inflatingGzip(try NamedInput.bytes(folder + "/" + id + ".html.gz")) }
  }
}
