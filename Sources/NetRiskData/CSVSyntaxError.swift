// A CSV file that is not well formed, and where.

/// A CSV input that breaks RFC 4180, with the place of the first problem.
///
///     line 3, column 7: quoted field is never closed (end of input reached)
///
/// `line` and `column` are 1-based; the column counts Unicode scalars from
/// the start of the physical line, so it matches what an editor shows for
/// most text.
public struct CSVSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong, and what was expected instead.
  public var message: String
  /// The 1-based physical line of the problem.
  public var line: Int
  /// The 1-based column (in Unicode scalars) of the problem.
  public var column: Int

  public init(message: String, line: Int, column: Int) {
    self.message = message
    self.line = line
    self.column = column
  }

  public var description: String { "line \(line), column \(column): \(message)" }
}
