/// The attributes the reader looks at, recognised from libxml2's lower-cased names.
enum HTMLAttribute: UInt8 {
  case other, `class`, id, href, hidden, ariaHidden, style, role, itemprop, datetime, lang, rel, name
  case property, content, type, httpEquiv

  static func lookup(_ name: UnsafePointer<UInt8>) -> HTMLAttribute {
    var key: UInt64 = 0
    var length = 0
    while name[length] != 0 {
      if length >= 12 { return .other }
      if length < 7 { key |= UInt64(name[length] | 0x20) << (8 * UInt64(length)) }
      length += 1
    }
    return table[key | UInt64(length) << 56] ?? .other
  }

  private static let table: [UInt64: HTMLAttribute] = {
    let names: [(String, HTMLAttribute)] = [
      ("class", .class), ("id", .id), ("href", .href), ("hidden", .hidden), ("aria-hidden", .ariaHidden),
      ("style", .style), ("role", .role), ("itemprop", .itemprop), ("datetime", .datetime),
      ("lang", .lang), ("rel", .rel), ("name", .name), ("property", .property), ("content", .content),
      ("type", .type), ("http-equiv", .httpEquiv),
    ]
    var table: [UInt64: HTMLAttribute] = [:]
    for (name, attribute) in names { table[HTMLTag.key(name)] = attribute }
    return table
  }()
}
