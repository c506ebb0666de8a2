// Readable messages for JSON that does not parse: where, as line:column.
import Foundation

enum JSONErrorText {
  /// "not valid JSON at line 4, column 3 (invalid value)" from Foundation's
  /// parse error, whose debug description gives a character offset ("around
  /// character 56"); without an offset, the error's own text.
  static func describe(_ error: Error, in data: Data) -> String {
    let debug = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? ""
    guard let range = debug.range(of: #"character [0-9]+"#, options: .regularExpression),
      let offset = Int(debug[range].dropFirst("character ".count))
    else {
      return "not valid JSON: \(debug.isEmpty ? error.localizedDescription : debug)"
    }
    let (line, column) = position(ofCharacter: offset, in: data)
    let reason = debug.components(separatedBy: " around ").first?.lowercased() ?? "invalid JSON"
    return "not valid JSON at line \(line), column \(column) (\(reason))"
  }

  /// 1-based line and column of the character at `offset` (counted in
  /// UTF-16 units, as Foundation counts them); past the end, the last position.
  static func position(ofCharacter offset: Int, in data: Data) -> (line: Int, column: Int) {
    let text = String(decoding: data, as: UTF8.self)
    var line = 1, column = 1, seen = 0
    for unit in text.utf16 {
      if seen == offset { break }
      seen += 1
      if unit == 0x0A {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (line, column)
  }
}

extension JSONKeyCheck {
  /// The first key of `input` (parsed JSON) that `known` (the same document
  /// decoded and encoded again, so holding only the keys the format has)
  /// lacks, as "unknown key 'k' in path", in key order; nil when none.
  static func firstKeyDropped(from input: Any, known: Any, path: String = "") -> String? {
    if let object = input as? [String: Any] {
      let kept = known as? [String: Any] ?? [:]
      for key in object.keys.sorted() {
        // An explicit null is an absent optional, which encoding leaves out.
        if object[key] is NSNull, kept[key] == nil { continue }
        guard let child = kept[key] else {
          return "unknown key '\(key)' in \(path.isEmpty ? "the top level" : path)"
            + (key.closestMatch(in: kept.keys).map { "; did you mean '\($0)'?" } ?? "")
        }
        if let value = object[key], let found = firstKeyDropped(from: value, known: child, path: path.isEmpty ? key : "\(path).\(key)") {
          return found
        }
      }
    } else if let array = input as? [Any], let kept = known as? [Any] {
      for (index, item) in array.enumerated() where index < kept.count {
        if let found = firstKeyDropped(from: item, known: kept[index], path: "\(path)[\(index)]") { return found }
      }
    }
    return nil
  }
}
