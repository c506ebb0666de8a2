// The N-2 contingencies from one dominator tree per candidate, checked
// against removing every pair of candidates and searching again.
import Testing
@testable import NetRiskGraph

@Suite struct SeparatingPairsTests {
  /// Core 0; island 5 hangs on two cables 1 and 2 (a pair), country 6 on one
  /// cable 3 (a single point of failure, so in no pair), and 7 on three
  /// cables (no pair cuts it off).
  @Test func handMadeCase() throws {
    let edges = [(0, 1), (1, 5), (0, 2), (2, 5), (0, 3), (3, 6), (0, 8), (8, 7), (0, 9), (9, 7), (0, 10), (10, 7)]
    let graph = try Graph(nodeCount: 11, edges: edges)
    let pairs = graph.separatingPairs(from: 0, candidates: [1, 2, 3, 8, 9, 10], targets: [5, 6, 7])
    #expect(pairs == [SeparatingPair(first: 1, second: 2, separated: [5])])
    // Without cable 10, country 7 hangs on 8 and 9.
    let removed = graph.separatingPairs(from: 0, candidates: [1, 2, 3, 8, 9, 10], targets: [5, 6, 7], removed: [10])
    #expect(removed == [SeparatingPair(first: 1, second: 2, separated: [5]), SeparatingPair(first: 8, second: 9, separated: [7])])
    // A pair only counts between candidates.
    #expect(graph.separatingPairs(from: 0, candidates: [1, 3], targets: [5, 6, 7]).isEmpty)
  }

  /// A random graph with a root, about two thirds of its nodes as
  /// candidates and half as targets, and the generator to draw more.
  func randomCase(_ seed: UInt64) -> (graph: Graph, root: Int, candidates: [Int], targets: [Int], rng: SplitMix64) {
    var rng = SplitMix64(seed: seed)
    let graph = Graph.random(using: &rng, directed: seed % 3 == 0)
    let root = Int(rng.next() % UInt64(graph.nodeCount))
    let candidates = (0 ..< graph.nodeCount).filter { _ in rng.next() % 3 != 0 }
    let targets = (0 ..< graph.nodeCount).filter { _ in rng.next() % 2 == 0 }
    return (graph, root, candidates, targets, rng)
  }

  @Test func matchesRemovingEveryPairOnRandomGraphs() {
    for seed in propertySeeds.prefix(1_000) {
      let (graph, root, candidates, targets, drawn) = randomCase(seed)
      var rng = drawn
      let removed = (0 ..< graph.nodeCount).filter { $0 != root && rng.next() % 10 == 0 }
      let fast = graph.separatingPairs(from: root, candidates: candidates, targets: targets, removed: removed)
      #expect(fast == graph.separatingPairsByRemoval(from: root, candidates: candidates, targets: targets, removed: removed),
        "seed \(seed)")
    }
  }
}

extension SeparatingPairsTests {
  /// The slices of a sharded run are disjoint and add up to the whole, for
  /// several slice counts.
  @Test func slicesAddUpToTheWholeOnRandomGraphs() {
    for seed in propertySeeds.prefix(300) {
      let (graph, root, candidates, targets, _) = randomCase(seed)
      let whole = graph.separatingPairs(from: root, candidates: candidates, targets: targets)
      for count in 1 ... 4 {
        let slices = (0 ..< count).flatMap {
          graph.separatingPairs(from: root, candidates: candidates, targets: targets, slice: ($0, count))
        }
        #expect(slices.sorted { ($0.first, $0.second) < ($1.first, $1.second) } == whole, "seed \(seed), \(count) slices")
      }
    }
  }
}

extension Graph {
  /// Every pair of candidates removed together, each search by edge scan.
  func separatingPairsByRemoval(from root: Int, candidates: [Int], targets: [Int], removed: [Int]) -> [SeparatingPair] {
    var base = NodeMask(all: nodeCount)
    for node in removed { base.remove(node) }
    func reached(without nodes: [Int]) -> Set<Int> {
      var alive = base
      for node in nodes { alive.remove(node) }
      return alive.contains(root) ? reachableByEdgeScan(from: [root], alive: alive) : []
    }
    let before = reached(without: [])
    let nodes = Set(candidates).filter { $0 != root }.sorted()
    let alone = Dictionary(uniqueKeysWithValues: nodes.map { ($0, reached(without: [$0])) })
    var result: [SeparatingPair] = []
    for (index, first) in nodes.enumerated() {
      for second in nodes[(index + 1)...] {
        let both = reached(without: [first, second])
        let separated = Set(targets).filter {
          $0 != root && $0 != first && $0 != second && before.contains($0) && !both.contains($0)
            && (alone[first] ?? []).contains($0) && (alone[second] ?? []).contains($0)
        }
        if !separated.isEmpty { result.append(SeparatingPair(first: first, second: second, separated: separated.sorted())) }
      }
    }
    return result
  }
}
