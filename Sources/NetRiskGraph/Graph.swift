// The graph every netrisk algorithm runs on: a few flat arrays in CSR form.

/// An immutable graph in compressed sparse row (CSR) form.
///
/// Nodes are `0 ..< nodeCount`; edges are `0 ..< edgeCount`. The arcs leaving
/// node `v` are `offsets[v] ..< offsets[v + 1]`; arc `a` goes to `targets[a]`
/// and belongs to edge `arcEdge[a]`. A directed edge is one arc; an undirected
/// edge is two arcs with the same edge id (a self-loop in an undirected graph
/// is two arcs too, both at its node). Because every arc carries its edge id,
/// parallel edges stay distinct: two cables between the same landing points
/// are two edges, each with its own capacity.
///
///     let g = Graph(nodeCount: 3, edges: [(0, 1), (1, 2)])
///     g.neighbors(of: 1)   // [0, 2]
///
/// Arcs of a node are stored in the order their edges were given, so every
/// traversal is deterministic.
///
/// Edge endpoints are not stored (they are derivable from the arcs in
/// O(*V* + *E*) by `edgeEndpoints()`), which keeps a 1M-node, 5M-edge
/// undirected graph at 84 MB.
///
/// - Complexity: O(*V* + *E*) memory: 4 bytes per node and 8 bytes per arc,
///   plus 8 bytes per edge when it has a capacity.
public struct Graph: Sendable {
  /// Number of nodes.
  public let nodeCount: Int
  /// Number of edges (an undirected edge counts once).
  public let edgeCount: Int
  /// Whether edges are one-way arcs.
  public let isDirected: Bool
  /// `offsets[v] ..< offsets[v + 1]` are the arcs leaving `v`; `nodeCount + 1` entries.
  @usableFromInline let offsets: [Int32]
  /// The node each arc goes to.
  @usableFromInline let targets: [Int32]
  /// The edge each arc belongs to.
  @usableFromInline let arcEdge: [Int32]
  /// The capacity of each edge, or empty when the graph has none.
  @usableFromInline let edgeCapacity: [Int64]

  @usableFromInline
  init(
    nodeCount: Int, isDirected: Bool, offsets: [Int32], targets: [Int32], arcEdge: [Int32],
    edgeCount: Int, edgeCapacity: [Int64]
  ) {
    self.nodeCount = nodeCount
    self.edgeCount = edgeCount
    self.isDirected = isDirected
    self.offsets = offsets
    self.targets = targets
    self.arcEdge = arcEdge
    self.edgeCapacity = edgeCapacity
  }

  /// Number of arcs: `edgeCount` when directed, `2 · edgeCount` when undirected.
  @inlinable public var arcCount: Int { targets.count }

  /// Whether edges carry capacities.
  @inlinable public var hasCapacities: Bool { !edgeCapacity.isEmpty }

  /// The arcs leaving `node`, as positions into `arcTarget(_:)` and `arcEdgeID(_:)`.
  @inlinable public func arcs(of node: Int) -> Range<Int> {
    Int(offsets[node]) ..< Int(offsets[node + 1])
  }

  /// Number of arcs leaving `node` (its out-degree; its degree when undirected,
  /// where a self-loop counts twice).
  @inlinable public func degree(of node: Int) -> Int {
    Int(offsets[node + 1] - offsets[node])
  }

  /// The node that arc `arc` goes to.
  @inlinable public func arcTarget(_ arc: Int) -> Int { Int(targets[arc]) }

  /// The edge that arc `arc` belongs to.
  @inlinable public func arcEdgeID(_ arc: Int) -> Int { Int(arcEdge[arc]) }

  /// The nodes reached by the arcs leaving `node`, in arc order (with repeats
  /// for parallel edges).
  public func neighbors(of node: Int) -> [Int] {
    arcs(of: node).map { Int(targets[$0]) }
  }

  /// The capacity of edge `edge`; 1 when the graph has no capacities.
  @inlinable public func capacity(of edge: Int) -> Int64 {
    edgeCapacity.isEmpty ? 1 : edgeCapacity[edge]
  }

  /// The endpoints of every edge: `source -> target` for a directed edge; for
  /// an undirected edge the smaller node id first.
  /// - Complexity: O(*V* + *E*) time, 8 bytes per edge.
  public func edgeEndpoints() -> EdgeEndpoints {
    var source = [Int32](repeating: -1, count: edgeCount)
    var target = [Int32](repeating: -1, count: edgeCount)
    for node in 0 ..< nodeCount {
      for arc in Int(offsets[node]) ..< Int(offsets[node + 1]) {
        let edge = Int(arcEdge[arc])
        if source[edge] < 0 {  // nodes ascend, so an undirected edge is met first at its smaller end
          source[edge] = Int32(node)
          target[edge] = targets[arc]
        }
      }
    }
    return EdgeEndpoints(source: source, target: target)
  }
}

/// The two ends of every edge of a graph, indexed by edge id.
public struct EdgeEndpoints: Sendable, Equatable {
  public let source: [Int32]
  public let target: [Int32]

  /// The ends of edge `edge`.
  @inlinable public subscript(edge: Int) -> (source: Int, target: Int) {
    (Int(source[edge]), Int(target[edge]))
  }
}
