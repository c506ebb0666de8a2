// Building XHTML/SVG elements with escaped attributes.

/// An element with attributes in the order given (escaped) and optional
/// content (already markup); without content it is self-closing.
func tag(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], _ content: String? = nil) -> String {
  var out = "<" + name
  for (key, value) in attributes { out += " \(key)=\"\(value.xmlEscaped)\"" }
  guard let content else { return out + "/>" }
  return out + ">" + content + "</" + name + ">"
}
