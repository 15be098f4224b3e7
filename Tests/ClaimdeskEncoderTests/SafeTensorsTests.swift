@testable import ClaimdeskEncoder
import Foundation
import Testing

struct SafeTensorsTests {
  /// Writes a safetensors file: header JSON padded with spaces to 8 bytes, then `data`.
  static func write(header: String, data: [UInt8]) throws -> URL {
    var json = Array(header.utf8)
    while json.count % 8 != 0 { json.append(0x20) }
    var bytes = withUnsafeBytes(of: UInt64(json.count).littleEndian) { Array($0) }
    bytes += json + data
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("claimdesk-encoder-\(UUID().uuidString).safetensors")
    try Data(bytes).write(to: url)
    return url
  }

  static func littleEndianBytes(_ values: [Float]) -> [UInt8] {
    values.flatMap { value in withUnsafeBytes(of: value.bitPattern.littleEndian) { Array($0) } }
  }

  @Test func readsF32F16AndBF16Tensors() throws {
    let f32 = Self.littleEndianBytes([1, -2.5, 3, 0.125])
    let f16: [UInt8] = [0x00, 0x3C, 0x00, 0xC1]  // 1.0, -2.5
    let bf16: [UInt8] = [0x80, 0x3F, 0x20, 0xC0]  // 1.0, -2.5
    let header = """
      {"__metadata__":{"format":"pt"},
       "a":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]},
       "h":{"dtype":"F16","shape":[2],"data_offsets":[16,20]},
       "b":{"dtype":"BF16","shape":[2],"data_offsets":[20,24]},
       "ids":{"dtype":"I64","shape":[1],"data_offsets":[24,32]}}
      """
    let url = try Self.write(header: header, data: f32 + f16 + bf16 + [UInt8](repeating: 0, count: 8))
    defer { try? FileManager.default.removeItem(at: url) }
    let file = try SafeTensorsFile(url: url)
    #expect(file.header.entries.count == 4)
    let a = try file.floats("a")
    #expect(a.shape == [2, 2] && a.values == [1, -2.5, 3, 0.125])
    #expect(try file.floats("h").values == [1, -2.5])
    #expect(try file.floats("b").values == [1, -2.5])
    #expect(throws: EncoderError.missingTensor(name: "nope", path: url.path)) { try file.floats("nope") }
    #expect(throws: EncoderError.self) { try file.floats("ids") }
  }

  @Test(arguments: [
    ("not json", "not JSON"),
    ("[1,2]", "not a JSON object"),
    (#"{"a":{"dtype":"F32","shape":[2]}}"#, "lacks"),
    (#"{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,64]}}"#, "outside"),
    (#"{"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}"#, "needs 12 bytes"),
  ])
  func rejectsMalformedHeaders(header: String, reasonFragment: String) throws {
    let url = try Self.write(header: header, data: [UInt8](repeating: 0, count: 8))
    defer { try? FileManager.default.removeItem(at: url) }
    let error = #expect(throws: EncoderError.self) { try SafeTensorsFile(url: url) }
    guard case .badSafeTensorsHeader(let path, let reason) = error else {
      Issue.record("unexpected \(String(describing: error))")
      return
    }
    #expect(path == url.path)
    #expect(reason.contains(reasonFragment), "\(reason)")
  }

  @Test func rejectsLengthPrefixPastEndOfFile() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimdesk-short-\(UUID().uuidString)")
    try Data([0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 0x7B]).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(throws: EncoderError.self) { try SafeTensorsFile(url: url) }
  }

  @Test func halfFloatEdgeCases() {
    #expect(HalfFloat.float(fromF16: 0x0001) == 0x1p-24)  // smallest subnormal
    #expect(HalfFloat.float(fromF16: 0x7BFF) == 65504)
    #expect(HalfFloat.float(fromF16: 0xFC00) == -.infinity)
    #expect(HalfFloat.float(fromF16: 0x7E00).isNaN)
    #expect(HalfFloat.float(fromF16: 0x8000).sign == .minus)
  }
}
