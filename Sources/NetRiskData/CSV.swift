// Reading and writing RFC 4180 CSV, working on UTF-8 bytes.
import Foundation

/// Our own CSV reader and writer (RFC 4180), with no dependencies.
///
///     let records = try CSV.parse("id,name\r\nhk,\"Hong Kong, China\"\n")
///     records[1].fields   // ["hk", "Hong Kong, China"]
///     records[1].line     // 2
///     CSV.encode([["id", "name"], ["hk", "Hong Kong, China"]])
///     // "id,name\nhk,\"Hong Kong, China\"\n"
///
/// Reading accepts: quoted fields with embedded commas, line breaks and
/// doubled quotes; LF, CRLF or lone CR line breaks; a UTF-8 byte order mark;
/// a last record with or without a final line break. Blank lines between
/// records are skipped (a one-column file cannot hold an empty value on a line
/// of its own; the writer quotes it as `""` so that it survives). Records may
/// have different field counts; the caller checks them against the header.
///
/// Writing quotes a field only when it holds a comma, a quote, CR or LF, and
/// ends every record with `\n`, so the same rows always give the same bytes.
public enum CSV {
  private static let quote = UInt8(ascii: "\"")
  private static let comma = UInt8(ascii: ",")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  // MARK: - Reading

  /// Parses CSV text.
  /// - Throws: `CSVSyntaxError` at the first malformed place.
  /// - Complexity: O(*n*) in the length of the text in bytes.
  public static func parse(_ text: String) throws(CSVSyntaxError) -> [CSVRecord] {
    try parse(Array(text.utf8))
  }

  /// Parses CSV bytes (UTF-8, optionally with a byte order mark).
  /// - Throws: `CSVSyntaxError` at the first malformed place, including bytes
  ///   that are not valid UTF-8.
  /// - Complexity: O(*n*) in the number of bytes.
  public static func parse(_ data: Data) throws(CSVSyntaxError) -> [CSVRecord] {
    try parse([UInt8](data))
  }

  /// Parses CSV bytes (UTF-8, optionally with a byte order mark).
  /// - Throws: `CSVSyntaxError` at the first malformed place, including bytes
  ///   that are not valid UTF-8.
  /// - Complexity: O(*n*) in the number of bytes.
  public static func parse(_ bytes: [UInt8]) throws(CSVSyntaxError) -> [CSVRecord] {
    let result: Result<[CSVRecord], CSVSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
      do throws(CSVSyntaxError) {
        return .success(try parse(buffer: buffer))
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  private static func parse(buffer bytes: UnsafeBufferPointer<UInt8>) throws(CSVSyntaxError) -> [CSVRecord] {
    let count = bytes.count
    var index = 0
    if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
    var line = 1
    var lineStart = index
    var records: [CSVRecord] = []
    var fields: [String] = []
    var quotedBytes: [UInt8] = []

    /// Consumes one line break (LF, CRLF or CR) at `index`.
    func consumeLineBreak() {
      if bytes[index] == carriageReturn, index + 1 < count, bytes[index + 1] == lineFeed {
        index += 2
      } else {
        index += 1
      }
      line += 1
      lineStart = index
    }

    func error(_ message: String, at offset: Int, line errorLine: Int, lineStart errorLineStart: Int) -> CSVSyntaxError {
      var column = 1
      var position = errorLineStart
      while position < offset {
        if bytes[position] & 0xC0 != 0x80 { column += 1 }
        position += 1
      }
      return CSVSyntaxError(message: message, line: errorLine, column: column)
    }

    while index < count {
      let first = bytes[index]
      if first == lineFeed || first == carriageReturn {
        consumeLineBreak()  // a blank line between records
        continue
      }
      let recordLine = line
      fields = []
      fields.reserveCapacity(records.last?.fields.count ?? 8)
      fieldLoop: while true {
        let fieldStart = index
        let fieldLine = line
        let fieldLineStart = lineStart
        if index < count, bytes[index] == quote {
          index += 1
          quotedBytes.removeAll(keepingCapacity: true)
          var segmentStart = index
          var highBits: UInt8 = 0
          closing: while true {
            guard index < count else {
              throw error(
                "quoted field is never closed (end of input reached); close it with '\"'",
                at: fieldStart, line: fieldLine, lineStart: fieldLineStart)
            }
            let byte = bytes[index]
            highBits |= byte
            switch byte {
            case quote:
              quotedBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segmentStart..<index]))
              if index + 1 < count, bytes[index + 1] == quote {
                quotedBytes.append(quote)
                index += 2
                segmentStart = index
              } else {
                index += 1
                break closing
              }
            case lineFeed, carriageReturn:
              consumeLineBreak()
            default:
              index += 1
            }
          }
          guard let field = makeString(quotedBytes[...], ascii: highBits < 0x80) else {
            throw error("field is not valid UTF-8", at: fieldStart, line: fieldLine, lineStart: fieldLineStart)
          }
          fields.append(field)
          guard index < count else { break fieldLoop }
          let next = bytes[index]
          if next == comma {
            index += 1
            continue fieldLoop
          }
          if next == lineFeed || next == carriageReturn {
            consumeLineBreak()
            break fieldLoop
          }
          throw error(
            "unexpected character '\(printable(next))' after a closing quote; expected ',' or the end of the line",
            at: index, line: line, lineStart: lineStart)
        } else {
          var highBits: UInt8 = 0
          while index < count {
            let byte = bytes[index]
            if byte == comma || byte == lineFeed || byte == carriageReturn { break }
            if byte == quote {
              throw error(
                "quote character inside an unquoted field; quote the whole field and double the inner quote",
                at: index, line: line, lineStart: lineStart)
            }
            highBits |= byte
            index += 1
          }
          guard let field = makeString(bytes[fieldStart..<index], ascii: highBits < 0x80) else {
            throw error("field is not valid UTF-8", at: fieldStart, line: fieldLine, lineStart: fieldLineStart)
          }
          fields.append(field)
          guard index < count else { break fieldLoop }
          if bytes[index] == comma {
            index += 1
            continue fieldLoop
          }
          consumeLineBreak()
          break fieldLoop
        }
      }
      records.append(CSVRecord(fields: fields, line: recordLine))
    }
    return records
  }

  private static func makeString(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, ascii: Bool) -> String? {
    let buffer = UnsafeBufferPointer(rebasing: bytes)
    if ascii { return String(decoding: buffer, as: UTF8.self) }
    return String(validating: buffer, as: UTF8.self)
  }

  private static func makeString(_ bytes: ArraySlice<UInt8>, ascii: Bool) -> String? {
    if ascii { return String(decoding: bytes, as: UTF8.self) }
    return String(validating: bytes, as: UTF8.self)
  }

  private static func printable(_ byte: UInt8) -> String {
    if byte >= 0x20, byte < 0x7F { return String(UnicodeScalar(byte)) }
    return "\\u{" + String(byte, radix: 16, uppercase: true) + "}"
  }

  // MARK: - Writing

  /// The CSV text of `rows`: fields joined by commas, records ended by `\n`,
  /// a field quoted only when it must be.
  /// - Complexity: O(*n*) in the total length of the fields.
  public static func encode(_ rows: [[String]]) -> String {
    var output = ""
    for row in rows {
      append(row, to: &output)
    }
    return output
  }

  /// Appends one record and its `\n` to `output`.
  public static func append(_ row: [String], to output: inout String) {
    if row.count == 1, row[0].isEmpty {
      output += "\"\"\n"  // a lone empty field would read back as a blank line
      return
    }
    for (position, field) in row.enumerated() {
      if position > 0 { output += "," }
      output += encodeField(field)
    }
    output += "\n"
  }

  /// One field as it appears in CSV: unchanged, or quoted with inner quotes
  /// doubled when it holds a comma, a quote, CR or LF.
  public static func encodeField(_ field: String) -> String {
    let needsQuotes = field.utf8.contains { $0 == comma || $0 == quote || $0 == lineFeed || $0 == carriageReturn }
    guard needsQuotes else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
