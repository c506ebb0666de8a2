// "The graph without these nodes", at the cost of a bit set, not a copy.

/// A graph restricted to the nodes of an alive mask: the subgraph induced by
/// those nodes. Dead nodes and every arc touching them are skipped by the
/// algorithms that take an `InducedGraph`; node and edge ids stay those of
/// the base graph.
///
///     let withoutHub = graph.removing([hub])
///     withoutHub.reachable(from: [core])
///
/// - Complexity: O(*V* / 64) memory for the mask; the base graph is shared.
public struct InducedGraph: Sendable {
  public let base: Graph
  public let alive: NodeMask

  public init(base: Graph, alive: NodeMask) {
    precondition(alive.count == base.nodeCount, "mask covers \(alive.count) nodes, graph has \(base.nodeCount)")
    self.base = base
    self.alive = alive
  }
}

extension Graph {
  /// The subgraph induced by the nodes in `alive`.
  public func induced(by alive: NodeMask) -> InducedGraph {
    InducedGraph(base: self, alive: alive)
  }

  /// The subgraph without `nodes`.
  public func removing(_ nodes: some Sequence<Int>) -> InducedGraph {
    var alive = NodeMask(all: nodeCount)
    for node in nodes { alive.remove(node) }
    return InducedGraph(base: self, alive: alive)
  }
}
