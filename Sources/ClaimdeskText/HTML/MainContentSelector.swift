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
  /// Weight of a non-prose block's scalars (menus, labels, dates), against its container.
  static let junkWeight = 0.2
  /// A furniture hint is disbelieved on an element holding this share of the page's prose.
  static let trustedHintShare = 0.5
  /// Prose of 80 scalars or more may have this share of link text.
  static let proseLinks = 0.5
  /// List items weigh half a paragraph when choosing the container: teaser lists are lists.
  static let listWeight = 0.5
  /// `<article>`, `<main>`, "article-body" and the like weigh half as much again.
  static let contentBonus = 1.5
  /// A block's item is its largest ancestor under this many scalars (a teaser: title + summary).
  static let itemSize = 600.0
  /// How much an item's extra link share (beyond the block's own) discounts the block.
  static let teaserPenalty = 2.5
  /// Above this extra link share a block is a teaser and is left out.
  static let teaserCut = 0.2
  /// Words outside its links that make a link-heavy block a sentence rather than a link list.
  static let sentenceWordsAroundLinks: Int32 = 3

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

    // Text and link scalars per subtree, to judge each block by the small item around it: a
    // teaser's summary carries no link, but its item (linked title + summary) does.
    var length = [Double](repeating: 0, count: elements.count)
    var linked = [Double](repeating: 0, count: elements.count)
    // Furniture (the site's header, nav, footer) is no part of any item.
    for block in blocks where !furniture[Int(block.element)] {
      length[Int(block.element)] += Double(block.length)
      linked[Int(block.element)] += Double(block.linkLength)
    }
    for e in stride(from: elements.count - 1, to: 0, by: -1) where elements[e].parent >= 0 {
      length[Int(elements[e].parent)] += length[e]
      linked[Int(elements[e].parent)] += linked[e]
    }
    let teaser: [Double] = blocks.map { block in
      var item = Int(block.element)
      while true {
        let parent = Int(elements[item].parent)
        guard parent >= 0, length[parent] < Self.itemSize else { break }
        item = parent
      }
      let own = Double(block.linkLength) / Double(max(block.length, 1))
      return max(0, linked[item] / max(length[item], 1) - own)
    }

    // Without prose (a page that is a list, a table), all plain text counts as content.
    let lenient = total < 150
    var score = [Double](repeating: 0, count: elements.count)
    for (b, block) in blocks.enumerated() {
      let size = Double(block.length)
      let weight: Double
      if furniture[Int(block.element)] {
        weight = -size
      } else if isProse[b] || (lenient && !Self.isLinkList(block)) {
        weight = Double(block.length - block.linkLength) * (block.kind == .listItem ? Self.listWeight : 1)
          * max(0, 1 - Self.teaserPenalty * teaser[b])
      } else {
        weight = -Self.junkWeight * size
      }
      score[Int(block.element)] += weight
    }
    for e in stride(from: elements.count - 1, to: 0, by: -1) where elements[e].parent >= 0 {
      score[Int(elements[e].parent)] += score[e]
    }
    var best = -1
    var bestScore = 0.0
    for e in 0..<elements.count {
      let s = elements[e].hint == .content ? score[e] * Self.contentBonus : score[e]
      if s > bestScore {
        best = e
        bestScore = s
      }
    }
    guard best >= 0 else { return [] }

    // Inside a caption, credit or byline (by tag or class), a sentence around links is a
    // promotion ("Need more space? <a>Subscribe to our sister title</a> for the latest news!").
    var marked = [Bool](repeating: false, count: elements.count)
    for e in 0..<elements.count {
      let parent = Int(elements[e].parent)
      marked[e] = (parent >= 0 && marked[parent]) || elements[e].furniture != nil
    }

    let range = Int32(best)..<elements[best].end
    var selected: [Int] = []
    for (b, block) in blocks.enumerated() where range.contains(block.element) {
      if furniture[Int(block.element)] || Self.isLinkList(block) || block.looksLikeMarkup { continue }
      if marked[Int(block.element)] && Self.isMostlyLinks(block) { continue }
      if !isProse[b] && block.kind == .paragraph && block.length < 20 && !lenient { continue }
      if teaser[b] > Self.teaserCut && block.kind != .heading { continue }
      selected.append(b)
    }
    // A heading with nothing under it ("Comments", "Related") announces what was left out.
    var kept: [Int] = []
    var followedByContent = false
    for b in selected.reversed() {
      if blocks[b].kind == .heading {
        if followedByContent { kept.append(b) }
      } else {
        kept.append(b)
        followedByContent = true
      }
    }
    return kept.reversed()
  }

  static func isMostlyLinks(_ block: HTMLTreeWalk.Block) -> Bool {
    block.linkLength * 2 > block.length
  }

  static func isProse(_ block: HTMLTreeWalk.Block) -> Bool {
    let length = Int(block.length)
    let links = Int(block.linkLength)
    if length >= 80 { return Double(links) < Double(length) * proseLinks }
    if length >= 25 { return links * 10 < length * 3 && block.endsLikeSentence }
    return false
  }

  /// Mostly link text, unless the words around the links make a sentence of them ("The suspect
  /// was convicted and <a>sentenced to life in prison</a>."): a sentence that ends outside its
  /// links, with a few words of its own. A menu has no words between its links; a related
  /// headline ("Read more: <a>...</a>") ends in its link.
  static func isLinkList(_ block: HTMLTreeWalk.Block) -> Bool {
    isMostlyLinks(block)
      && !(block.endsLikeSentence && !block.endsInLink && block.unlinkedWords >= sentenceWordsAroundLinks)
  }
}
