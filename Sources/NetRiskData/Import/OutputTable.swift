// One dataset file as the importer builds it, before it is written.

/// The rows of one dataset file, in the order they are written, under the
/// schema's header (`DatasetFile.columns`).
struct OutputTable {
  let file: DatasetFile
  var rows: [[String]] = []

  init(_ file: DatasetFile) { self.file = file }

  mutating func append(_ row: [String]) {
    precondition(row.count == file.columns.count, "\(file.rawValue): row has \(row.count) fields")
    rows.append(row)
  }

  /// The whole file: header, then rows, each ended by `\n`.
  var text: String {
    var output = ""
    CSV.append(file.columns, to: &output)
    for row in rows { CSV.append(row, to: &output) }
    return output
  }
}
