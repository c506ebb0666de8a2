// The worst-case attacker against enumeration of every node set within the
// budget, and on hand-made cases.
import Testing
@testable import NetRiskGraph

@Suite struct WorstCaseSeparationTests {
  /// Core 0. Island 5 (weight 10) hangs on cables 1 and 2; island 6 (weight
  /// 4) on cable 3; island 7 (weight 3) on cable 4.
  @Test func handMadeCase() throws {
    let graph = try Graph(nodeCount: 8, edges: [(0, 1), (1, 5), (0, 2), (2, 5), (0, 3), (3, 6), (0, 4), (4, 7)])
    let attack = { (budget: Int) in
      graph.worstCaseSeparation(from: 0, candidates: [1, 2, 3, 4], targets: [5, 6, 7], weights: [10, 4, 3], budget: budget)
    }
    #expect(attack(1) == WorstCaseSeparation(removed: [3], separated: [6], weight: 4, isExact: true, upperBound: 7))
    // Two: the pair that holds the heavy island beats the two single cables (7).
    #expect(attack(2) == WorstCaseSeparation(removed: [1, 2], separated: [5], weight: 10, isExact: true, upperBound: 17))
    let three = attack(3)
    #expect(three.removed == [1, 2, 3] && three.weight == 14 && !three.isExact && three.upperBound == 17)
    #expect(attack(4).weight == 17 && attack(0).weight == 0)
    // With the heavy island lighter than the two others together, two
    // single cables beat the pair.
    let lighter = graph.worstCaseSeparation(from: 0, candidates: [1, 2, 3, 4], targets: [5, 6, 7], weights: [6, 4, 3], budget: 2)
    #expect(lighter.removed == [3, 4] && lighter.weight == 7 && lighter.upperBound == 13)
  }

  @Test func matchesEnumerationWithinItsGuarantees() {
    var nonTrivial = 0
    for seed in propertySeeds.prefix(400) {
      var rng = SplitMix64(seed: seed)
      // Half the graphs from the shared generator, half connected and
      // sparse (a random tree plus a few edges), where cuts are common.
      let graph = seed % 2 == 0 ? Graph.random(using: &rng, maxNodes: 10, directed: seed % 4 == 0) : Graph.sparseConnected(using: &rng)
      let root = seed % 2 == 0 ? Int(rng.next() % UInt64(graph.nodeCount)) : 0
      let candidates = (0 ..< graph.nodeCount).filter { _ in rng.next() % 5 != 0 }
      let targets = (0 ..< graph.nodeCount).filter { _ in rng.next() % 2 == 0 }
      let weights = targets.map { _ in Int(rng.next() % 10) + 1 }
      let budget = Int(rng.next() % 4)
      let attack = graph.worstCaseSeparation(from: root, candidates: candidates, targets: targets, weights: weights, budget: budget)
      let weightOf = Dictionary(zip(targets, weights), uniquingKeysWith: +)
      // The reported set cuts off exactly what it says.
      #expect(attack.removed.count <= budget && Set(attack.removed).count == attack.removed.count, "seed \(seed)")
      #expect(graph.separatedByRemoving(attack.removed, from: root, targets: targets) == Set(attack.separated), "seed \(seed)")
      #expect(attack.weight == attack.separated.reduce(0) { $0 + (weightOf[$1] ?? 0) }, "seed \(seed)")
      let optimum = graph.bestSeparationByEnumeration(from: root, candidates: candidates, weightOf: weightOf, budget: budget)
      if optimum > 0 { nonTrivial += 1 }
      if budget <= 2 {
        #expect(attack.isExact && attack.weight == optimum, "seed \(seed): \(attack.weight) vs \(optimum)")
      } else {
        #expect(!attack.isExact && attack.weight <= optimum, "seed \(seed)")
      }
      #expect(optimum <= attack.upperBound, "seed \(seed): optimum \(optimum) above bound \(attack.upperBound)")
    }
    #expect(nonTrivial > 100, "too few cases where anything can be cut off: \(nonTrivial)")
  }
}

extension Graph {
  /// A connected undirected graph of 4 to 11 nodes: a random tree plus up to
  /// n/4 random edges.
  static func sparseConnected(using rng: inout SplitMix64) -> Graph {
    let nodes = Int(rng.next() % 8) + 4
    var edges = (1 ..< nodes).map { ($0, Int(rng.next() % UInt64($0))) }
    for _ in 0 ..< Int(rng.next() % UInt64(nodes / 4 + 1)) {
      edges.append((Int(rng.next() % UInt64(nodes)), Int(rng.next() % UInt64(nodes))))
    }
    guard let graph = try? Graph(nodeCount: nodes, edges: edges) else { preconditionFailure("invalid generated edge list") }
    return graph
  }

  /// Targets reachable from `root` before and not after removing `nodes`,
  /// and not removed themselves, by edge scan.
  func separatedByRemoving(_ nodes: [Int], from root: Int, targets: [Int]) -> Set<Int> {
    var alive = NodeMask(all: nodeCount)
    for node in nodes { alive.remove(node) }
    let before = reachableByEdgeScan(from: [root], alive: NodeMask(all: nodeCount))
    let after = alive.contains(root) ? reachableByEdgeScan(from: [root], alive: alive) : []
    return Set(targets.filter { $0 != root && before.contains($0) && !after.contains($0) && alive.contains($0) })
  }

  /// The most target weight any set of at most `budget` candidates cuts off.
  func bestSeparationByEnumeration(from root: Int, candidates: [Int], weightOf: [Int: Int], budget: Int) -> Int {
    let nodes = Set(candidates).subtracting([root]).sorted()
    var best = 0
    func search(from start: Int, chosen: [Int]) {
      let value = separatedByRemoving(chosen, from: root, targets: Array(weightOf.keys)).reduce(0) { $0 + (weightOf[$1] ?? 0) }
      best = max(best, value)
      guard chosen.count < budget else { return }
      for index in start ..< nodes.count { search(from: index + 1, chosen: chosen + [nodes[index]]) }
    }
    search(from: 0, chosen: [])
    return best
  }
}
