// Foundation's encoder as the pretty-printed JSON outputs use it, and keys for
// documents written member by member.
import Foundation

/// A JSON object key given as a string literal, for documents written member by member.
struct JSONKey: CodingKey, ExpressibleByStringLiteral {
  var stringValue: String
  var intValue: Int? { nil }
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
  init(stringLiteral value: String) { stringValue = value }
}

extension JSONEncoder {
  /// The encoder of the pretty-printed JSON outputs (`score` and `simulate`
  /// with `--format json`): keys sorted, slashes unescaped.
  static var prettySorted: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  /// `value` as pretty-printed JSON text ending with a newline.
  /// - Throws: the encoder's `EncodingError` (a non-finite number).
  func text(of value: some Encodable) throws -> String {
    String(decoding: try encode(value), as: UTF8.self) + "\n"
  }
}
