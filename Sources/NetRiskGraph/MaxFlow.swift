// Maximum flow and minimum cut, with edge capacities or node capacities, and
// the vertex connectivity of two nodes.

/// A maximum flow between two nodes, and a minimum cut that certifies it.
public struct MaximumFlow: Sendable, Equatable {
  /// The flow value; `nil` when no finite cut separates the two nodes
  /// (only possible with unbounded capacities).
  public let value: Int64?
  /// Net flow on each edge in the direction of `edgeEndpoints()` (negative
  /// when an undirected edge carries flow from its larger end to its smaller).
  public let edgeFlow: [Int64]
  /// The source side of the minimum cut: nodes still reachable from the
  /// source in the residual graph.
  public let sourceSide: NodeMask
  /// The edges of the minimum cut, ascending: directed edges from the source
  /// side to the sink side, or undirected edges with one end on each side.
  public let cutEdges: [Int]
}

/// A maximum flow with node capacities, and the nodes and edges of a minimum cut.
public struct NodeCapacitatedFlow: Sendable, Equatable {
  /// The flow value; `nil` when no finite cut exists.
  public let value: Int64?
  /// Nodes whose capacity is saturated by the cut (their removal, with
  /// `cutEdges`, separates source from sink), ascending.
  public let cutNodes: [Int]
  /// Edges in the minimum cut, ascending (empty when edges are unbounded).
  public let cutEdges: [Int]
}

extension Graph {
  /// The maximum flow from `source` to `sink` with each edge's capacity (1
  /// when the graph has none), and a minimum cut.
  ///
  ///     let flow = graph.maximumFlow(from: s, to: t)
  ///     flow.value        // the cut capacity
  ///     flow.cutEdges     // the weakest set of edges
  ///
  /// An undirected edge carries flow either way up to its capacity. Parallel
  /// edges add up; self-loops carry nothing. `source == sink` gives 0 with an
  /// empty cut. Out-of-range nodes are a caller bug (precondition).
  /// Dinic, "Algorithm for solution of a problem of maximum flow in networks
  /// with power estimation" (1970).
  /// - Complexity: O(*V*² *E*) time, O(*E* · min(√*E*, *V*^⅔)) with unit
  ///   capacities (see `FlowNetwork.pushMaximumFlow`); O(*V* + *E*) memory.
  public func maximumFlow(from source: Int, to sink: Int) -> MaximumFlow {
    precondition(source >= 0 && source < nodeCount && sink >= 0 && sink < nodeCount, "node out of range")
    let ends = edgeEndpoints()
    var network = FlowNetwork(
      nodeCount: nodeCount, from: ends.source, to: ends.target,
      capacity: (0 ..< edgeCount).map { min(capacity(of: $0), FlowNetwork.unbounded) },
      twoWay: [Bool](repeating: !isDirected, count: edgeCount))
    let value = network.pushMaximumFlow(from: source, to: sink)
    let side = source == sink ? NodeMask(count: nodeCount, containing: [source]) : network.residualReach(from: source)
    var cut: [Int] = []
    if source != sink {
      for edge in 0 ..< edgeCount {
        let (u, v) = ends[edge]
        let crosses = isDirected
          ? side.contains(u) && !side.contains(v)
          : side.contains(u) != side.contains(v)
        if crosses { cut.append(edge) }
      }
    }
    return MaximumFlow(
      value: value >= FlowNetwork.unbounded ? nil : value,
      edgeFlow: (0 ..< edgeCount).map { network.flow(onEdge: $0) },
      sourceSide: side, cutEdges: cut)
  }

  /// The maximum flow from `source` to `sink` when each node `v` other than
  /// the two ends may carry at most `nodeCapacities[v]` (negative means
  /// unbounded), and a minimum cut of nodes and edges.
  ///
  /// Edges use their capacities when the graph has them and are unbounded
  /// otherwise, so on a graph without capacities and with unit node
  /// capacities the value is the number of node-disjoint paths. Each node is
  /// split into an inner arc `in -> out` holding its capacity.
  /// - Returns: `value == nil` when no finite cut exists (for example when
  ///   `source` and `sink` are joined by an unbounded edge).
  /// - Complexity: that of `maximumFlow` on 2*V* nodes and *V* + *E* edges.
  public func maximumFlow(from source: Int, to sink: Int, nodeCapacities: [Int64]) -> NodeCapacitatedFlow {
    precondition(nodeCapacities.count == nodeCount, "one capacity per node")
    precondition(source >= 0 && source < nodeCount && sink >= 0 && sink < nodeCount, "node out of range")
    if source == sink { return NodeCapacitatedFlow(value: 0, cutNodes: [], cutEdges: []) }
    let ends = edgeEndpoints()
    var from: [Int32] = [], to: [Int32] = [], capacity: [Int64] = [], twoWay: [Bool] = []
    from.reserveCapacity(nodeCount + edgeCount)
    for node in 0 ..< nodeCount {
      let bound = node == source || node == sink || nodeCapacities[node] < 0
      from.append(Int32(2 * node))
      to.append(Int32(2 * node + 1))
      capacity.append(bound ? FlowNetwork.unbounded : min(nodeCapacities[node], FlowNetwork.unbounded))
      twoWay.append(false)
    }
    for edge in 0 ..< edgeCount {
      let (u, v) = ends[edge]
      let edgeBound = hasCapacities ? min(edgeCapacity[edge], FlowNetwork.unbounded) : FlowNetwork.unbounded
      from.append(Int32(2 * u + 1))
      to.append(Int32(2 * v))
      capacity.append(edgeBound)
      twoWay.append(false)
      if !isDirected {
        from.append(Int32(2 * v + 1))
        to.append(Int32(2 * u))
        capacity.append(edgeBound)
        twoWay.append(false)
      }
    }
    var network = FlowNetwork(nodeCount: 2 * nodeCount, from: from, to: to, capacity: capacity, twoWay: twoWay)
    let value = network.pushMaximumFlow(from: 2 * source + 1, to: 2 * sink)
    guard value < FlowNetwork.unbounded else {
      return NodeCapacitatedFlow(value: nil, cutNodes: [], cutEdges: [])
    }
    let side = network.residualReach(from: 2 * source + 1)
    let cutNodes = (0 ..< nodeCount).filter { side.contains(2 * $0) && !side.contains(2 * $0 + 1) }
    var cutEdges: [Int] = []
    if hasCapacities {
      for edge in 0 ..< edgeCount {
        let (u, v) = ends[edge]
        let forward = side.contains(2 * u + 1) && !side.contains(2 * v)
        let backward = !isDirected && side.contains(2 * v + 1) && !side.contains(2 * u)
        if forward || backward { cutEdges.append(edge) }
      }
    }
    return NodeCapacitatedFlow(value: value, cutNodes: cutNodes, cutEdges: cutEdges)
  }

  /// The local vertex connectivity of `source` and `sink`: the fewest other
  /// nodes whose removal leaves no path between them, and one such set.
  ///
  /// By Menger's theorem this equals the number of internally node-disjoint
  /// paths. Edge capacities are ignored.
  /// - Returns: `nil` when the two nodes are adjacent or equal (no set of
  ///   other nodes separates them).
  /// - Complexity: O(*E* √*V*) time: the split network is a unit network in
  ///   Even and Tarjan's sense (each split node has one unit arc), so Dinic
  ///   needs O(√*V*) phases; O(*V* + *E*) memory.
  public func vertexConnectivity(between source: Int, and sink: Int) -> (count: Int, separator: [Int])? {
    let unit = withoutCapacities()
    let result = unit.maximumFlow(
      from: source, to: sink, nodeCapacities: [Int64](repeating: 1, count: nodeCount))
    guard let value = result.value, source != sink else { return nil }
    return (Int(value), result.cutNodes)
  }

  /// The same graph with capacities dropped (every edge capacity 1, or
  /// unbounded in node-capacitated flows).
  public func withoutCapacities() -> Graph {
    guard hasCapacities else { return self }
    return Graph(
      nodeCount: nodeCount, isDirected: isDirected, offsets: offsets, targets: targets,
      arcEdge: arcEdge, edgeCount: edgeCount, edgeCapacity: [])
  }
}
