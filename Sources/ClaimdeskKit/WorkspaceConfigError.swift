import ClaimdeskSupport
/// Problems with the workspace settings (`claimdesk config`).
public enum WorkspaceConfigError: ClaimdeskFailure, Equatable {
  /// A key that is not a setting.
  case unknownKey(String)
  /// A setting that has no value yet.
  case notSet(String)
  /// `claims/config.json` is not a JSON object.
  case corrupt(String)
  /// A value the setting cannot take.
  case invalidValue(key: String, value: String, expected: String)

  public var exitStatus: ExitStatus {
    switch self {
    case .unknownKey, .invalidValue: .usage
    case .notSet, .corrupt: .dataError
    }
  }

  public var description: String {
    switch self {
    case .unknownKey(let key):
      "unknown setting '\(key)'; the settings are \(WorkspaceConfig.keys.joined(separator: ", "))"
    case .notSet(let key):
      "\(key) is not set; set it with `claimdesk config set \(key) \(key == "publisher" ? "NAME" : "URL")`"
    case .invalidValue(let key, let value, let expected):
      "\(key) must be \(expected), not '\(value)'"
    case .corrupt(let path):
      "\(path) is not a JSON object of settings; fix it or delete it and set the values again"
    }
  }
}
