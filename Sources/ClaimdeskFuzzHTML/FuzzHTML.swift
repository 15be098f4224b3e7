import Foundation
import ClaimdeskEvidence
import ClaimdeskText

/// libFuzzer entry for the HTML-to-text path: any bytes must give a Document or a
/// PageTextError, never a crash, hang or memory blow-up.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  if let document = try? HTMLReader.read(bytes, contentType: size % 3 == 0 ? "text/html; charset=windows-1252" : nil) {
    // Offsets must stay inside the text: the rest of the engine slices by them.
    let count = document.text.unicodeScalars.count
    for p in document.paragraphs where p.start < 0 || p.end > count || p.start > p.end { abort() }
    for l in document.links where l.start < 0 || l.end > count || l.start > l.end { abort() }
    _ = PassageRanker.rank(claim: PassageQuery(text: "the council voted in 2015 to spend 40 million"), in: document)
  }
  return 0
}

#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM links an executable's entry point as `<target>_main` and aliases `main` to it, so
/// libFuzzer's own `main` is never linked in: start libFuzzer's driver from here instead.
@_cdecl("ClaimdeskFuzzHTML_main")
func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  var count = argc
  var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
  return runFuzzerDriver(&count, &arguments, fuzzHTML)
}
#else
/// Without the fuzzer (a normal `swift build`), the target replays inputs given as files, so it
/// builds like any executable and can re-run a crash the fuzzer found.
@main
struct FuzzHTMLReplay {
  static func main() {
    for path in CommandLine.arguments.dropFirst() {
      guard let data = FileManager.default.contents(atPath: path) else { continue }
      let bytes = [UInt8](data)
      _ = bytes.withUnsafeBufferPointer { fuzzHTML($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
      print("ok \(path)")
    }
  }
}
#endif
