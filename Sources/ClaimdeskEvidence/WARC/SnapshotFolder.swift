import Foundation
import ClaimdeskSupport

/// The snapshots of a file workspace: the `.warc` files of `claims/sources/`, where `fetch`
/// writes them.
public struct SnapshotFolder: SnapshotStore {
  public let directory: String
  public var displayName: String { directory }

  public init(directory: String) { self.directory = directory }

  public func snapshot(named name: String) throws -> [UInt8]? {
    guard Self.isSnapshotName(name) else { return nil }
    return FileManager.default.contents(atPath: path(name)).map { [UInt8]($0) }
  }

  public func keep(_ bytes: [UInt8], named name: String) throws {
    guard Self.isSnapshotName(name) else { throw FetchError.cannotWriteSnapshot(path: path(name)) }
    if let existing = try snapshot(named: name) {
      guard existing == bytes else { throw FetchError.snapshotConflict(name: name, store: displayName) }
      return
    }
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      throw FetchError.cannotCreateSnapshotDirectory(path: directory, reason: error.localizedDescription)
    }
    do {
      try AtomicFile.write(bytes, to: path(name))
    } catch {
      throw FetchError.cannotWriteSnapshot(path: path(name))
    }
  }

  public func names() throws -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter(Self.isSnapshotName).sorted()
  }

  private func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
}
