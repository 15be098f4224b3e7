// swift-tools-version:6.0
import PackageDescription

// Layers, each a target so that the architecture is kept by the compiler: data walks one way,
// bytes -> Text -> Extraction -> Ledger -> Reports, with Evidence feeding the Ledger through the
// workbench (ClaimdeskKit), which the CLI (and later the server) is a thin layer over.
let crypto = Target.Dependency.product(name: "Crypto", package: "swift-crypto")

let package = Package(
  name: "claimdesk",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "claimdesk", targets: ["claimdesk"]),
    .library(name: "ClaimdeskKit", targets: ["ClaimdeskKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.0.0"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
  ],
  targets: [
    // C libraries Foundation itself uses on Linux, reached through typed shims.
    .systemLibrary(
      name: "CCurl", path: "Sources/CCurl", pkgConfig: "libcurl",
      providers: [.apt(["libcurl4-openssl-dev"])]),
    .systemLibrary(
      name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]),
    .systemLibrary(
      name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]),

    // JSON, hashing, UTF-8, atomic files, exit statuses: what every layer shares.
    .target(name: "ClaimdeskSupport", dependencies: ["CZlib", crypto]),
    // Bytes -> Document (text, paragraphs, links, metadata) -> sentences. Knows nothing of claims.
    .target(name: "ClaimdeskText", dependencies: ["ClaimdeskSupport", "CLibXML2"]),
    // Sentences -> claims: cues, attribution, kinds, check-worthiness.
    .target(name: "ClaimdeskExtraction", dependencies: ["ClaimdeskSupport", "ClaimdeskText"]),
    // Events, the hash chain, storage, folds, the index. Knows no network and no extraction.
    .target(name: "ClaimdeskLedger", dependencies: ["ClaimdeskSupport", crypto]),
    // Fetching (the only target that links libcurl), WARC snapshots, evidence passages.
    .target(
      name: "ClaimdeskEvidence",
      dependencies: ["ClaimdeskSupport", "ClaimdeskText", "CCurl", "CZlib", crypto]),
    // Worksheets (written and read back) and exports, from the ledger's state.
    .target(
      name: "ClaimdeskReports",
      dependencies: ["ClaimdeskSupport", "ClaimdeskText", "ClaimdeskExtraction", "ClaimdeskLedger"]),
    // The workbench: one facade composing the layers for the CLI and the server.
    .target(
      name: "ClaimdeskKit",
      dependencies: [
        "ClaimdeskSupport", "ClaimdeskText", "ClaimdeskExtraction", "ClaimdeskLedger",
        "ClaimdeskEvidence", "ClaimdeskReports",
      ]),
    // The browser workbench: Hummingbird routes over the same facade, pages from Mustache templates.
    .target(
      name: "ClaimdeskServer",
      dependencies: [
        "ClaimdeskKit",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        .product(name: "Mustache", package: "swift-mustache"),
      ]),
    .target(
      name: "ClaimdeskCLI",
      dependencies: [
        "ClaimdeskKit", "ClaimdeskServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(name: "claimdesk", dependencies: ["ClaimdeskCLI"]),
    // libFuzzer target for the HTML reader; bench/pagetext/run builds it with -sanitize=fuzzer
    // -DFUZZING. A normal build makes it a replayer of input files.
    .executableTarget(name: "ClaimdeskFuzzHTML", dependencies: ["ClaimdeskText", "ClaimdeskEvidence"]),

    // Tests mirror the targets; ClaimdeskTestSupport finds test data and says when it is missing.
    .target(name: "ClaimdeskTestSupport", path: "Tests/ClaimdeskTestSupport"),
    .testTarget(name: "ClaimdeskSupportTests", dependencies: ["ClaimdeskSupport", "ClaimdeskTestSupport"]),
    .testTarget(name: "ClaimdeskTextTests", dependencies: ["ClaimdeskText", "ClaimdeskTestSupport"]),
    .testTarget(
      name: "ClaimdeskExtractionTests", dependencies: ["ClaimdeskExtraction", "ClaimdeskTestSupport"]),
    // The ledger's tests write through the workbench, as every command does.
    .testTarget(
      name: "ClaimdeskLedgerTests",
      dependencies: ["ClaimdeskLedger", "ClaimdeskReports", "ClaimdeskKit", "ClaimdeskTestSupport"]),
    .testTarget(
      name: "ClaimdeskEvidenceTests", dependencies: ["ClaimdeskEvidence", "ClaimdeskTestSupport"]),
    .testTarget(name: "ClaimdeskReportsTests", dependencies: ["ClaimdeskReports", "ClaimdeskTestSupport"]),
    .testTarget(name: "ClaimdeskKitTests", dependencies: ["ClaimdeskKit", "ClaimdeskTestSupport"]),
    .testTarget(
      name: "ClaimdeskServerTests",
      dependencies: [
        "ClaimdeskServer", "ClaimdeskKit", "ClaimdeskTestSupport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]),
    .testTarget(
      name: "ClaimdeskCLITests", dependencies: ["ClaimdeskCLI", "claimdesk", "ClaimdeskTestSupport"]),
  ]
)
