/// The tool's version. Worksheets, snapshots and the User-Agent name it; golden files pin it
/// with `CLAIMDESK_VERSION` so they do not change with each release.
public enum ClaimdeskVersion {
  public static let current = "0.1.0"
}
