// Rejecting keys a JSON file format does not have, with a suggestion.
import NetRiskData

/// Walks parsed JSON and rejects any key not allowed where it sits, so that
/// a misspelt key is an error rather than silently ignored. `allowed` maps a
/// role (the key an object sits under, "name[]" for the items of an array
/// under "name", "" for the top level) to the keys it may hold; objects in
/// roles without an entry are not checked.
enum JSONKeyCheck {
  /// - Throws: `message(path, key, suggestion)` for the first unknown key, in key order.
  static func check(
    _ value: Any, allowed: [String: Set<String>], role: String = "", path: String = "",
    error: (String) -> Error
  ) throws {
    if let object = value as? [String: Any] {
      if let keys = allowed[role] {
        for key in object.keys.sorted() where !keys.contains(key) {
          throw error("unknown key '\(key)' in \(path.isEmpty ? "the top level" : path)"
            + (key.closestMatch(in: keys).map { "; did you mean '\($0)'?" } ?? ""))
        }
      }
      for key in object.keys.sorted() {
        if let child = object[key] {
          try check(child, allowed: allowed, role: key, path: path.isEmpty ? key : "\(path).\(key)", error: error)
        }
      }
    } else if let array = value as? [Any] {
      for (index, item) in array.enumerated() {
        try check(item, allowed: allowed, role: role + "[]", path: "\(path)[\(index)]", error: error)
      }
    }
  }
}
