// Canonical JSON: the same value always gives the same bytes. The one JSON
// writer of netrisk: snapshots, GeoJSON, priorities and the import summary.
import Foundation

/// A JSON value written canonically: object keys sorted, two-space
/// indentation, `\n` line ends, numbers with a fixed format (integers as
/// integers, other numbers with exactly 6 decimals), so that equal results
/// give byte-identical files on every platform and Foundation version.
public indirect enum JSONValue: Equatable, Sendable {
  case object([String: JSONValue])
  case array([JSONValue])
  case string(String)
  case number(Double)
  case integer(Int)
  case bool(Bool)
  case null

  /// The canonical text, ending with a newline.
  /// - Complexity: O(*n* + *k* log *k*) for *n* characters written and *k*
  ///   keys per object (they are sorted).
  public var canonicalText: String { text(scalarArraysInline: false) }

  /// The canonical text, but with every non-empty array of scalars (strings,
  /// numbers, booleans, nulls) on one line, `["a", "b"]`: for files people
  /// read and diff line by line (`import-summary.json`).
  public var canonicalTextWithInlineScalarArrays: String { text(scalarArraysInline: true) }

  private func text(scalarArraysInline: Bool) -> String {
    var out = ""
    write(to: &out, indent: 0, scalarArraysInline: scalarArraysInline)
    return out + "\n"
  }

  private var isScalar: Bool {
    switch self {
    case .object, .array: return false
    default: return true
    }
  }

  private func write(to out: inout String, indent: Int, scalarArraysInline: Bool) {
    let pad = String(repeating: "  ", count: indent)
    switch self {
    case let .object(members):
      guard !members.isEmpty else { out += "{}"; return }
      out += "{\n"
      for (position, key) in members.keys.sorted().enumerated() {
        out += pad + "  " + key.jsonQuoted + ": "
        members[key]?.write(to: &out, indent: indent + 1, scalarArraysInline: scalarArraysInline)
        out += position + 1 < members.count ? ",\n" : "\n"
      }
      out += pad + "}"
    case let .array(items):
      guard !items.isEmpty else { out += "[]"; return }
      if scalarArraysInline && items.allSatisfy(\.isScalar) {
        out += "["
        for (position, item) in items.enumerated() {
          if position > 0 { out += ", " }
          item.write(to: &out, indent: indent + 1, scalarArraysInline: true)
        }
        out += "]"
        return
      }
      out += "[\n"
      for (position, item) in items.enumerated() {
        out += pad + "  "
        item.write(to: &out, indent: indent + 1, scalarArraysInline: scalarArraysInline)
        out += position + 1 < items.count ? ",\n" : "\n"
      }
      out += pad + "]"
    case let .string(text): out += text.jsonQuoted
    case let .number(value): out += value.isFinite ? String(format: "%.6f", value == 0 ? 0 : value) : "null"
    case let .integer(value): out += String(value)
    case let .bool(value): out += value ? "true" : "false"
    case .null: out += "null"
    }
  }

  // Accessors that say what was expected, for readers of canonical files.
  public subscript(key: String) -> JSONValue? {
    if case let .object(members) = self { return members[key] }
    return nil
  }
  public var objectValue: [String: JSONValue]? { if case let .object(v) = self { return v }; return nil }
  public var arrayValue: [JSONValue]? { if case let .array(v) = self { return v }; return nil }
  public var stringValue: String? { if case let .string(v) = self { return v }; return nil }
  public var doubleValue: Double? {
    switch self {
    case let .number(v): return v
    case let .integer(v): return Double(v)
    default: return nil
    }
  }
  public var intValue: Int? {
    switch self {
    case let .integer(v): return v
    case let .number(v) where v == v.rounded(): return Int(exactly: v)
    default: return nil
    }
  }
}
