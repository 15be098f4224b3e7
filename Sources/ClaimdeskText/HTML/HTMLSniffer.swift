/// Recognises bytes that are not an HTML page at all, by their magic numbers and control bytes.
enum HTMLSniffer {
  private static let signatures: [([UInt8], String)] = [
    (Array("%PDF-".utf8), "a PDF document"),
    ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
    (Array("GIF87a".utf8), "a GIF image"),
    (Array("GIF89a".utf8), "a GIF image"),
    ([0xFF, 0xD8, 0xFF], "a JPEG image"),
    ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive or office document"),
    ([0x1F, 0x8B], "gzip-compressed data"),
    (Array("%!PS".utf8), "a PostScript document"),
    ([0x00, 0x00, 0x01, 0x00], "an icon"),
    (Array("OggS".utf8), "an Ogg media file"),
    (Array("ID3".utf8), "an MP3 file"),
    ([0x7F, 0x45, 0x4C, 0x46], "an executable"),
  ]

  /// A description such as "a PDF document" when the bytes start like another format.
  static func foreignFormat(_ bytes: ArraySlice<UInt8>) -> String? {
    for (magic, kind) in signatures where bytes.starts(with: magic) { return kind }
    if bytes.count >= 12 {
      let s = bytes.startIndex
      if bytes[s..<s + 4].elementsEqual("RIFF".utf8) && bytes[s + 8..<s + 12].elementsEqual("WEBP".utf8) {
        return "a WebP image"
      }
      if bytes[s + 4..<s + 8].elementsEqual("ftyp".utf8) { return "a video or HEIF image" }
    }
    return nil
  }

  /// Text pages have no NUL and few other control bytes; decoded UTF-8 is checked, so UTF-16
  /// pages (which are full of NULs as bytes) pass.
  static func looksBinary(_ utf8: ArraySlice<UInt8>) -> Bool {
    let head = utf8.prefix(4096)
    var control = 0
    for b in head where b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C {
      if b == 0 { return true }
      control += 1
    }
    return control * 10 > head.count
  }
}
