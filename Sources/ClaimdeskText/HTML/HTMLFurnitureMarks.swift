/// The furniture kind of each block of a page: that of the nearest enclosing element whose tag
/// or class names furniture (`HTMLTreeWalk.Element.furniture`), provided that element is small.
/// A class word on a wrapper around the whole story ("story-body updated") must not turn the
/// story into furniture; captions, credits, bylines and bios are short.
struct HTMLFurnitureMarks {
  /// Largest subtree, in scalars, that a furniture class is believed on.
  static let largestFurniture: Int32 = 1_200

  let walk: HTMLTreeWalk

  /// One entry per block of `walk.blocks`: its furniture kind, or nil.
  func kinds() -> [Paragraph.Kind?] {
    let elements = walk.elements
    var size = [Int32](repeating: 0, count: elements.count)
    for block in walk.blocks { size[Int(block.element)] += block.length }
    for e in stride(from: elements.count - 1, to: 0, by: -1) where elements[e].parent >= 0 {
      size[Int(elements[e].parent)] += size[e]
    }
    return walk.blocks.map { block in
      var e = Int(block.element)
      while e >= 0 {
        if let kind = elements[e].furniture { return size[e] <= Self.largestFurniture ? kind : nil }
        e = Int(elements[e].parent)
      }
      return nil
    }
  }
}
