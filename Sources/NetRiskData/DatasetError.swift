// One problem found while loading a dataset, with where and what was expected.

/// One problem in a dataset directory. Each names the file, and where it
/// applies the line and column, the offending value and what was expected:
///
///     landing_points.csv:12: column 'lat': expected a latitude in [-90, 90], found '95.2'
///     cable_landings.csv:5: column 'landing_point_id': unknown landing point 'suva-fij'
///       (not in landing_points.csv); did you mean 'suva-fiji'?
///
/// The loader collects every problem it finds and throws them together as a
/// `DatasetValidationFailure`.
public enum DatasetError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The dataset directory does not exist.
  case missingDirectory(String)
  /// A required file is not in the directory.
  case missingFile(file: String, directory: String)
  /// The file is not well-formed CSV.
  case malformedFile(file: String, CSVSyntaxError)
  /// The header lacks required columns (listed in schema order).
  case missingColumns(file: String, missing: [String])
  /// The header has columns the schema does not know (listed in header
  /// order), or names one twice: a misspelt optional column would otherwise
  /// be ignored without a word.
  case unknownColumns(file: String, unknown: [String], known: [String])
  case duplicateColumn(file: String, name: String)
  /// A record has a different number of fields than the header.
  case wrongFieldCount(file: String, line: Int, expected: Int, found: Int)
  /// A required value is empty.
  case emptyValue(SourceLocation)
  /// A value is not of the expected form or outside its range.
  case badValue(SourceLocation, expected: String, found: String)
  /// An id (or key) appears twice; `firstLine` is where it first appears.
  case duplicateID(SourceLocation, id: String, firstLine: Int)
  /// A value names a row of `table` that does not exist.
  case unknownReference(SourceLocation, id: String, entity: String, table: String, suggestion: String?)
  /// The file has no rows but needs some.
  case emptyTable(file: String, expected: String)

  public var description: String {
    switch self {
    case let .missingDirectory(directory):
      return "\(directory): dataset directory not found"
    case let .missingFile(file, directory):
      return "\(file): file not found in \(directory)"
    case let .malformedFile(file, error):
      return "\(file):\(error.line):\(error.column): \(error.message)"
    case let .missingColumns(file, missing):
      let names = missing.map { "'\($0)'" }.joined(separator: ", ")
      return "\(file):1: header lacks column\(missing.count == 1 ? "" : "s") \(names)"
    case let .unknownColumns(file, unknown, known):
      let names = unknown.map { "'\($0)'" }.joined(separator: ", ")
      let hints = unknown.compactMap { name in
        name.closestMatch(in: known).map { unknown.count == 1 ? "'\($0)'" : "'\($0)' for '\(name)'" }
      }
      return "\(file):1: header has unknown column\(unknown.count == 1 ? "" : "s") \(names)"
        + (hints.isEmpty ? "" : "; did you mean \(hints.joined(separator: ", "))?")
        + " (this file's columns: \(known.joined(separator: ", ")))"
    case let .duplicateColumn(file, name):
      return "\(file):1: header names column '\(name)' twice"
    case let .wrongFieldCount(file, line, expected, found):
      return "\(file):\(line): expected \(expected) fields as in the header, found \(found)"
    case let .emptyValue(location):
      return "\(location): required value is empty"
    case let .badValue(location, expected, found):
      return "\(location): expected \(expected), found '\(found)'"
    case let .duplicateID(location, id, firstLine):
      return "\(location): duplicate '\(id)' (first on line \(firstLine))"
    case let .unknownReference(location, id, entity, table, suggestion):
      var message = "\(location): unknown \(entity) '\(id)' (not in \(table))"
      if let suggestion { message += "; did you mean '\(suggestion)'?" }
      return message
    case let .emptyTable(file, expected):
      return "\(file): no rows; \(expected)"
    }
  }
}
