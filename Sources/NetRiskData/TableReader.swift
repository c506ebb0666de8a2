// Reading one dataset file: parse it, check its header, read typed fields.
import Foundation

/// One dataset file, parsed and checked against its schema (`DatasetFile`).
/// Problems go to a `ProblemLog`; the reader never throws, so that the loader
/// can go on and report the problems of every file.
struct TableReader {
  let file: DatasetFile
  /// The data records, header excluded.
  let records: [CSVRecord]
  private let columnPositions: [String: Int]
  private let fieldCount: Int

  /// Reads `file` from `directory`. Logs a missing file (unless the file is
  /// optional and absent: nil without a problem), malformed CSV, an
  /// empty file or a header that lacks columns, and returns nil then.
  init?(file: DatasetFile, directory: String, problems: inout ProblemLog) {
    let path = (directory as NSString).appendingPathComponent(file.rawValue)
    guard let data = FileManager.default.contents(atPath: path) else {
      if !(file.isOptional && !FileManager.default.fileExists(atPath: path)) {
        problems.add(.missingFile(file: file.rawValue, directory: directory))
      }
      return nil
    }
    let parsed: [CSVRecord]
    do {
      parsed = try CSV.parse(data)
    } catch {
      problems.add(.malformedFile(file: file.rawValue, error))
      return nil
    }
    guard let header = parsed.first else {
      problems.add(.missingColumns(file: file.rawValue, missing: file.requiredColumns))
      return nil
    }
    var positions: [String: Int] = [:]
    for (position, name) in header.fields.enumerated() {
      guard positions[name] == nil else {
        problems.add(.duplicateColumn(file: file.rawValue, name: name))
        continue
      }
      positions[name] = position
    }
    let unknown = header.fields.filter { !file.columns.contains($0) }
    if !unknown.isEmpty {
      problems.add(.unknownColumns(file: file.rawValue, unknown: unknown, known: file.columns))
    }
    let missing = file.requiredColumns.filter { positions[$0] == nil }
    guard missing.isEmpty else {
      problems.add(.missingColumns(file: file.rawValue, missing: missing))
      return nil
    }
    self.file = file
    self.records = Array(parsed.dropFirst())
    self.columnPositions = positions
    self.fieldCount = header.fields.count
  }

  /// The records whose field count matches the header; the others are logged.
  func rows(problems: inout ProblemLog) -> [TableRow] {
    var rows: [TableRow] = []
    rows.reserveCapacity(records.count)
    for record in records {
      guard record.fields.count == fieldCount else {
        problems.add(.wrongFieldCount(
          file: file.rawValue, line: record.line, expected: fieldCount, found: record.fields.count))
        continue
      }
      rows.append(TableRow(file: file.rawValue, record: record, columnPositions: columnPositions))
    }
    return rows
  }
}
