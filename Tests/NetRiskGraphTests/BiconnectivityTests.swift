import Testing
@testable import NetRiskGraph

@Suite struct BiconnectivityTests {
  @Test func path() throws {
    let path = try Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3)])
    #expect(path.articulationPoints() == [1, 2])
    #expect(path.bridges() == [0, 1, 2])
    let blocks = path.biconnectedComponents()
    #expect(blocks.count == 3)
    #expect((0 ..< 3).map(blocks.nodeCount(in:)) == [2, 2, 2])
  }

  @Test func cycleHasNoCutVertexNorBridge() throws {
    let cycle = try Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 4), (4, 0)])
    #expect(cycle.articulationPoints().isEmpty)
    #expect(cycle.bridges().isEmpty)
    #expect(cycle.biconnectedComponents().count == 1)
    #expect(cycle.biconnectedComponents().nodes(in: 0) == [0, 1, 2, 3, 4])
  }

  @Test func twoTrianglesSharingANode() throws {
    let graph = try Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 0), (2, 3), (3, 4), (4, 2)])
    #expect(graph.articulationPoints() == [2])
    #expect(graph.bridges().isEmpty)
    let blocks = graph.biconnectedComponents()
    #expect(Set((0 ..< blocks.count).map(blocks.nodes(in:))) == [[0, 1, 2], [2, 3, 4]])
    let tree = graph.blockCutTree()
    #expect(tree.blockCount == 2 && tree.cutVertices == [2])
    #expect(tree.tree.edgeCount == 2)
    #expect(tree.treeNodeOf[2] == 2)
  }

  @Test func starCentreIsTheOnlyCutVertex() throws {
    let star = try Graph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4)])
    #expect(star.articulationPoints() == [0])
    #expect(star.bridges() == [0, 1, 2, 3])
    let tree = star.blockCutTree()
    #expect(tree.blockCount == 4 && tree.tree.edgeCount == 4)
  }

  @Test func parallelEdgesAndSelfLoops() throws {
    // 0 = 1 doubled, 1 - 2 single, self-loop at 2, isolated 3.
    let graph = try Graph(nodeCount: 4, edges: [(0, 1), (0, 1), (1, 2), (2, 2)])
    #expect(graph.bridges() == [2])
    #expect(graph.articulationPoints() == [1])
    let blocks = graph.biconnectedComponents()
    #expect(blocks.count == 2)
    #expect(blocks.blockOfEdge[0] == blocks.blockOfEdge[1])
    #expect(blocks.blockOfEdge[3] == -1)
    #expect(graph.blockCutTree().treeNodeOf[3] == -1)
  }

  @Test func millionNodePathDoesNotOverflowTheStack() throws {
    let n = 1_000_000
    let graph = try Graph(nodeCount: n, sources: Array(0 ..< n - 1), targets: Array(1 ..< n), capacities: nil, directed: false)
    #expect(graph.articulationPoints().count == n - 2)
    #expect(graph.bridges().count == n - 1)
    #expect(graph.biconnectedComponents().count == n - 1)
    let tree = graph.dominatorTree(from: 0)
    #expect(tree.dominators(of: 5) == [4, 3, 2, 1, 0])
    #expect(tree.dominatedNodeCount(1) == n - 1)
  }

  @Test func matchesRemovalOraclesOnRandomGraphs() {
    for seed in propertySeeds {
      var rng = SplitMix64(seed: seed)
      let graph = Graph.random(using: &rng)
      #expect(graph.articulationPoints() == graph.articulationPointsByRemoval(), "seed \(seed)")
      #expect(graph.bridges() == graph.bridgesByRemoval(), "seed \(seed)")
    }
  }

  @Test func blocksMatchTheCommonCycleRelationOnRandomGraphs() {
    for seed in propertySeeds.prefix(600) {
      var rng = SplitMix64(seed: seed)
      let graph = Graph.random(using: &rng, maxNodes: 8)
      let blocks = graph.biconnectedComponents()
      let ends = graph.edgeEndpoints()
      let edges = (0 ..< graph.edgeCount).filter { ends[$0].source != ends[$0].target }
      for e in edges {
        #expect(blocks.blockOfEdge[e] >= 0, "seed \(seed)")
        for f in edges where f > e {
          let same = blocks.blockOfEdge[e] == blocks.blockOfEdge[f]
          #expect(same == graph.shareSimpleCycle(e, f), "seed \(seed) edges \(e) \(f)")
        }
      }
      // A node is an articulation point exactly when it lies in two or more blocks.
      var blocksOfNode = [Set<Int>](repeating: [], count: graph.nodeCount)
      for block in 0 ..< blocks.count {
        for node in blocks.nodes(in: block) { blocksOfNode[node].insert(block) }
      }
      #expect(graph.articulationPoints() == (0 ..< graph.nodeCount).filter { blocksOfNode[$0].count >= 2 }, "seed \(seed)")
      // The block-cut tree is a forest: edges = tree nodes - components.
      let tree = graph.blockCutTree()
      #expect(tree.tree.edgeCount == tree.tree.nodeCount - tree.tree.connectedComponents().count, "seed \(seed)")
    }
  }

  @Test func inducedViewMatchesRemoval() {
    for seed in propertySeeds.prefix(500) {
      var rng = SplitMix64(seed: seed)
      let graph = Graph.random(using: &rng)
      let removed = Int(rng.next() % UInt64(graph.nodeCount))
      var kept: [Edge] = []
      for edge in graph.edgeList where edge.source != removed && edge.target != removed { kept.append(edge) }
      let copy = try! Graph(nodeCount: graph.nodeCount, edges: kept)
      let expected = copy.articulationPoints()
      #expect(graph.removing([removed]).articulationPoints() == expected, "seed \(seed)")
    }
  }
}
