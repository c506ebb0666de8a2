import Testing
@testable import NetRiskGraph

@Suite struct GraphTests {
  @Test func undirectedEdgesBecomeTwoArcsWithOneEdgeID() throws {
    let graph = try Graph(nodeCount: 3, edges: [(0, 1), (1, 2), (1, 2)])
    graph.checkInvariants()
    #expect(graph.edgeCount == 3 && graph.arcCount == 6)
    #expect(graph.neighbors(of: 1) == [0, 2, 2])
    #expect(graph.arcs(of: 1).map(graph.arcEdgeID) == [0, 1, 2])
    #expect(graph.degree(of: 2) == 2)
  }

  @Test func directedGraphAndItsReverse() throws {
    let graph = try Graph(nodeCount: 3, edges: [Edge(0, 1, capacity: 5), Edge(2, 1, capacity: 7)], directed: true)
    let reverse = graph.reversed()
    reverse.checkInvariants()
    #expect(graph.neighbors(of: 1).isEmpty)
    #expect(reverse.neighbors(of: 1) == [0, 2])
    #expect(reverse.capacity(of: 1) == 7)
    #expect(reverse.edgeEndpoints()[1] == (1, 2))
  }

  @Test func selfLoopInUndirectedGraphIsTwoArcsAtItsNode() throws {
    let graph = try Graph(nodeCount: 2, edges: [(0, 0), (0, 1)])
    graph.checkInvariants()
    #expect(graph.neighbors(of: 0) == [0, 0, 1])
  }

  @Test func emptyGraph() throws {
    let graph = try Graph(nodeCount: 0, edges: [Edge]())
    graph.checkInvariants()
    #expect(graph.connectedComponents().count == 0)
    #expect(graph.articulationPoints().isEmpty)
    #expect(graph.bridges().isEmpty)
    #expect(graph.biconnectedComponents().count == 0)
    #expect(graph.betweenness().isEmpty)
    #expect(graph.reachable(from: []).population == 0)
  }

  @Test func badEdgeListsAreRejectedWithTheEdgeNamed() {
    #expect(throws: GraphBuildError.nodeOutOfRange(edge: 1, node: 3, nodeCount: 3)) {
      try Graph(nodeCount: 3, edges: [(0, 1), (1, 3)])
    }
    #expect(throws: GraphBuildError.nodeOutOfRange(edge: 0, node: -1, nodeCount: 3)) {
      try Graph(nodeCount: 3, edges: [(-1, 1)])
    }
    #expect(throws: GraphBuildError.negativeCapacity(edge: 0, capacity: -2)) {
      try Graph(nodeCount: 2, edges: [Edge(0, 1, capacity: -2)])
    }
  }

  @Test func directedBothWaysHasTwoArcsPerEdge() throws {
    let graph = try Graph(nodeCount: 3, edges: [Edge(0, 1, capacity: 4), Edge(1, 2, capacity: 9)])
    let both = graph.directedBothWays()
    both.checkInvariants()
    #expect(both.isDirected && both.edgeCount == 4)
    #expect(both.neighbors(of: 1) == [0, 2])
    #expect(both.capacity(of: 3) == 9)
  }

  @Test func randomGraphsKeepTheirInvariantsUnderReversal() {
    for seed in propertySeeds.prefix(300) {
      var rng = SplitMix64(seed: seed)
      let graph = Graph.random(using: &rng, directed: seed % 2 == 0)
      graph.reversed().checkInvariants()
      graph.directedBothWays().checkInvariants()
      #expect(graph.reversed().reversed().edgeList == graph.edgeList, "seed \(seed)")
    }
  }

  @Test func nodeMaskBasics() {
    var mask = NodeMask(all: 70)
    #expect(mask.population == 70)
    mask.remove(64)
    mask.remove(3)
    #expect(!mask.contains(64) && mask.contains(65))
    #expect(mask.complement.members == [3, 64])
    #expect(NodeMask(count: 5, containing: [4, 1]).members == [1, 4])
  }

  @Test func splitMixStreamsAreReproducibleAndDistinct() {
    var a = SplitMix64.stream(3, of: 42), b = SplitMix64.stream(3, of: 42), c = SplitMix64.stream(4, of: 42)
    let first = a.next()
    #expect(first == b.next())
    #expect(first != c.next())
    var unit = SplitMix64(seed: 1)
    for _ in 0 ..< 1000 {
      let x = unit.nextUnitDouble()
      #expect(x >= 0 && x < 1)
    }
  }
}
