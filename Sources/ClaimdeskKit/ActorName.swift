import Foundation

/// Who is acting: `--actor`, else `CLAIMDESK_ACTOR`, else `git config user.name`, else the login name.
public enum ActorName {
  public static func resolve(flag: String?, environment: [String: String]) -> String {
    for candidate in [flag, environment["CLAIMDESK_ACTOR"]] {
      if let name = candidate?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty { return name }
    }
    if let name = gitUserName(), !name.isEmpty { return name }
    if let name = environment["USER"] ?? environment["LOGNAME"], !name.isEmpty { return name }
    if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
    return "unknown"
  }

  private static func gitUserName() -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "config", "user.name"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
  }
}
