// A structural summary of the HTML report for its golden test: the element
// tree with ids, classes and heading texts, without the figures.
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The element tree of an XHTML page, one element per line, indented by
/// depth: `name#id.class "heading text"`. Only headings, captions and table
/// headers keep their text, with every number written as `#`; runs of
/// siblings of the same shape (a table row per country, a circle per landing
/// point) become one line marked `…`, their ids as a common prefix and `*`.
/// - Throws: `HTMLStructureError` when the page does not parse as XML.
func htmlStructure(_ page: String) throws -> String {
  // XMLParser does not take the HTML doctype; the page is XML after it.
  let body = page.hasPrefix("<!DOCTYPE") ? String(page.drop { $0 != "\n" }.dropFirst()) : page
  let builder = ElementTreeBuilder()
  let parser = XMLParser(data: Data(body.utf8))
  parser.delegate = builder
  guard parser.parse() else {
    throw HTMLStructureError(message: "not well-formed XML: \(parser.parserError.map(String.init(describing:)) ?? "unknown error") at line \(parser.lineNumber)")
  }
  return builder.root.children.flatMap { lines($0, depth: 0) }.joined(separator: "\n") + "\n"
}

struct HTMLStructureError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}

/// One element of the parsed page.
final class StructureElement {
  let name: String
  let id: String?
  let classes: String?
  /// A `details` element without `open`: a collapsed card, whose content
  /// (the same card as the open ones, with other data) is not listed.
  let isCollapsed: Bool
  var text = ""
  var children: [StructureElement] = []

  init(name: String, id: String?, classes: String?, isCollapsed: Bool = false) {
    self.name = name
    self.id = id
    self.classes = classes
    self.isCollapsed = isCollapsed
  }

  /// Elements whose text names a part of the page.
  static let labelled: Set<String> = ["h1", "h2", "h3", "h4", "caption", "th", "figcaption"]

  /// The text, for labelled elements: whitespace collapsed, numbers as `#`.
  var label: String? {
    guard Self.labelled.contains(name) else { return nil }
    let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    return words.replacingOccurrences(of: #"[0-9]+([.,][0-9]+)*"#, with: "#", options: .regularExpression)
  }

  /// Name, class, label and children's shapes: what makes two siblings "the same" (ids aside).
  var shape: String {
    if isCollapsed { return "\(name).\(classes ?? "")(collapsed)" }
    return "\(name).\(classes ?? "")\"\(label ?? "")\"(\(children.map(\.shape).joined(separator: ",")))"
  }
}

/// Builds the element tree from the parser's events.
final class ElementTreeBuilder: NSObject, XMLParserDelegate {
  let root = StructureElement(name: "#document", id: nil, classes: nil)
  private var open: [StructureElement] = []

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    let element = StructureElement(
      name: name, id: attributes["id"], classes: attributes["class"], isCollapsed: name == "details" && attributes["open"] == nil)
    (open.last ?? root).children.append(element)
    open.append(element)
  }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    _ = open.popLast()
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    for element in open where StructureElement.labelled.contains(element.name) { element.text += string }
  }
}

/// The lines of `element` and its subtree. Siblings are compressed twice:
/// a run of same-shaped elements becomes its first, marked `…` (one or more);
/// then a block of two to four runs repeated back to back (a bar's label,
/// segments and score, country after country) is written once, followed by
/// `… (the N above repeat)`. No count is written: counts are data.
private func lines(_ element: StructureElement, depth: Int, ids: [String?]? = nil) -> [String] {
  let ids = ids ?? [element.id]
  var line = String(repeating: "  ", count: depth) + element.name
  let present = ids.compactMap { $0 }
  if let first = present.first {
    if present.allSatisfy({ $0 == first }) {
      line += "#" + first
    } else {
      let prefix = present.dropFirst().reduce(first) { String($0.commonPrefix(with: $1)) }
      line += "#" + prefix + "*"
    }
  }
  if let classes = element.classes { line += "." + classes.split(separator: " ").joined(separator: ".") }
  if let label = element.label { line += " \"\(label)\"" }
  if ids.count > 1 { line += " …" }
  if element.isCollapsed { return [line + " (collapsed)"] }
  // Runs of same-shaped siblings.
  var runs: [(shape: String, lines: [String])] = []
  var index = 0
  let children = element.children
  while index < children.count {
    var end = index + 1
    while end < children.count && children[end].shape == children[index].shape { end += 1 }
    let run = children[index ..< end]
    runs.append((children[index].shape, lines(children[index], depth: depth + 1, ids: run.count > 1 ? run.map(\.id) : nil)))
    index = end
  }
  // Blocks of runs repeated back to back.
  var result = [line]
  index = 0
  while index < runs.count {
    var period = 0
    for length in 2 ... 4 where index + 2 * length <= runs.count {
      if runs[index ..< index + length].map(\.shape) == runs[index + length ..< index + 2 * length].map(\.shape) {
        period = length
        break
      }
    }
    guard period > 0 else {
      result += runs[index].lines
      index += 1
      continue
    }
    let block = runs[index ..< index + period].map(\.shape)
    var end = index + 2 * period
    while end + period <= runs.count && runs[end ..< end + period].map(\.shape) == block { end += period }
    result += runs[index ..< index + period].flatMap(\.lines)
    result.append(String(repeating: "  ", count: depth + 1) + "… (the \(period) above repeat)")
    index = end
  }
  return result
}
