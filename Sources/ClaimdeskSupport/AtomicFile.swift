import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Writes a file so that readers see the old content or the new, never a mix, even across a crash.
public enum AtomicFile {
  /// Throws `AtomicFileError`. `syncFolder` also makes the rename itself durable; callers
  /// that tolerate finding the previous version after a crash skip that extra fsync.
  public static func write(_ bytes: [UInt8], to path: String, syncFolder: Bool = true) throws {
    try bytes.withUnsafeBytes { try write($0, to: path, syncFolder: syncFolder) }
  }

  /// Writes a string's UTF-8 straight from its storage (no copy of a 200 MB document's text).
  public static func write(_ text: String, to path: String, syncFolder: Bool = true) throws {
    var text = text
    try text.withUTF8 { try write(UnsafeRawBufferPointer($0), to: path, syncFolder: syncFolder) }
  }

  private static func write(_ bytes: UnsafeRawBufferPointer, to path: String, syncFolder: Bool) throws {
    let temporary = path + ".tmp-\(getpid())"
    let fd = open(temporary, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw AtomicFileError(path: path, reason: String(cString: strerror(errno))) }
    var written = 0
    while written < bytes.count {
      let n = Glibc.write(fd, bytes.baseAddress! + written, bytes.count - written)
      if n < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        close(fd)
        unlink(temporary)
        throw AtomicFileError(path: path, reason: reason)
      }
      written += n
    }
    guard fsync(fd) == 0, close(fd) == 0, rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw AtomicFileError(path: path, reason: reason)
    }
    guard syncFolder else { return }
    let folder = (path as NSString).deletingLastPathComponent
    let dfd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dfd >= 0 {
      fsync(dfd)
      close(dfd)
    }
  }
}

/// A file could not be written atomically.
public struct AtomicFileError: ClaimdeskFailure {
  public let path: String
  public let reason: String
  public var exitStatus: ExitStatus { .cannotCreate }
  public var description: String { "cannot write \(path): \(reason)" }
}
