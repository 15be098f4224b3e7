/// Picks the blocks that make up a page's main text.
///
/// Each block of text gets a weight: prose (long enough, few links) counts for its length, other
/// text (menus, captions, link lists, anything under furniture such as nav or "comments") counts
/// against. The element whose subtree weighs most is the article's container, which is the
/// tree analogue of a maximum-sum subarray: it grows to take in a stray lead paragraph when
/// little boilerplate lies between, and stops at the site's chrome. Its blocks, less the
/// furniture and link lists inside it, are the main text, in reading order. Two passes over two
/// flat arrays: linear in the page.
struct MainContentSelector {
  /// Weight of a non-prose block's scalars, against the container.
  static let junkWeight = 0.5
  /// A furniture hint is disbelieved on an element holding this share of the page's prose.
  static let trustedHintShare = 0.5

  let walk: HTMLTreeWalk

  /// Indices into `walk.blocks` of the main text, in reading order.
  func select() -> [Int] {
    let elements = walk.elements
    let blocks = walk.blocks
    guard !elements.isEmpty, !blocks.isEmpty else { return [] }
    let isProse = blocks.map(Self.isProse)

    // Prose per subtree, to tell a misleading class on a page wrapper from real furniture.
    var prose = [Double](repeating: 0, count: elements.count)
    var total = 0.0
    for (b, block) in blocks.enumerated() where isProse[b] {
      let value = Double(block.length - block.linkLength)
      prose[Int(block.element)] += value
      total += value
    }
    for e in stride(from: elements.count - 1, to: 0, by: -1) where elements[e].parent >= 0 {
      prose[Int(elements[e].parent)] += prose[e]
    }

    // Furniture, inherited downwards.
    var furniture = [Bool](repeating: false, count: elements.count)
    for e in 0..<elements.count {
      let parent = Int(elements[e].parent)
      let inherited = parent >= 0 && furniture[parent]
      furniture[e] = inherited || (elements[e].hint == .boilerplate && prose[e] < Self.trustedHintShare * total)
    }

    // Without prose (a page that is a list, a table), all plain text counts as content.
    let lenient = total < 150
    var score = [Double](repeating: 0, count: elements.count)
    for (b, block) in blocks.enumerated() {
      let length = Double(block.length)
      let weight: Double
      if furniture[Int(block.element)] {
        weight = -length
      } else if isProse[b] || (lenient && !Self.isLinkList(block)) {
        weight = Double(block.length - block.linkLength)
      } else {
        weight = -Self.junkWeight * length
      }
      score[Int(block.element)] += weight
    }
    for e in stride(from: elements.count - 1, to: 0, by: -1) where elements[e].parent >= 0 {
      score[Int(elements[e].parent)] += score[e]
    }
    var best = -1
    var bestScore = 0.0
    for e in 0..<elements.count where score[e] > bestScore {
      best = e
      bestScore = score[e]
    }
    guard best >= 0 else { return [] }

    let range = Int32(best)..<elements[best].end
    var selected: [Int] = []
    for (b, block) in blocks.enumerated() where range.contains(block.element) {
      if furniture[Int(block.element)] || Self.isLinkList(block) { continue }
      if !isProse[b] && block.kind == .paragraph && block.length < 20 && !lenient { continue }
      selected.append(b)
    }
    return selected
  }

  static func isProse(_ block: HTMLTreeWalk.Block) -> Bool {
    let length = Int(block.length)
    let links = Int(block.linkLength)
    if length >= 80 { return links * 10 < length * 4 }
    if length >= 25 { return links * 10 < length * 3 && block.endsLikeSentence }
    return false
  }

  static func isLinkList(_ block: HTMLTreeWalk.Block) -> Bool {
    block.linkLength * 2 > block.length
  }
}
