import ArgumentParser
import ClaimdeskKit
import Foundation
import ClaimdeskSupport

/// `claimdesk fetch [ID...]`: fetches claims' sources into WARC snapshots and records each fetch.
struct FetchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fetch",
    abstract: "Fetch the claims' source URLs into claims/sources/ (WARC) and record each fetch.",
    discussion: """
      Without ids: every claim's URL sources not fetched yet. --url attaches URLs to the named \
      claims first. --suggested fetches the links the document cites in the claim's sentence \
      (with no ids, only together with --all); a fetched suggestion is still not a source until \
      a reviewer adds it.
      """)

  @Argument(help: "Claims (any unique id prefix); every claim when omitted.")
  var ids: [String] = []

  @Flag(help: "Fetch for every claim (needed with --suggested and no ids).")
  var all = false

  @Option(help: ArgumentHelp("Attach this URL to the named claims, then fetch it (repeatable).", valueName: "url"))
  var url: [String] = []

  @Flag(help: "Also fetch the links the document cites in each claim's sentence.")
  var suggested = false

  @Flag(help: "Fetch sources already fetched again (an unchanged page gets a WARC revisit record).")
  var refetch = false

  @OptionGroup var network: FetchEngineOptions

  @OptionGroup var options: WorkspaceOptions

  func validate() throws {
    if !url.isEmpty && ids.isEmpty { throw ValidationError("--url attaches URLs to claims: name the claims (ids) too.") }
    if suggested && ids.isEmpty && !all { throw ValidationError("--suggested with no ids fetches every claim's links: add --all to confirm.") }
    if all && !ids.isEmpty { throw ValidationError("--all and claim ids cannot be used together.") }
  }

  func run() async throws {
    let context = CommandContext.current
    let workbench = try options.workbench()
    for id in ids where !url.isEmpty { try workbench.addSources(id, url) }
    let targets = try workbench.fetchTargets(claims: ids, suggested: suggested, refetch: refetch)
    guard !targets.isEmpty else {
      context.standardOutput.write("Nothing to fetch: no URL sources left unfetched (--refetch fetches again, --suggested adds the document's links).\n")
      return
    }
    let bar = context.errorIsTerminal ? FetchProgressBar(sink: context.standardError) : nil
    let output = context.standardOutput
    let started = ContinuousClock.now
    let results = try await workbench.fetch(targets, options: network.options(snapshotDirectory: workbench.workspace.sourcesDirectory)) { progress in
      if let result = progress.finished {
        let line = FetchURLCommand.line(result)
        if let bar { bar.printAbove(line, to: output) } else { output.write(line) }
      }
      bar?.update(progress)
    }
    bar?.clear()
    let events = targets.reduce(0) { $0 + $1.claims.count }
    output.write(FetchURLCommand.summary(results, skipped: 0, elapsed: ContinuousClock.now - started))
    output.write("Recorded \(events) source.fetched event\(events == 1 ? "" : "s")\n")
    if results.contains(where: { $0.outcome == .failed }) { throw ExitCode(ExitStatus.unavailable.rawValue) }
  }
}
