import Testing
@testable import NetRiskGraph

@Suite struct BetweennessTests {
  @Test func pathAndStar() throws {
    #expect(try Graph(nodeCount: 3, edges: [(0, 1), (1, 2)]).betweenness() == [0, 1, 0])
    // Star with 4 leaves: the centre is on all C(4,2) = 6 leaf pairs.
    #expect(try Graph(nodeCount: 5, edges: [(0, 1), (0, 2), (0, 3), (0, 4)]).betweenness() == [6, 0, 0, 0, 0])
    // A 4-cycle: each node carries half of one opposite pair.
    #expect(try Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3), (3, 0)]).betweenness() == [0.5, 0.5, 0.5, 0.5])
  }

  @Test func matchesPairCountingOnRandomGraphs() {
    for seed in propertySeeds.prefix(800) {
      var rng = SplitMix64(seed: seed)
      let graph = Graph.random(using: &rng, maxNodes: 9, directed: seed % 2 == 0)
      let fast = graph.betweenness(), slow = graph.betweennessByPairCounting()
      for node in 0 ..< graph.nodeCount {
        #expect(abs(fast[node] - slow[node]) < 1e-9, "seed \(seed) node \(node): \(fast[node]) vs \(slow[node])")
      }
    }
  }

  @Test func samplingAllSourcesIsExactAndSamplingIsSeeded() throws {
    var rng = SplitMix64(seed: 7)
    let graph = Graph.random(using: &rng, maxNodes: 12)
    let a = graph.betweenness(sampleSources: max(graph.nodeCount / 2, 1), seed: 3)
    let b = graph.betweenness(sampleSources: max(graph.nodeCount / 2, 1), seed: 3)
    #expect(a == b)
    #expect(graph.betweenness(sampleSources: graph.nodeCount) == graph.betweenness())
  }
}
