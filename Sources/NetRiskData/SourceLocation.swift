// Where in an input file a problem is: the one location every input error uses.

/// A place in an input file: the file, and where known the 1-based physical
/// line, the 1-based character on that line, and the field (a CSV column
/// name, or a JSON key path).
///
///     SourceLocation(file: "cables.csv", line: 12, column: "rfs_year").description
///     // "cables.csv:12: column 'rfs_year'"
///     SourceLocation(file: "cand.csv", line: 2, character: 14).description
///     // "cand.csv:2:14"
///     SourceLocation(file: "model.json").description
///     // "model.json"
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
  public var file: String
  /// Nil when the problem concerns the whole file.
  public var line: Int?
  /// Nil when only the line (or the field) is known.
  public var character: Int?
  /// The CSV column or JSON key path; nil when not known.
  public var field: String?

  /// A whole file, or a line and character in it.
  public init(file: String, line: Int? = nil, character: Int? = nil) {
    self.file = file
    self.line = line
    self.character = character
  }

  /// A CSV cell: its file, physical line and column name (empty: the whole row).
  public init(file: String, line: Int, column: String) {
    self.init(file: file, line: line)
    field = column.isEmpty ? nil : column
  }

  public var description: String {
    var text = file
    if let line { text += ":\(line)" }
    if let character { text += ":\(character)" }
    if let field { text += line == nil ? ": at \(field)" : ": column '\(field)'" }
    return text
  }
}

/// A problem in an input file (model, scenario, incidents, snapshot,
/// candidates): where, what, and the problems found on later rows, so that
/// one run reports every problem a reader could find.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
  public var location: SourceLocation
  public var message: String
  /// Further problems, in the order found.
  public var more: [InputError] = []

  public init(_ location: SourceLocation, _ message: String) {
    self.location = location
    self.message = message
  }

  /// A problem with a whole file (for JSON, the key path goes in the message).
  public init(file: String, message: String) {
    self.init(SourceLocation(file: file), message)
  }

  /// Every problem, one per line: "file:line:character: message" (the file
  /// left out when there is none, for a value not read from a file).
  public var description: String {
    ([self] + more).map { $0.location.file.isEmpty && $0.location.line == nil ? $0.message : "\($0.location): \($0.message)" }
      .joined(separator: "\n")
  }
}
