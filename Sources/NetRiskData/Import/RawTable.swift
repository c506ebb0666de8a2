// A CSV input file of the importer (a raw dump or a mapping table), by column name.

/// A CSV file read for import: its records, with fields looked up by the
/// header's column names.
struct RawTable {
  let path: String
  let records: [CSVRecord]
  private let positions: [String: Int]

  /// Parses `data`; throws when it is not CSV or lacks one of `required` columns.
  init(path: String, data: [UInt8], required: [String]) throws(ImportError) {
    let parsed: [CSVRecord]
    do {
      parsed = try CSV.parse(data)
    } catch {
      throw .unreadable(path: path, reason: "not valid CSV: \(error)")
    }
    var positions: [String: Int] = [:]
    for (position, name) in (parsed.first?.fields ?? []).enumerated() where positions[name] == nil {
      positions[name] = position
    }
    if let missing = required.first(where: { positions[$0] == nil }) {
      throw .unreadable(path: path, reason: "header lacks column '\(missing)'")
    }
    self.path = path
    self.records = Array(parsed.dropFirst())
    self.positions = positions
  }

  /// The field of `record` in `column`, or "" when the record is short.
  /// `column` must be one of the columns checked at `init`, or present.
  func value(_ record: CSVRecord, _ column: String) -> String {
    guard let position = positions[column], position < record.fields.count else { return "" }
    return record.fields[position]
  }
}
