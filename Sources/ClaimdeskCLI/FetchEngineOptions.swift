import ArgumentParser
import ClaimdeskKit
import ClaimdeskEvidence

/// How every command that fetches talks to the network (`fetch`, `fetch-url`, and `extract` or
/// `check` given a URL).
struct NetworkOptions: ParsableArguments {
  @Flag(name: .customLong("allow-private"), help: "Allow loopback, private and link-local addresses.")
  var allowPrivate = false

  @Option(help: "Seconds allowed for each request.")
  var timeout: Double = 30

  @Option(name: .customLong("max-bytes"), help: "Body cap in bytes; a longer body is cut and marked truncated.")
  var maxBytes = 10 * 1024 * 1024

  @Option(name: .customLong("ca-file"), help: "An extra trusted CA bundle (PEM), beside the system's.")
  var caFile: String?

  @Option(help: "A proxy URL (otherwise none is used, whatever http_proxy says).")
  var proxy: String?

  func validate() throws {
    guard timeout > 0, timeout <= 3600 else { throw ValidationError("--timeout must be between 0 and 3600 seconds") }
    guard maxBytes >= 1 else { throw ValidationError("--max-bytes must be at least 1") }
  }

  func options(snapshotDirectory: String) -> FetchOptions {
    let context = CommandContext.current
    var options = FetchOptions(snapshotDirectory: snapshotDirectory)
    options.addressPolicy = allowPrivate ? .any : .publicOnly
    options.totalTimeout = Int(timeout * 1000)
    options.connectTimeout = min(options.connectTimeout, options.totalTimeout)
    options.maxBytes = maxBytes
    options.caFile = caFile.map(context.absolutePath)
    options.proxy = proxy
    return options
  }
}

/// `NetworkOptions` plus how many transfers run at once (`fetch`, `fetch-url`).
struct FetchEngineOptions: ParsableArguments {
  @Option(name: .short, help: "Transfers at the same time.")
  var j = 8

  @Option(name: .customLong("per-host"), help: "Transfers at the same time to one host:port.")
  var perHost = 2

  @OptionGroup var network: NetworkOptions

  func validate() throws {
    guard j >= 1, perHost >= 1 else { throw ValidationError("-j and --per-host must be at least 1") }
  }

  func options(snapshotDirectory: String) -> FetchOptions {
    var options = network.options(snapshotDirectory: snapshotDirectory)
    options.concurrency = j
    options.perHost = perHost
    return options
  }
}
