// Drawing which elements are down in each of 64 trials, from a seed stream.
import Foundation
import NetRiskData
import NetRiskGraph

/// Draws the failed elements of one block of 64 trials. Block `b` uses
/// stream `b` of the run's seed and consumes it in a fixed order, so a block's
/// failures never depend on which thread draws them or in what order blocks
/// run. Both engines (bit-parallel and scalar) evaluate these same draws.
struct TrialSampler: Sendable {
  let dependency: DependencyGraph
  let probabilities: FailureProbabilities
  /// Whether the model's background failure rates apply (else the scenario only).
  let background: Bool
  let scenario: ScenarioFailures
  /// Per IXP node: the facility nodes it can use (needs any one).
  let exchangeFacilities: [(node: Int, facilities: [Int])]
  /// Country of each grid node in `scenario.grids`.
  let scenarioGridHours: [Int: Double]
  /// Nodes whose state can change an outcome (transit nodes and root
  /// instances), with their down probability and log(1 - p). IXPs and
  /// facilities affect no reported outcome, so they are not drawn: about
  /// half the nodes, and half the sampling time.
  let sampled: [(node: Int, probability: Double, logMiss: Double)]
  /// The same for nodes added by investments. Each draws from a stream of
  /// its own, keyed by its investment, so that every node sees the same draws
  /// whatever else is built: common random numbers, which keep comparisons
  /// of investments free of sampling noise.
  let sampledAdded: [(node: Int, probability: Double, logMiss: Double)]

  init(dependency: DependencyGraph, probabilities: FailureProbabilities, background: Bool, scenario: ScenarioFailures) {
    self.dependency = dependency
    self.probabilities = probabilities
    self.background = background
    self.scenario = scenario
    exchangeFacilities = dependency.requirements.filter { $0.mode == .any }.map { ($0.dependent, $0.supports) }
    var hours: [Int: Double] = [:]
    for (grid, outage) in scenario.grids { if let country = dependency.rows[grid] { hours[country] = outage } }
    scenarioGridHours = hours
    let drawn: [(node: Int, probability: Double, logMiss: Double)] = (0 ..< dependency.nodeCount).compactMap { node in
      let p = probabilities.nodeDown[node]
      guard p > 0 else { return nil }
      switch dependency.kinds[node] {
      case .landingPoint, .cable, .cableSegment, .borderLink, .rootInstance: return (node, p, log1p(-p))
      default: return nil
      }
    }
    sampled = drawn.filter { $0.node < dependency.baseNodeCount }
    sampledAdded = drawn.filter { $0.node >= dependency.baseNodeCount }
  }

  /// One word per node: bit t set when the node is down in trial t of the block.
  func failures(block: Int, seed: UInt64) -> [UInt64] {
    var rng = SplitMix64.stream(block, of: seed)
    var addedRNG: [Int: SplitMix64] = [:]
    func addedStream(_ node: Int) -> SplitMix64 {
      addedRNG[node] ?? SplitMix64.stream(block, of: seed ^ (dependency.addedStreamKey[node] ?? UInt64(node)))
    }
    var failed = [UInt64](repeating: 0, count: dependency.nodeCount)
    if background {
      for (node, probability, logMiss) in sampled { failed[node] = bernoulliWord(probability, logMiss: logMiss, &rng) }
      for (node, probability, logMiss) in sampledAdded {
        var stream = addedStream(node)
        failed[node] = bernoulliWord(probability, logMiss: logMiss, &stream)
        addedRNG[node] = stream
      }
    }
    for (node, probability) in scenario.nodes { failed[node] |= bernoulliWord(probability, &rng) }
    for (nodes, probability) in scenario.groups {
      let word = bernoulliWord(probability, &rng)
      for node in nodes { failed[node] |= word }
    }

    // Grids: own outages, then first-order inheritance through imports.
    let countries = dependency.countryNode.count
    var own = [UInt64](repeating: 0, count: countries)
    if background {
      for country in 0 ..< countries { own[country] = bernoulliWord(probabilities.gridDown[country], &rng) }
    }
    var out = own
    if background {
      for country in 0 ..< countries where probabilities.importShare[country] > 0 {
        for neighbour in probabilities.neighbours[country] where own[neighbour] != 0 {
          out[country] |= own[neighbour] & bernoulliWord(probabilities.importShare[country], &rng)
        }
      }
    }
    for country in scenarioGridHours.keys { out[country] = ~0 }
    for country in 0 ..< countries where out[country] != 0 {
      failed[dependency.gridNode[RowIndex(country)]] = out[country]
      var bits = out[country]
      while bits != 0 {
        let trial = bits.trailingZeroBitCount
        bits &= bits - 1
        let bit: UInt64 = 1 << UInt64(trial)
        // Exponential outage length with the band's mean; a scenario's fixed length wins.
        let hours = scenarioGridHours[country]
          ?? -probabilities.gridMeanHours[country] * log(1 - rng.nextUnitDouble())
        for site in probabilities.sitesOnGrid[country] {
          let draw: Double
          if site.node < dependency.baseNodeCount {
            draw = rng.nextUnitDouble()
          } else {
            var stream = addedStream(site.node)
            draw = stream.nextUnitDouble()
            addedRNG[site.node] = stream
          }
          let noStart = draw < probabilities.backupFailsToStart
          if noStart || hours > site.autonomyHours { failed[site.node] |= bit }
        }
      }
    }
    // An IXP with known facilities needs one of them.
    for (exchange, facilities) in exchangeFacilities {
      var allDown: UInt64 = ~0
      for facility in facilities { allDown &= failed[facility] }
      failed[exchange] |= allDown
    }
    return failed
  }
}

/// 64 independent Bernoulli(p) bits. For small p, draws the gaps between
/// set bits from a geometric distribution (about 64·p draws instead of 64).
func bernoulliWord(_ p: Double, _ rng: inout SplitMix64) -> UInt64 {
  bernoulliWord(p, logMiss: p > 0 && p < 1 ? log1p(-p) : 0, &rng)
}

/// The same, with log(1 - p) computed by the caller.
func bernoulliWord(_ p: Double, logMiss: Double, _ rng: inout SplitMix64) -> UInt64 {
  if p <= 0 { return 0 }
  if p >= 1 { return ~0 }
  var word: UInt64 = 0
  if p < 0.2 {
    var position = -1
    while true {
      // A gap of 64 or more ends the word; comparing as a Double first keeps
      // a tiny p (a gap beyond Int's range) from trapping.
      let gap = (log(1 - rng.nextUnitDouble()) / logMiss).rounded(.down)
      guard gap.isFinite, gap < 64 else { break }
      position += 1 + Int(gap)
      if position >= 64 || position < 0 { break }
      word |= 1 << UInt64(position)
    }
  } else {
    for bit in 0 ..< 64 where rng.nextUnitDouble() < p { word |= 1 << UInt64(bit) }
  }
  return word
}
