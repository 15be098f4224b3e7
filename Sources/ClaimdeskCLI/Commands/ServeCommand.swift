import ArgumentParser
import ClaimdeskKit
import ClaimdeskServer
import Hummingbird

/// `claimdesk serve`: the browser workbench on this workspace.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve the review pages (queue, claims, documents, check, exports) on this workspace.",
    discussion: """
      On a loopback address (the default) it acts as the local actor with no sign-in. On any other \
      address it requires accounts (`claimdesk users add NAME`) and refuses to start without one. \
      Writes go through the same ledger writer and lock as every command, so the CLI and worksheet \
      sync can run beside it.
      """)

  @Option(help: "The address to listen on.")
  var host = "127.0.0.1"

  @Option(help: "The port to listen on.")
  var port = 8080

  @Flag(name: .customLong("behind-tls"), help: "A TLS proxy serves the pages: session cookies get the Secure attribute.")
  var behindTLS = false

  @Option(name: .customLong("upload-limit"), help: ArgumentHelp("The largest request accepted, in KB.", valueName: "kb"))
  var uploadLimit = 2048

  @OptionGroup var options: WorkspaceOptions

  func validate() throws {
    guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
    guard uploadLimit > 0 else { throw ValidationError("--upload-limit must be more than 0.") }
  }

  func run() async throws {
    let context = CommandContext.current
    let workbench = try options.workbench()
    let settings = ServerSettings(
      host: host, port: port, behindTLS: behindTLS, localActor: workbench.actor, uploadLimit: uploadLimit * 1024)
    let app = try WebApp(
      settings: settings, workbench: workbench, scorer: ShippedScorer.current,
      users: UserStore(workspace: workbench.workspace), generator: ReportCommand.generator(context),
      matchingModel: {
        let model = SeenBeforeOutput.model(workbench, context: context)
        SeenBeforeOutput.note(model.note)
        return model
      })
    try app.checkStart()
    app.startFolding()
    let who = settings.requiresLogin ? "sign-in required" : "acting as \(workbench.actor), no sign-in (loopback)"
    context.standardError.write("claimdesk: serving \(workbench.workspace.root) on http://\(host):\(port)/ (\(who))\n")
    try await app.application().runService()
  }
}
