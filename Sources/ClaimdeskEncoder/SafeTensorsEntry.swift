/// One tensor's line in a safetensors header: element type, shape and where its bytes are.
struct SafeTensorsEntry: Equatable, Sendable {
  let name: String
  let dtype: String
  let shape: [Int]
  /// Byte range relative to the start of the data section (just after the header).
  let byteRange: Range<Int>

  var elementCount: Int { shape.reduce(1, *) }

  /// Bytes per element for the dtypes the format defines; nil for an unknown one.
  static func elementSize(of dtype: String) -> Int? {
    switch dtype {
    case "F64", "I64", "U64": return 8
    case "F32", "I32", "U32": return 4
    case "F16", "BF16", "I16", "U16": return 2
    case "I8", "U8", "BOOL", "F8_E4M3", "F8_E5M2": return 1
    default: return nil
    }
  }
}
