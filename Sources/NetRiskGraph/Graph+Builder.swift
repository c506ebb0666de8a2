// Building a CSR graph from an edge list, and deriving graphs from graphs.

/// An edge of an edge list: `source -> target` (or `source — target` when
/// undirected), with an optional capacity.
public struct Edge: Hashable, Sendable {
  public var source: Int
  public var target: Int
  public var capacity: Int64

  public init(_ source: Int, _ target: Int, capacity: Int64 = 1) {
    self.source = source
    self.target = target
    self.capacity = capacity
  }
}

/// Why an edge list cannot become a graph.
public enum GraphBuildError: Error, Equatable, Sendable, CustomStringConvertible {
  /// An endpoint is outside `0 ..< nodeCount`.
  case nodeOutOfRange(edge: Int, node: Int, nodeCount: Int)
  /// A capacity is negative.
  case negativeCapacity(edge: Int, capacity: Int64)
  /// More nodes or arcs than 32-bit ids can address.
  case tooLarge(nodes: Int, arcs: Int)

  public var description: String {
    switch self {
    case let .nodeOutOfRange(edge, node, nodeCount):
      return "edge \(edge) names node \(node), outside 0..<\(nodeCount)"
    case let .negativeCapacity(edge, capacity):
      return "edge \(edge) has negative capacity \(capacity)"
    case let .tooLarge(nodes, arcs):
      return "graph too large for 32-bit ids: \(nodes) nodes, \(arcs) arcs"
    }
  }
}

extension Graph {
  /// Builds a graph with `nodeCount` nodes from `edges`, without capacities.
  ///
  ///     let triangle = try Graph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 0)])
  ///
  /// Self-loops and parallel edges are kept (see the type's documentation).
  /// - Throws: `GraphBuildError` when an endpoint is out of range or the
  ///   graph needs more than 32-bit ids.
  /// - Complexity: O(*V* + *E*) time (a counting sort by source node).
  public init(nodeCount: Int, edges: [(Int, Int)], directed: Bool = false) throws {
    try self.init(
      nodeCount: nodeCount, sources: edges.map { $0.0 }, targets: edges.map { $0.1 },
      capacities: nil, directed: directed)
  }

  /// Builds a graph with `nodeCount` nodes from `edges`, keeping their capacities.
  /// - Throws: `GraphBuildError` for an out-of-range endpoint, a negative
  ///   capacity, or a graph that needs more than 32-bit ids.
  /// - Complexity: O(*V* + *E*) time.
  public init(nodeCount: Int, edges: [Edge], directed: Bool = false) throws {
    try self.init(
      nodeCount: nodeCount, sources: edges.map { $0.source }, targets: edges.map { $0.target },
      capacities: edges.map { $0.capacity }, directed: directed)
  }

  /// Builds a graph from parallel arrays of edge endpoints and optional capacities.
  /// - Complexity: O(*V* + *E*) time and memory.
  public init(
    nodeCount: Int, sources: [Int], targets: [Int], capacities: [Int64]?, directed: Bool
  ) throws {
    precondition(sources.count == targets.count, "sources and targets differ in length")
    precondition(capacities == nil || capacities?.count == sources.count, "capacities differ in length")
    let edgeCount = sources.count
    let arcCount = directed ? edgeCount : 2 * edgeCount
    guard nodeCount >= 0, nodeCount < Int(Int32.max), arcCount < Int(Int32.max) else {
      throw GraphBuildError.tooLarge(nodes: nodeCount, arcs: arcCount)
    }
    for edge in 0 ..< edgeCount {
      for node in [sources[edge], targets[edge]] where node < 0 || node >= nodeCount {
        throw GraphBuildError.nodeOutOfRange(edge: edge, node: node, nodeCount: nodeCount)
      }
      if let capacities, capacities[edge] < 0 {
        throw GraphBuildError.negativeCapacity(edge: edge, capacity: capacities[edge])
      }
    }
    let edgeSource = sources.map { Int32(truncatingIfNeeded: $0) }
    let edgeTarget = targets.map { Int32(truncatingIfNeeded: $0) }
    self = Graph.assemble(
      nodeCount: nodeCount, edgeSource: edgeSource, edgeTarget: edgeTarget,
      edgeCapacity: capacities ?? [], directed: directed)
  }

  /// Lays out validated edges in CSR form with a two-pass counting sort, so
  /// that each node's arcs appear in edge order.
  @usableFromInline
  static func assemble(
    nodeCount: Int, edgeSource: [Int32], edgeTarget: [Int32], edgeCapacity: [Int64], directed: Bool
  ) -> Graph {
    let edgeCount = edgeSource.count
    let arcCount = directed ? edgeCount : 2 * edgeCount
    var offsets = [Int32](repeating: 0, count: nodeCount + 1)
    for edge in 0 ..< edgeCount {
      offsets[Int(edgeSource[edge]) + 1] += 1
      if !directed { offsets[Int(edgeTarget[edge]) + 1] += 1 }
    }
    for node in 0 ..< nodeCount { offsets[node + 1] += offsets[node] }
    var next = offsets
    var targets = [Int32](repeating: 0, count: arcCount)
    var arcEdge = [Int32](repeating: 0, count: arcCount)
    for edge in 0 ..< edgeCount {
      let u = Int(edgeSource[edge]), v = Int(edgeTarget[edge])
      let forward = Int(next[u])
      next[u] += 1
      targets[forward] = Int32(v)
      arcEdge[forward] = Int32(edge)
      if !directed {
        let backward = Int(next[v])
        next[v] += 1
        targets[backward] = Int32(u)
        arcEdge[backward] = Int32(edge)
      }
    }
    return Graph(
      nodeCount: nodeCount, isDirected: directed, offsets: offsets, targets: targets,
      arcEdge: arcEdge, edgeCount: edgeCount, edgeCapacity: edgeCapacity)
  }

  /// The same graph with every arc turned around; edge ids and capacities are
  /// kept. An undirected graph is its own reverse.
  /// - Complexity: O(*V* + *E*) time and memory.
  public func reversed() -> Graph {
    guard isDirected else { return self }
    let ends = edgeEndpoints()
    return Graph.assemble(
      nodeCount: nodeCount, edgeSource: ends.target, edgeTarget: ends.source,
      edgeCapacity: edgeCapacity, directed: true)
  }

  /// The directed graph with two opposite arcs per undirected edge (edge `e`
  /// becomes edges `2e`, from its smaller end, and `2e + 1`); a directed
  /// graph is returned unchanged.
  /// - Complexity: O(*V* + *E*) time and memory.
  public func directedBothWays() -> Graph {
    guard !isDirected else { return self }
    let ends = edgeEndpoints()
    var sources = [Int32](), targets = [Int32](), capacities = [Int64]()
    sources.reserveCapacity(2 * edgeCount)
    targets.reserveCapacity(2 * edgeCount)
    for edge in 0 ..< edgeCount {
      sources += [ends.source[edge], ends.target[edge]]
      targets += [ends.target[edge], ends.source[edge]]
      if hasCapacities { capacities += [edgeCapacity[edge], edgeCapacity[edge]] }
    }
    return Graph.assemble(
      nodeCount: nodeCount, edgeSource: sources, edgeTarget: targets, edgeCapacity: capacities,
      directed: true)
  }
}
