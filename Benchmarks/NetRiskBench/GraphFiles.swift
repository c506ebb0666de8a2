// Reading and writing benchmark graphs in the shared edge-list format, so
// that networkx and igraph (scripts/peer_compare.py) run the same inputs.
import Foundation
import NetRiskData
import NetRiskGraph

extension BenchmarkGraph {
  /// Writes `DIR/NAME.edges` (undirected, with capacities, source and sink)
  /// and `DIR/NAME.arcs` (directed, with root), atomically.
  func write(to directory: String) throws {
    var edgeText = "# nodes \(nodeCount) edges \(edges.count)\n"
    if let source, let sink { edgeText += "# source \(source) sink \(sink)\n" }
    edgeText.reserveCapacity(edges.count * 16)
    for (u, v, capacity) in edges { edgeText += "\(u) \(v) \(capacity)\n" }
    try AtomicFile.write(edgeText, to: directory + "/\(name).edges")
    var arcText = "# nodes \(nodeCount) edges \(arcs.count)\n"
    if let root { arcText += "# root \(root)\n" }
    arcText.reserveCapacity(arcs.count * 14)
    for (u, v) in arcs { arcText += "\(u) \(v)\n" }
    try AtomicFile.write(arcText, to: directory + "/\(name).arcs")
  }

  /// Reads a graph from an `--edges` file and an optional `--arcs` file.
  static func read(edges edgePath: String, arcs arcPath: String?, name: String) throws -> BenchmarkGraph {
    let edgeFile = try EdgeListFile(parsing: try readBytes(edgePath), name: edgePath)
    var graph = BenchmarkGraph(
      name: name, nodeCount: edgeFile.nodeCount,
      edges: edgeFile.edges.map { (Int32($0.source), Int32($0.target), $0.capacity) },
      arcs: [], source: edgeFile.source, sink: edgeFile.sink, root: nil)
    if let arcPath {
      let arcFile = try EdgeListFile(parsing: try readBytes(arcPath), name: arcPath)
      graph.arcs = arcFile.edges.map { (Int32($0.source), Int32($0.target)) }
      graph.root = arcFile.root
      graph.nodeCount = max(graph.nodeCount, arcFile.nodeCount)
    }
    return graph
  }
}

struct BenchmarkInputError: Error, CustomStringConvertible {
  var description: String
}

func readBytes(_ path: String) throws -> [UInt8] {
  guard let data = FileManager.default.contents(atPath: path) else {
    throw BenchmarkInputError(description: "\(path): cannot read file (missing or unreadable)")
  }
  return [UInt8](data)
}
