import ClaimdeskTestSupport
import Foundation
import Testing
@testable import ClaimdeskEvidence

/// Our WARC files must read cleanly with a third-party reader: `warcio check` verifies every
/// digest, `warcio index` parses every record.
@Suite struct WarcioCheckTests {
  @Test(.requires(.warcio)) func everyKindOfSnapshotPassesWarcio() async throws {
    let warcio = try TestData.tool(.warcio)
    let server = try #require(TestHTTPServer.shared)
    let directory = try TestData.temporaryDirectory("claimdesk-warcio")
    var options = FetchTestSupport.options(directory)
    options.maxBytes = 1 << 20
    let engine = try FetchEngine(options: options)
    let paths = ["/page?w=1", "/gzip", "/chunked", "/gzip-chunked", "/chain/1", "/big", "/missing?w=1", "/latin1", "/cut?w=1"]
    let first = await engine.fetch(paths.map { FetchRequest(url: server.url($0)) })
    let revisit = await engine.fetch([FetchRequest(url: server.url("/page?w=1"), previous: first[0].capture)])
    #expect(revisit[0].outcome == .unchanged)
    let files = (first + revisit).compactMap(\.warcPath)
    #expect(files.count == paths.count + 1)

    let check = try Self.run(warcio, ["check", "-v"] + files)
    #expect(check.status == 0, "warcio check: \(check.output)")
    #expect(!check.output.contains("digest failed"))
    #expect(check.output.contains("digest present but not checked (revisit)"))

    let index = try Self.run(warcio, ["index", "-f", "warc-type,warc-target-uri,http:status"] + files)
    #expect(index.status == 0, "warcio index: \(index.output)")
    #expect(FetchTestSupport.count("\"warc-type\": \"response\"", in: index.output) == paths.count + 3)  // the chain has 4
    #expect(FetchTestSupport.count("\"warc-type\": \"revisit\"", in: index.output) == 1)
    #expect(index.output.contains("\"http:status\": \"404\""))
  }

  static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
