import Testing
@testable import NetRiskGraph

@Suite struct ReachabilityTests {
  @Test func pathAndStarComponents() throws {
    let path = try Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)])
    #expect(path.connectedComponents().count == 1)
    #expect(path.hopDistances(from: [0]) == [0, 1, 2, 3, 4])
    let forest = try Graph(nodeCount: 6, edges: [(0, 1), (0, 2), (4, 5)])
    let labels = forest.connectedComponents()
    #expect(labels.count == 3)
    #expect(labels.componentOf == [0, 0, 0, 1, 2, 2])
    #expect(labels.sizes == [3, 1, 2])
  }

  @Test func directedReachabilityFollowsArcs() throws {
    let graph = try Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (3, 2)], directed: true)
    #expect(graph.reachable(from: [0]).members == [0, 1, 2])
    #expect(graph.reachable(from: [2]).members == [2])
  }

  @Test func inducedViewSkipsDeadNodesWithoutCopying() throws {
    let path = try Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4)])
    let cut = path.removing([2])
    #expect(cut.reachable(from: [0]).members == [0, 1])
    #expect(cut.connectedComponents().count == 2)
    #expect(cut.connectedComponents().componentOf[2] == -1)
    #expect(path.removing([0]).reachable(from: [0]).population == 0)
  }

  @Test func reachabilityMatchesEdgeScanOnRandomGraphs() {
    for seed in propertySeeds {
      var rng = SplitMix64(seed: seed)
      let graph = Graph.random(using: &rng, directed: seed % 2 == 1)
      var alive = NodeMask(all: graph.nodeCount)
      for node in 0 ..< graph.nodeCount where rng.next() % 4 == 0 { alive.remove(node) }
      let sources = [Int(rng.next() % UInt64(graph.nodeCount))]
      let fast = Set(graph.induced(by: alive).reachable(from: sources).members)
      #expect(fast == graph.reachableByEdgeScan(from: sources, alive: alive), "seed \(seed)")
      if !graph.isDirected {
        #expect(graph.induced(by: alive).connectedComponents().count == graph.componentCountByUnionFind(alive: alive), "seed \(seed)")
      }
    }
  }
}
