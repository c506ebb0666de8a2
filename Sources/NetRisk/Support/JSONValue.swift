// Canonical JSON: the same value always gives the same bytes.
import Foundation
import NetRiskData

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
  public var canonicalText: String {
    var out = ""
    write(to: &out, indent: 0)
    return out + "\n"
  }

  private func write(to out: inout String, indent: Int) {
    let pad = String(repeating: "  ", count: indent)
    switch self {
    case let .object(members):
      guard !members.isEmpty else { out += "{}"; return }
      out += "{\n"
      for (position, key) in members.keys.sorted().enumerated() {
        out += pad + "  " + key.jsonQuoted + ": "
        members[key]?.write(to: &out, indent: indent + 1)
        out += position + 1 < members.count ? ",\n" : "\n"
      }
      out += pad + "}"
    case let .array(items):
      guard !items.isEmpty else { out += "[]"; return }
      out += "[\n"
      for (position, item) in items.enumerated() {
        out += pad + "  "
        item.write(to: &out, indent: indent + 1)
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

  /// Parses JSON text into a value (numbers with a fraction or exponent
  /// become `.number`, others `.integer`).
  /// - Throws: `JSONValueError` with what is wrong.
  public static func parse(_ data: Data) throws -> JSONValue {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    } catch {
      throw JSONValueError(message: JSONErrorText.describe(error, in: data))
    }
    return try convert(object)
  }

  private static func convert(_ object: Any) throws -> JSONValue {
    switch object {
    case let dictionary as [String: Any]: return .object(try dictionary.mapValues(convert))
    case let array as [Any]: return .array(try array.map(convert))
    case let text as String: return .string(text)
    case is NSNull: return .null
    case let number as NSNumber:
      // Booleans arrive as NSNumbers too; their Objective-C type is "c" (char).
      let type = String(cString: number.objCType)
      if type == "c" || type == "B" { return .bool(number.boolValue) }
      if type == "d" || type == "f" { return .number(number.doubleValue) }
      return .integer(number.intValue)
    default:
      throw JSONValueError(message: "unsupported JSON value \(object)")
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

public struct JSONValueError: Error, CustomStringConvertible, Equatable {
  public var message: String
  public var description: String { message }
}
