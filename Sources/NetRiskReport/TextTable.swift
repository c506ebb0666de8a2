// Plain-text tables with aligned columns, for terminals and logs.

/// A table of text cells rendered with aligned columns: text columns left,
/// numeric columns right. Deterministic: no terminal width detection.
public struct TextTable {
  public enum Alignment { case left, right }

  public var headers: [String]
  public var alignments: [Alignment]
  public var rows: [[String]] = []

  public init(headers: [String], alignments: [Alignment]) {
    precondition(headers.count == alignments.count, "one alignment per column")
    self.headers = headers
    self.alignments = alignments
  }

  public mutating func append(_ row: [String]) {
    precondition(row.count == headers.count, "row has \(row.count) cells, table has \(headers.count) columns")
    rows.append(row)
  }

  /// The table as lines joined by newlines, with a rule under the header.
  public func render() -> String {
    let widths = headers.indices.map { column in
      ([headers[column]] + rows.map { $0[column] }).map(\.count).max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      var text = ""
      for (column, cell) in cells.enumerated() {
        let pad = String(repeating: " ", count: widths[column] - cell.count)
        if column > 0 { text += "  " }
        text += alignments[column] == .left ? cell + pad : pad + cell
      }
      while text.hasSuffix(" ") { text.removeLast() }
      return text
    }
    var lines = [line(headers), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
    lines += rows.map(line)
    return lines.joined(separator: "\n")
  }
}
