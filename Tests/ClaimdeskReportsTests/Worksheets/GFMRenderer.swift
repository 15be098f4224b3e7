import ClaimdeskTestSupport
import Foundation
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Renders Markdown with the real GFM parser (`cmark-gfm`, Debian package), so tests check what
/// GitHub would show. Tests that use it are marked `.requires(.cmarkGFM)`.
enum GFMRenderer {
  /// Throws where cmark-gfm is missing.
  static func render(_ markdown: String, to format: String, extensions: [String] = ["table", "tasklist", "strikethrough"]) throws -> String? {
    let path = try TestData.tool(.cmarkGFM)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = extensions.flatMap { ["-e", $0] } + ["--to", format]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    let data = Data(markdown.utf8)
    Thread.detachNewThread {
      input.fileHandleForWriting.write(data)
      try? input.fileHandleForWriting.close()
    }
    let result = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: result, as: UTF8.self)
  }

  /// The CommonMark XML as a tree.
  static func tree(_ markdown: String) throws -> XMLNode? {
    guard let xml = try render(markdown, to: "xml") else { return nil }
    let builder = TreeBuilder()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = builder
    guard parser.parse() else {
      Issue.record("cmark-gfm XML does not parse")
      return nil
    }
    return builder.root
  }

  final class XMLNode {
    let name: String
    let attributes: [String: String]
    var children: [XMLNode] = []
    var text = ""
    init(name: String, attributes: [String: String]) {
      self.name = name
      self.attributes = attributes
    }

    /// All descendants (depth first) named `name`.
    func all(_ name: String) -> [XMLNode] {
      children.flatMap { ($0.name == name ? [$0] : []) + $0.all(name) }
    }

    /// The text of the node and its descendants, as a reader sees it.
    var plainText: String {
      switch name {
      case "text", "code", "html_inline": return text
      case "softbreak", "linebreak": return " "
      default: return children.map(\.plainText).joined()
      }
    }
  }

  final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: XMLNode?
    var stack: [XMLNode] = []
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
      let node = XMLNode(name: name, attributes: attributes)
      if let parent = stack.last { parent.children.append(node) } else { root = node }
      stack.append(node)
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      stack.removeLast()
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { stack.last?.text += string }
  }
}
