// Writing a string as a JSON string literal, the same way everywhere.

extension String {
  /// The string as a JSON string literal: quotes, backslashes and control
  /// characters escaped (`\u` with 4 lowercase hex digits), everything else
  /// as is. Used by every hand-written JSON file netrisk writes, so that they
  /// are byte-identical on every platform.
  public var jsonQuoted: String {
    var out = "\""
    for scalar in unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
