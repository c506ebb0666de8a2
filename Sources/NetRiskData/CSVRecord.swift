// One record of a CSV file, with the line it starts on.

/// One record (row) of a CSV file: its fields, and the physical line of the
/// file on which the record starts (1-based). A quoted field may span lines,
/// so the next record can start more than one line further down.
public struct CSVRecord: Hashable, Sendable {
  /// The fields, unquoted, in file order.
  public var fields: [String]
  /// The 1-based physical line on which the record starts.
  public var line: Int

  /// Creates the value from its fields.
  public init(fields: [String], line: Int) {
    self.fields = fields
    self.line = line
  }
}
