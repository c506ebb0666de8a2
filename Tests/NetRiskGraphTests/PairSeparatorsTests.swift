import Testing
@testable import NetRiskGraph

@Suite struct PairSeparatorsTests {
  @Test func pathWithADetour() throws {
    // 0 - 1 - 2, with a second path 1 - 3 - 2, then 2 - 4
    let graph = try Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (1, 3), (3, 2), (2, 4)])
    #expect(graph.separators(between: 0, and: 4) == PairSeparators(nodes: [1, 2], edges: [0, 4]))
    #expect(graph.separators(between: 4, and: 0) == PairSeparators(nodes: [2, 1], edges: [4, 0]))
    #expect(graph.separators(between: 1, and: 2) == PairSeparators(nodes: [], edges: []))
    #expect(graph.separators(between: 3, and: 3) == PairSeparators(nodes: [], edges: []))
  }

  @Test func parallelSpansAreNoBridge() throws {
    let graph = try Graph(nodeCount: 3, edges: [(0, 1), (0, 1), (1, 2)])
    #expect(graph.separators(between: 0, and: 2) == PairSeparators(nodes: [1], edges: [2]))
  }

  @Test func disconnectedOrIsolatedGivesNil() throws {
    let graph = try Graph(nodeCount: 4, edges: [(0, 1), (2, 2)])
    #expect(graph.separators(between: 0, and: 2) == nil)
    #expect(graph.separators(between: 0, and: 3) == nil)
    #expect(graph.separators(between: 1, and: 0) == PairSeparators(nodes: [], edges: [0]))
  }

  /// Against removal: a node (not an end) or an edge separates exactly when
  /// removing it alone disconnects the pair; nodes come in order of their
  /// distance from the source.
  @Test func matchesRemovalOracleOnRandomGraphs() {
    for seed in propertySeeds.prefix(800) {
      var rng = SplitMix64(seed: seed)
      let graph = Graph.random(using: &rng)
      let source = Int(rng.next() % UInt64(graph.nodeCount)), target = Int(rng.next() % UInt64(graph.nodeCount))
      let all = NodeMask(all: graph.nodeCount)
      let connected = graph.reachableByEdgeScan(from: [source], alive: all).contains(target)
      let found = graph.separators(between: source, and: target)
      #expect((found != nil) == connected, "seed \(seed)")
      guard let found, source != target else { continue }
      let nodes = (0 ..< graph.nodeCount).filter { node in
        guard node != source && node != target else { return false }
        var alive = all
        alive.remove(node)
        return !graph.reachableByEdgeScan(from: [source], alive: alive).contains(target)
      }
      let edges = (0 ..< graph.edgeCount).filter { edge in
        !graph.removingEdge(edge).reachableByEdgeScan(from: [source], alive: all).contains(target)
      }
      #expect(found.nodes.sorted() == nodes, "seed \(seed)")
      #expect(found.edges.sorted() == edges, "seed \(seed)")
      let hops = graph.hopDistances(from: [source])
      #expect(found.nodes == found.nodes.sorted { hops[$0] < hops[$1] }, "seed \(seed)")
    }
  }
}
