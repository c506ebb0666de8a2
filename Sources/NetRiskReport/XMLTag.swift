// Building XHTML/SVG elements with escaped attributes.

/// An element with attributes in the order given (escaped) and optional
/// content (already markup); without content it is self-closing.
func tag(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ content: String? = nil) -> String {
  tag(name, attributes: attributes.map { ($0.key, $0.value) }, content)
}

/// The same with attributes built at run time (some present only sometimes).
func tag(_ name: String, attributes: [(String, String)], _ content: String? = nil) -> String {
  var out = "<" + name
  for (key, value) in attributes { out += " \(key)=\"\(value.xmlEscaped)\"" }
  guard let content else { return out + "/>" }
  return out + ">" + content + "</" + name + ">"
}
