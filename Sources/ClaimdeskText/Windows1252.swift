/// Windows-1252, the usual encoding of old Western text files that are not UTF-8. Bytes
/// 0x80-0x9F are the typographic characters; the five it leaves undefined map to the C1
/// controls, as the WHATWG encoding standard does; the rest equal their Latin-1 code points.
enum Windows1252 {
  static let high: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
    0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]

  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
    out.reserveCapacity(out.count + bytes.count)
    for b in bytes {
      if b < 0x80 {
        out.append(b)
      } else if b < 0xA0 {
        ByteDecoder.appendUTF8(high[Int(b - 0x80)], to: &out)
      } else {
        ByteDecoder.appendUTF8(UInt32(b), to: &out)
      }
    }
  }
}
