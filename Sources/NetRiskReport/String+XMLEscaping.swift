// Escaping text for HTML/XML documents.

extension String {
  /// The text with `&`, `<`, `>`, `"` and `'` escaped, safe in element
  /// content and in quoted attribute values.
  var xmlEscaped: String {
    var out = ""
    out.reserveCapacity(count)
    for character in self {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }
}
