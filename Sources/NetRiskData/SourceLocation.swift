// Where in a dataset a problem is: file, line and column name.

/// A place in a dataset file: the file name, the 1-based physical line, and
/// the name of the column (from the header).
///
///     SourceLocation(file: "cables.csv", line: 12, column: "rfs_year").description
///     // "cables.csv:12: column 'rfs_year'"
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: String

  public init(file: String, line: Int, column: String) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file):\(line): column '\(column)'" }
}
