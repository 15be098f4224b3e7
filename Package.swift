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
    .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.0"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
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
    // Matrix products for the sentence encoder (Debian ships openblas.pc).
    .systemLibrary(
      name: "COpenBLAS", path: "Sources/COpenBLAS", pkgConfig: "openblas",
      providers: [.apt(["libopenblas-dev"])]),

    // JSON, hashing, UTF-8, atomic files, exit statuses: what every layer shares.
    .target(name: "ClaimdeskSupport", dependencies: ["CZlib", crypto]),
    // Bytes -> Document (text, paragraphs, links, metadata) -> sentences. Knows nothing of claims.
    .target(name: "ClaimdeskText", dependencies: ["ClaimdeskSupport", "CLibXML2"]),
    // Sentences -> claims: cues, attribution, kinds, check-worthiness.
    .target(name: "ClaimdeskExtraction", dependencies: ["ClaimdeskSupport", "ClaimdeskText"]),
    // Events, the hash chain, storage, folds, the index. Knows no network and no extraction.
    .target(name: "ClaimdeskLedger", dependencies: ["ClaimdeskSupport", crypto]),
    // The ledger in PostgreSQL: a LedgerStore over postgres-nio, push and pull. The only target
    // (with the server) that talks to a network; the Ledger itself knows none.
    .target(
      name: "ClaimdeskPostgres",
      dependencies: [
        "ClaimdeskSupport", "ClaimdeskLedger", "ClaimdeskEvidence", .product(name: "PostgresNIO", package: "postgres-nio"),
        .product(name: "NIOSSL", package: "swift-nio-ssl"),
      ]),
    // Fetching (the only target that links libcurl), WARC snapshots, evidence passages.
    .target(
      name: "ClaimdeskEvidence",
      dependencies: ["ClaimdeskSupport", "ClaimdeskText", "CCurl", "CZlib", crypto]),
    // all-MiniLM-L6-v2 in Swift: WordPiece, the BERT forward pass over OpenBLAS, mean pooling.
    .target(
      name: "ClaimdeskEncoder", dependencies: ["ClaimdeskSupport", "COpenBLAS", crypto],
      // Optimised even in debug builds: at -Onone its loops run about a hundred times slower
      // and the reference tests would take many minutes.
      swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
    // Seen before: BM25 and embedding retrieval fused, figures checked, tiers, fact-check import.
    .target(name: "ClaimdeskMatching", dependencies: ["ClaimdeskSupport", crypto]),
    // Worksheets (written and read back) and exports, from the ledger's state.
    .target(
      name: "ClaimdeskReports",
      dependencies: ["ClaimdeskSupport", "ClaimdeskText", "ClaimdeskExtraction", "ClaimdeskLedger"]),
    // The workbench: one facade composing the layers for the CLI and the server.
    .target(
      name: "ClaimdeskKit",
      dependencies: [
        "ClaimdeskSupport", "ClaimdeskText", "ClaimdeskExtraction", "ClaimdeskLedger",
        "ClaimdeskEvidence", "ClaimdeskReports", "ClaimdeskMatching", "ClaimdeskEncoder", "ClaimdeskPostgres",
      ]),
    // The browser workbench: Hummingbird routes over the same facade, pages from Mustache templates.
    .target(
      name: "ClaimdeskServer",
      dependencies: [
        "ClaimdeskKit",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
        .product(name: "Mustache", package: "swift-mustache"),
        // The change feed's graceful shutdown (WebApp+Changes); Hummingbird depends on it too.
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
      ]),
    .target(
      name: "ClaimdeskCLI",
      dependencies: [
        "ClaimdeskKit", "ClaimdeskServer", "ClaimdeskMatching",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(name: "claimdesk", dependencies: ["ClaimdeskCLI"]),
    // libFuzzer target for the HTML reader; bench/pagetext/run builds it with -sanitize=fuzzer
    // -DFUZZING. A normal build makes it a replayer of input files.
    .executableTarget(name: "ClaimdeskFuzzHTML", dependencies: ["ClaimdeskText", "ClaimdeskEvidence"]),
    // Benchmarks and evaluation of the encoder and of matching (bench/encoder, bench/matching).
    .executableTarget(name: "encoder-bench", dependencies: ["ClaimdeskEncoder"], path: "Sources/EncoderBench"),
    // 16 concurrent writers against a PostgreSQL ledger (bench/postgres).
    .executableTarget(
      name: "postgres-bench", dependencies: ["ClaimdeskKit", "ClaimdeskLedger"], path: "Sources/PostgresBench"),
    .executableTarget(
      name: "matching-eval", dependencies: ["ClaimdeskMatching", "ClaimdeskEncoder"], path: "Sources/MatchingEval"),

    // Tests mirror the targets; ClaimdeskTestSupport finds test data and says when it is missing.
    .target(name: "ClaimdeskTestSupport", dependencies: ["ClaimdeskEncoder"], path: "Tests/ClaimdeskTestSupport"),
    .testTarget(name: "ClaimdeskSupportTests", dependencies: ["ClaimdeskSupport", "ClaimdeskTestSupport"]),
    .testTarget(name: "ClaimdeskTextTests", dependencies: ["ClaimdeskText", "ClaimdeskTestSupport"]),
    .testTarget(
      name: "ClaimdeskExtractionTests", dependencies: ["ClaimdeskExtraction", "ClaimdeskTestSupport"]),
    // The ledger's tests write through the workbench, as every command does.
    .testTarget(
      name: "ClaimdeskLedgerTests",
      dependencies: ["ClaimdeskLedger", "ClaimdeskReports", "ClaimdeskKit", "ClaimdeskPostgres", "ClaimdeskTestSupport"]),
    .testTarget(
      name: "ClaimdeskPostgresTests",
      dependencies: ["ClaimdeskPostgres", "ClaimdeskLedger", "ClaimdeskKit", "claimdesk", "ClaimdeskTestSupport"]),
    .testTarget(
      name: "ClaimdeskEvidenceTests", dependencies: ["ClaimdeskEvidence", "ClaimdeskTestSupport"]),
    .testTarget(name: "ClaimdeskReportsTests", dependencies: ["ClaimdeskReports", "ClaimdeskTestSupport"]),
    .testTarget(
      name: "ClaimdeskEncoderTests", dependencies: ["ClaimdeskEncoder", "ClaimdeskTestSupport"],
      exclude: ["Fixtures", "make_reference_vectors.py", "compare_tokenizer.py"]),
    .testTarget(name: "ClaimdeskMatchingTests", dependencies: ["ClaimdeskMatching", "ClaimdeskTestSupport"]),
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
