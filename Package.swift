// swift-tools-version:6.0
import PackageDescription

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
    .target(
      name: "ClaimdeskKit",
      dependencies: [
        "CCurl", "CLibXML2", "CZlib",
        .product(name: "Crypto", package: "swift-crypto"),
      ]),
    .target(
      name: "ClaimdeskCLI",
      dependencies: [
        "ClaimdeskKit", "CZlib",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(name: "claimdesk", dependencies: ["ClaimdeskCLI"]),
    // libFuzzer target for the HTML reader; bench/pagetext/run builds it with -sanitize=fuzzer
    // -DFUZZING. A normal build makes it a replayer of input files.
    .executableTarget(name: "ClaimdeskFuzzHTML", dependencies: ["ClaimdeskKit"]),
    .testTarget(name: "ClaimdeskKitTests", dependencies: ["ClaimdeskKit"]),
    .testTarget(name: "ClaimdeskCLITests", dependencies: ["ClaimdeskCLI", "claimdesk"]),
  ]
)
