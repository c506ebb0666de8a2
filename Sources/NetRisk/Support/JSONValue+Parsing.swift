// Reading JSON text into a JSONValue, with readable errors.
import Foundation
import NetRiskData

extension JSONValue {
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
}

/// JSON text that does not parse, or holds a value `JSONValue` cannot represent.
public struct JSONValueError: Error, CustomStringConvertible, Equatable {
  public var message: String
  public var description: String { message }
}
