// A problem that stops an import: missing or unreadable input.

/// Why an import could not run. Problems with single records do not stop an
/// import; they are reported as skipped in the `ImportReport`.
public enum ImportError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The raw dump directory does not exist.
  case missingRawDirectory(String)
  /// A file the importer needs is missing.
  case missingFile(String)
  /// A file could not be read as the format it should be in.
  case unreadable(path: String, reason: String)
  /// An output file could not be written.
  case cannotWrite(path: String, reason: String)
  /// A mapping table (`import/*.csv`) holds a bad row.
  case badMapping(path: String, line: Int, reason: String)

  public var description: String {
    switch self {
    case let .missingRawDirectory(path):
      return "\(path): raw data directory not found (see SOURCES.md for the expected layout)"
    case let .missingFile(path):
      return "\(path): file not found"
    case let .unreadable(path, reason):
      return "\(path): \(reason)"
    case let .cannotWrite(path, reason):
      return "\(path): cannot write: \(reason)"
    case let .badMapping(path, line, reason):
      return "\(path):\(line): \(reason)"
    }
  }
}
