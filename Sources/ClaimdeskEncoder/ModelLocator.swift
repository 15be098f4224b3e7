import Foundation

/// Finds the all-MiniLM-L6-v2 folder that `scripts/install-model` fills.
public enum ModelLocator {
  public static let modelName = "all-MiniLM-L6-v2"
  /// Environment variable naming a model folder; it beats the XDG default.
  public static let environmentKey = "CLAIMDESK_MODEL"

  /// The model folder to use, or nil when none holds `model.safetensors` and `vocab.txt`.
  /// Order: `explicitPath`, then `$CLAIMDESK_MODEL`, then
  /// `${XDG_DATA_HOME:-~/.local/share}/claimdesk/models/all-MiniLM-L6-v2`.
  /// An explicit path or variable that is set but empty of a model gives nil rather than
  /// falling through, so a typo is noticed instead of silently using another model.
  public static func locate(
    explicitPath: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL? {
    if let explicitPath, !explicitPath.isEmpty {
      return holdsModel(URL(fileURLWithPath: explicitPath))
    }
    if let fromEnvironment = environment[environmentKey], !fromEnvironment.isEmpty {
      return holdsModel(URL(fileURLWithPath: fromEnvironment))
    }
    return holdsModel(defaultDirectory(environment: environment))
  }

  /// Where `scripts/install-model` puts the model.
  public static func defaultDirectory(
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> URL {
    let dataHome: URL
    if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
      dataHome = URL(fileURLWithPath: xdg)
    } else {
      let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
      dataHome = URL(fileURLWithPath: home).appendingPathComponent(".local/share")
    }
    return dataHome.appendingPathComponent("claimdesk/models/\(modelName)")
  }

  private static func holdsModel(_ directory: URL) -> URL? {
    let files = FileManager.default
    let required = ["model.safetensors", "vocab.txt"]
    let present = required.allSatisfy {
      files.isReadableFile(atPath: directory.appendingPathComponent($0).path)
    }
    return present ? directory : nil
  }
}
