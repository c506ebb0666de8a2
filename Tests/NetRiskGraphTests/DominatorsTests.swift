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

  /// Every answer of `tree` for a graph of `nodeCount` nodes, against
  /// expected immediate dominators (`nil` for unreachable, the root for itself).
  func mismatches(_ tree: DominatorTree, expected idom: [Int?], root: Int) -> [String] {
    var problems: [String] = []
    func chain(_ node: Int) -> [Int] {
      guard idom[node] != nil, node != root else { return [] }
      var result: [Int] = []
      var current = node
      while current != root {
        current = idom[current]!
        result.append(current)
      }
      return result
    }
    let chains = idom.indices.map(chain)
    for node in idom.indices {
      let want: Dominator = idom[node] == nil ? .unreachable : node == root ? .root : .node(idom[node]!)
      if tree.immediateDominator(of: node) != want { problems.append("idom(\(node)) \(tree.immediateDominator(of: node)) != \(want)") }
      if tree.dominators(of: node) != chains[node] { problems.append("dominators(of: \(node)) \(tree.dominators(of: node)) != \(chains[node])") }
      let depth = idom[node] == nil ? -1 : chains[node].count
      if tree.strictDominatorCount(of: node) != depth { problems.append("depth(\(node))") }
      let below = idom[node] == nil ? 0 : 1 + chains.filter { $0.contains(node) }.count
      if tree.dominatedNodeCount(node) != below { problems.append("dominatedNodeCount(\(node)) \(tree.dominatedNodeCount(node)) != \(below)") }
      if tree.isReachable(node) != (idom[node] != nil) { problems.append("isReachable(\(node))") }
      for other in idom.indices {
        let want = idom[node] != nil && idom[other] != nil && (other == node || chains[node].contains(other))
        if tree.dominates(other, node) != want { problems.append("dominates(\(other), \(node)) != \(want)") }
      }
    }
    if tree.reachableCount != idom.filter({ $0 != nil }).count { problems.append("reachableCount") }
    return problems
  }

  @Test func diamond() throws {
    // 0 -> 1 -> 3, 0 -> 2 -> 3: neither branch dominates the join.
    let graph = try Graph(nodeCount: 4, edges: [(0, 1), (0, 2), (1, 3), (2, 3)], directed: true)
    #expect(mismatches(graph.dominatorTree(from: 0), expected: [0, 0, 0, 0], root: 0).isEmpty)
  }

  @Test func loop() throws {
    // 0 -> 1 -> 2 -> 3 -> 1 (a loop entered at 1), 3 -> 4, and 2 -> 2.
    let graph = try Graph(nodeCount: 5, edges: [(0, 1), (1, 2), (2, 3), (3, 1), (3, 4), (2, 2)], directed: true)
    let tree = graph.dominatorTree(from: 0)
    #expect(mismatches(tree, expected: [0, 0, 1, 2, 3], root: 0).isEmpty)
    #expect(tree.dominators(of: 4) == [3, 2, 1, 0] && tree.dominatedNodeCount(1) == 4)
  }

  @Test func unreachablePart() throws {
    // Root 3 reaches 4 and 1; 0 and 2 form a cycle that points into it but is never reached.
    let graph = try Graph(nodeCount: 5, edges: [(3, 4), (4, 1), (3, 1), (0, 2), (2, 0), (2, 1), (0, 4)], directed: true)
    let tree = graph.dominatorTree(from: 3)
    #expect(mismatches(tree, expected: [nil, 3, nil, 3, 3], root: 3).isEmpty)
    #expect(!tree.dominates(0, 1) && !tree.dominates(3, 2) && tree.reachableCount == 3)
  }

  @Test func rootAlone() throws {
    let graph = try Graph(nodeCount: 3, edges: [(1, 0), (1, 2), (0, 0)], directed: true)
    let tree = graph.dominatorTree(from: 0)
    #expect(mismatches(tree, expected: [0, nil, nil], root: 0).isEmpty)
    #expect(tree.dominatedNodeCount(0) == 1 && tree.reachableCount == 1)
  }

  /// A path of 200,000 nodes, every node also pointing back at node 1:
  /// deep enough to overflow any recursion in a debug build, and the first
  /// back arc evaluated makes the link-eval forest compress the whole path.
  @Test func deepPathWithBackArcs() throws {
    let count = 200_000
    var edges: [(Int, Int)] = []
    for node in 0 ..< count - 1 { edges += [(node, node + 1), (node + 1, 1)] }
    edges.append((0, count - 1))  // a shortcut: the last node is dominated by the root alone
    let graph = try Graph(nodeCount: count, edges: edges, directed: true)
    let tree = graph.dominatorTree(from: 0)
    #expect(tree.immediateDominator(of: count - 1) == .node(0))
    #expect(tree.immediateDominator(of: count - 2) == .node(count - 3))
    #expect(tree.strictDominatorCount(of: count - 2) == count - 2)
    #expect(tree.dominatedNodeCount(1) == count - 2 && tree.dominates(1, count - 2) && !tree.dominates(1, count - 1))
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

  /// Against Cooper, Harvey and Kennedy's data-flow algorithm on 4,000
  /// random graphs: mostly directed, up to 40 nodes (one in ten up to 150),
  /// some with a few nodes removed through an induced view.
  @Test func matchesDataFlowOracleOnRandomGraphs() {
    for seed in UInt64(0) ..< 4_000 {
      var rng = SplitMix64(seed: 0xD0D0 &+ seed)
      let graph = Graph.random(using: &rng, maxNodes: seed % 10 == 0 ? 150 : 40, directed: seed % 4 != 0)
      let root = Int(rng.next() % UInt64(graph.nodeCount))
      var alive = NodeMask(all: graph.nodeCount)
      if seed % 3 == 0 {
        for _ in 0 ..< 1 + Int(rng.next() % 3) { alive.remove(Int(rng.next() % UInt64(graph.nodeCount))) }
      }
      let tree = seed % 3 == 0 ? graph.induced(by: alive).dominatorTree(from: root) : graph.dominatorTree(from: root)
      let expected = graph.immediateDominatorsByDataFlow(from: root, alive: alive)
      let problems = mismatches(tree, expected: expected, root: root)
      #expect(problems.isEmpty, "seed \(seed): \(problems.prefix(5))")
    }
  }
}
