import Testing
@testable import NetRiskGraph

@Suite struct DominatorsTests {
  /// The classic flowgraph of Lengauer and Tarjan's paper (Fig. 1), with
  /// nodes R A B C D E F G H I J K L numbered 0...12.
  @Test func lengauerTarjanPaperExample() throws {
    let arcs = [
      (0, 1), (0, 2), (0, 3), (1, 4), (2, 1), (2, 4), (2, 5), (3, 6), (3, 7), (4, 12), (5, 8),
      (6, 9), (7, 9), (7, 10), (8, 5), (8, 11), (9, 11), (10, 9), (11, 0), (11, 9), (12, 8),
    ]
    let graph = try Graph(nodeCount: 13, edges: arcs, directed: true)
    let tree = graph.dominatorTree(from: 0)
    let expected: [Dominator] = [
      .root, .node(0), .node(0), .node(0), .node(0), .node(0), .node(3), .node(3), .node(0),
      .node(0), .node(7), .node(0), .node(4),
    ]
    #expect((0 ..< 13).map(tree.immediateDominator(of:)) == expected)
  }

  @Test func unreachableAndRootHaveDistinctMarkers() throws {
    let graph = try Graph(nodeCount: 3, edges: [(0, 1)], directed: true)
    let tree = graph.dominatorTree(from: 0)
    #expect(tree.immediateDominator(of: 0) == .root)
    #expect(tree.immediateDominator(of: 1) == .node(0))
    #expect(tree.immediateDominator(of: 2) == .unreachable)
    #expect(tree.dominators(of: 2).isEmpty && tree.dominatedNodeCount(2) == 0)
    #expect(tree.reachableCount == 2)
  }

  @Test func undirectedDominatorsAreSeparators() throws {
    // core 0 - cable 1 - island 2; core 0 - 3 - 4 - 0 loop to 5.
    let graph = try Graph(nodeCount: 6, edges: [(0, 1), (1, 2), (0, 3), (3, 5), (0, 4), (4, 5)])
    let tree = graph.dominatorTree(from: 0)
    #expect(tree.dominators(of: 2) == [1, 0])
    #expect(tree.dominators(of: 5) == [0])
    #expect(tree.dominates(1, 2) && !tree.dominates(3, 5))
    #expect(tree.dominatedNodeCount(1) == 2)
  }

  @Test func selfLoopsAndParallelArcsChangeNothing() throws {
    let plain = try Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (0, 3), (3, 2)], directed: true)
    let noisy = try Graph(nodeCount: 4, edges: [(0, 1), (1, 1), (1, 2), (1, 2), (0, 3), (3, 2), (2, 2)], directed: true)
    for node in 0 ..< 4 {
      #expect(plain.dominatorTree(from: 0).immediateDominator(of: node) == noisy.dominatorTree(from: 0).immediateDominator(of: node))
    }
  }

  @Test func matchesRemovalOracleOnRandomGraphs() {
    for seed in propertySeeds {
      var rng = SplitMix64(seed: seed)
      let graph = Graph.random(using: &rng, directed: seed % 3 != 0)
      let root = Int(rng.next() % UInt64(graph.nodeCount))
      let tree = graph.dominatorTree(from: root)
      let oracle = graph.dominatorSetsByRemoval(from: root)
      for node in 0 ..< graph.nodeCount {
        if node == root {
          #expect(tree.immediateDominator(of: node) == .root && tree.strictDominatorCount(of: node) == 0, "seed \(seed)")
        } else if let expected = oracle[node] {
          #expect(Set(tree.dominators(of: node)) == expected, "seed \(seed) node \(node)")
          #expect(tree.strictDominatorCount(of: node) == expected.count, "seed \(seed) node \(node)")
          #expect(tree.dominatedNodeCount(node) == oracle.indices.filter { oracle[$0]?.contains(node) ?? false }.count + 1, "seed \(seed)")
        } else {
          #expect(tree.immediateDominator(of: node) == .unreachable, "seed \(seed) node \(node)")
          #expect(tree.strictDominatorCount(of: node) == -1, "seed \(seed) node \(node)")
        }
        for other in 0 ..< graph.nodeCount where other != node {
          let expected = other == root ? oracle[node] != nil : oracle[node]?.contains(other) ?? false
          #expect(tree.dominates(other, node) == expected || node == root, "seed \(seed) \(other) dom \(node)")
        }
      }
    }
  }

  @Test func inducedViewMatchesRemovalOracle() {
    for seed in propertySeeds.prefix(500) {
      var rng = SplitMix64(seed: seed)
      let graph = Graph.random(using: &rng, directed: true)
      guard graph.nodeCount > 1 else { continue }
      let dead = 1 + Int(rng.next() % UInt64(graph.nodeCount - 1))
      let view = graph.removing([dead])
      let tree = view.dominatorTree(from: 0)
      #expect(tree.immediateDominator(of: dead) == .unreachable, "seed \(seed)")
      let copy = try! Graph(
        nodeCount: graph.nodeCount,
        edges: graph.edgeList.filter { $0.source != dead && $0.target != dead }, directed: true)
      let expected = copy.dominatorTree(from: 0)
      for node in 0 ..< graph.nodeCount {
        #expect(tree.immediateDominator(of: node) == expected.immediateDominator(of: node), "seed \(seed)")
      }
    }
  }
}
