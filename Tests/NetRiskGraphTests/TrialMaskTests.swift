import Testing
@testable import NetRiskGraph

@Suite struct TrialMaskTests {
  @Test func allAliveMeansPlainReachabilityInEveryTrial() throws {
    let graph = try Graph(nodeCount: 4, edges: [(0, 1), (1, 2)])
    let reach = graph.reachableTrials(from: [0], alive: TrialMasks(allAlive: 4, wordsPerNode: 1))
    #expect(reach[2, 0] == ~0)
    #expect(reach[3, 0] == 0)
  }

  @Test func deadSourceReachesNothingInThatTrial() throws {
    let graph = try Graph(nodeCount: 2, edges: [(0, 1)])
    var alive = TrialMasks(allAlive: 2, wordsPerNode: 1)
    alive.set(node: 0, trial: 5, to: false)
    let reach = graph.reachableTrials(from: [0], alive: alive)
    #expect(!reach.contains(node: 1, trial: 5) && reach.contains(node: 1, trial: 6))
  }

  /// The bit-parallel result equals one scalar search per trial.
  @Test func matchesOneScalarSearchPerTrialOnRandomGraphs() {
    for seed in propertySeeds.prefix(800) {
      var rng = SplitMix64(seed: seed)
      let graph = Graph.random(using: &rng, directed: seed % 2 == 0)
      let width = 1 + Int(seed % 3)
      var alive = TrialMasks(nodeCount: graph.nodeCount, wordsPerNode: width)
      let deathRate = rng.nextUnitDouble() * 0.5
      for node in 0 ..< graph.nodeCount {
        for trial in 0 ..< alive.trialCount { alive.set(node: node, trial: trial, to: rng.nextUnitDouble() >= deathRate) }
      }
      let sources = [0, Int(rng.next() % UInt64(graph.nodeCount))]
      let reach = graph.reachableTrials(from: sources, alive: alive)
      // The early-stopping query agrees with the full sweep for every target.
      for target in 0 ..< graph.nodeCount {
        let words = graph.trialsReaching(target, from: sources, alive: alive)
        #expect(words == Array(reach.words[target * width ..< (target + 1) * width]), "seed \(seed) target \(target)")
      }
      for trial in 0 ..< alive.trialCount {
        let scalar = graph.induced(by: alive.nodes(inTrial: trial)).reachable(from: sources)
        #expect(reach.nodes(inTrial: trial) == scalar, "seed \(seed) trial \(trial)")
      }
    }
  }
}
