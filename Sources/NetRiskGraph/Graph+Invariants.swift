// Structural checks of a graph, compiled in only with NETRISK_INTERNAL_CHECKS
// (debug builds and tests), so release builds pay nothing.

extension Graph {
  /// Checks the CSR invariants: offsets ascend from 0 to `arcCount`, every
  /// target is a node, every arc's edge id is an edge whose endpoints match
  /// the arc, and every edge has the right number of arcs. A violation is a
  /// bug in netrisk, not in input data (precondition).
  public func checkInvariants() {
    #if NETRISK_INTERNAL_CHECKS
    precondition(offsets.count == nodeCount + 1 && offsets.first == 0, "offsets length or start")
    precondition(Int(offsets[nodeCount]) == arcCount, "offsets end")
    precondition(arcCount == (isDirected ? edgeCount : 2 * edgeCount), "arc count")
    let ends = edgeEndpoints()
    var arcsPerEdge = [Int](repeating: 0, count: edgeCount)
    for node in 0 ..< nodeCount {
      precondition(offsets[node] <= offsets[node + 1], "offsets ascend")
      for arc in arcs(of: node) {
        let edge = Int(arcEdge[arc]), target = Int(targets[arc])
        precondition(edge >= 0 && edge < edgeCount && target >= 0 && target < nodeCount, "arc range")
        let (u, v) = ends[edge]
        precondition((u == node && v == target) || (!isDirected && v == node && u == target), "arc endpoints")
        arcsPerEdge[edge] += 1
      }
    }
    precondition(arcsPerEdge.allSatisfy { $0 == (isDirected ? 1 : 2) }, "arcs per edge")
    precondition(edgeCapacity.isEmpty || edgeCapacity.count == edgeCount, "capacities per edge")
    #endif
  }
}
