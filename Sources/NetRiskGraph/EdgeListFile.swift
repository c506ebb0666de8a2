// Reading the plain edge-list format that benchmarks share with other tools.

/// A parsed edge-list file.
///
/// Format: lines starting with `#` are comments, except the headers
/// `# nodes N edges M`, `# source S sink T` and `# root R`. Other lines are
/// `u v` or `u v capacity`, with 0-based node ids; blank lines are skipped.
/// When there is no `# nodes` header the node count is one more than the
/// largest id.
public struct EdgeListFile: Sendable, Equatable {
  public var nodeCount: Int
  public var edges: [Edge]
  /// Whether any line gave a capacity.
  public var hasCapacities: Bool
  public var source: Int?
  public var sink: Int?
  public var root: Int?

  /// Parses `bytes` (UTF-8 or ASCII text). `name` is used in error messages.
  /// - Throws: `EdgeListError` naming the line and column of the first bad
  ///   token: a non-numeric or negative id, a missing or extra column, an id
  ///   beyond the declared node count, a header that does not parse, or an
  ///   empty file (no header and no edge).
  /// - Complexity: O(*n*) in the length of the input.
  public init(parsing bytes: [UInt8], name: String) throws {
    var nodeCount: Int? = nil
    var declaredEdges: Int? = nil
    var edges: [Edge] = []
    var hasCapacities = false
    var source: Int? = nil, sink: Int? = nil, root: Int? = nil
    var maxID = -1
    var lineNumber = 0
    var lineStart = 0
    while lineStart < bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
      lineNumber += 1
      var end = lineEnd
      if end > lineStart && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
      let tokens = EdgeListFile.tokens(bytes, from: lineStart, to: end)
      defer { lineStart = lineEnd + 1 }
      guard let first = tokens.first else { continue }
      func fail(_ token: (start: Int, text: String)?, _ message: String) -> EdgeListError {
        EdgeListError(file: name, line: lineNumber, column: (token?.start ?? end) - lineStart + 1, message: message)
      }
      if first.text.hasPrefix("#") {
        let words = tokens.map(\.text)
        func number(at index: Int) throws -> Int {
          guard index < tokens.count else { throw fail(nil, "header '\(words.joined(separator: " "))' is missing a number") }
          guard let value = Int(tokens[index].text), value >= 0 else {
            throw fail(tokens[index], "expected a non-negative integer, found '\(tokens[index].text)'")
          }
          return value
        }
        if words.count >= 2 && words[0] == "#" {
          switch words[1] {
          case "nodes":
            nodeCount = try number(at: 2)
            if words.count > 3 && words[3] == "edges" { declaredEdges = try number(at: 4) }
          case "source":
            source = try number(at: 2)
            if words.count > 3 && words[3] == "sink" { sink = try number(at: 4) }
          case "root":
            root = try number(at: 2)
          default:
            break
          }
        }
        continue
      }
      guard tokens.count >= 2 else { throw fail(nil, "expected 'u v' or 'u v capacity', found one column") }
      guard tokens.count <= 3 else { throw fail(tokens[3], "expected at most 3 columns, found \(tokens.count)") }
      var ids: [Int] = []
      for token in tokens.prefix(2) {
        guard let id = Int(token.text) else { throw fail(token, "expected a node id, found '\(token.text)'") }
        guard id >= 0 else { throw fail(token, "expected a non-negative node id, found '\(token.text)'") }
        if let nodeCount, id >= nodeCount {
          throw fail(token, "node id \(id) is not below the declared node count \(nodeCount)")
        }
        ids.append(id)
      }
      var capacity: Int64 = 1
      if tokens.count == 3 {
        guard let value = Int64(tokens[2].text), value >= 0 else {
          throw fail(tokens[2], "expected a non-negative integer capacity, found '\(tokens[2].text)'")
        }
        capacity = value
        hasCapacities = true
      }
      maxID = max(maxID, ids[0], ids[1])
      edges.append(Edge(ids[0], ids[1], capacity: capacity))
    }
    guard nodeCount != nil || !edges.isEmpty else {
      throw EdgeListError(file: name, line: max(lineNumber, 1), column: 1, message: "empty file: no '# nodes' header and no edge")
    }
    let nodes = nodeCount ?? (maxID + 1)
    for (label, value) in [("source", source), ("sink", sink), ("root", root)] {
      if let value, value >= nodes {
        throw EdgeListError(file: name, line: 0, column: 0, message: "\(label) \(value) is not below the node count \(nodes)")
      }
    }
    if let declaredEdges, declaredEdges != edges.count {
      throw EdgeListError(
        file: name, line: lineNumber, column: 1,
        message: "header declares \(declaredEdges) edges, file has \(edges.count)")
    }
    self.nodeCount = nodes
    self.edges = edges
    self.hasCapacities = hasCapacities
    self.source = source
    self.sink = sink
    self.root = root
  }

  /// Splits `bytes[from ..< to]` at spaces and tabs.
  private static func tokens(_ bytes: [UInt8], from: Int, to: Int) -> [(start: Int, text: String)] {
    var result: [(start: Int, text: String)] = []
    var index = from
    while index < to {
      while index < to && (bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t")) { index += 1 }
      let start = index
      while index < to && bytes[index] != UInt8(ascii: " ") && bytes[index] != UInt8(ascii: "\t") { index += 1 }
      if index > start { result.append((start, String(decoding: bytes[start ..< index], as: UTF8.self))) }
    }
    return result
  }

  /// The graph these edges describe; capacities are kept when any line had one.
  public func graph(directed: Bool) throws -> Graph {
    try Graph(
      nodeCount: nodeCount, sources: edges.map(\.source), targets: edges.map(\.target),
      capacities: hasCapacities ? edges.map(\.capacity) : nil, directed: directed)
  }
}

/// A bad edge-list file: where, and what was expected. Line and column are
/// 1-based; 0 when the problem is not on one line (e.g. a header that
/// disagrees with the edges).
public struct EdgeListError: Error, Equatable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String
  public var description: String { "\(file):\(line):\(column): \(message)" }
}
