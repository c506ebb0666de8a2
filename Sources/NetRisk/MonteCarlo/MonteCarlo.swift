// Deterministic Monte Carlo over the failure model and a scenario.
import Dispatch
import Foundation
import NetRiskData

/// What the Monte Carlo estimates for one country, with standard errors.
public struct CountryRisk: Codable, Hashable, Sendable {
  public var code: String
  public var isolationProbability: Double
  public var isolationStandardError: Double
  /// Expected share of today's lit international capacity lost (0...1),
  /// transit through neighbours and far ends included.
  public var expectedCapacityLoss: Double
  public var expectedCapacityLossStandardError: Double
  /// 95th percentile of the share lost, from a 1,001-bin histogram (within 0.001).
  public var capacityLoss95: Double
  public var capacityLoss95StandardError: Double
  /// Probability that no root letter answers (isolated, and no local instance up).
  public var rootResolutionLossProbability: Double
  public var rootResolutionLossStandardError: Double
  /// Expected national traffic drop (0...1): international loss after
  /// rerouting onto the surviving headroom, with grid outages at the users'
  /// end and exchange outages.
  public var expectedTrafficDrop: Double
  public var expectedTrafficDropStandardError: Double
  /// 95th percentile of the traffic drop (within 0.001).
  public var trafficDrop95: Double
  /// The share of trials whose traffic drop reaches each of
  /// `trafficDropThresholds` (an exceedance curve: 1 % of traffic lost or
  /// more, 5 % or more, ... all of it). Exact: the thresholds fall on the
  /// histogram's bin edges.
  public var trafficDropExceedance: [DropExceedance]

  /// The drops `trafficDropExceedance` is read at: 1 %, 5 %, 10 %, 25 %,
  /// 50 %, 75 % and all traffic (a drop of 1, which isolation always is).
  public static let trafficDropThresholds = [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 1]
}

/// One point of an exceedance curve: the share of trials (0...1) in which
/// the traffic drop is at least `drop` (0...1).
public struct DropExceedance: Codable, Hashable, Sendable {
  public var drop: Double
  public var shareOfTrials: Double
}

/// The result of a Monte Carlo run.
public struct RiskEstimates: Codable, Sendable {
  public var trials: Int
  public var seed: UInt64
  public var scenario: String
  public var backgroundFailures: Bool
  /// One per country of the dataset, in its order.
  public var countries: RowValues<Country, CountryRisk>
  /// Trials needed for every isolation probability to reach the target
  /// standard error (p(1-p)/se², the largest over countries).
  public var trialsForTargetStandardError: Int
  public var targetStandardError: Double
}

/// Integer sums per country, so that merging partial results in any order
/// gives the same bytes: the result does not depend on the thread count.
struct RiskAccumulator {
  var isolated: [Int]
  var rootLost: [Int]
  /// Per country: the share of lit capacity lost, and the traffic drop.
  var loss: [ShareDistribution]
  var drop: [ShareDistribution]

  init(countries: Int) {
    isolated = [Int](repeating: 0, count: countries)
    rootLost = isolated
    loss = [ShareDistribution](repeating: ShareDistribution(), count: countries)
    drop = loss
  }

  mutating func add(_ outcome: BlockOutcome) {
    for country in isolated.indices {
      isolated[country] += outcome.isolated[country].nonzeroBitCount
      rootLost[country] += outcome.rootResolutionLost[country].nonzeroBitCount
      for value in outcome.lossMicros[country] { loss[country].add(micros: value) }
      for value in outcome.dropMicros[country] { drop[country].add(micros: value) }
    }
  }

  mutating func merge(_ other: RiskAccumulator) {
    for country in isolated.indices {
      isolated[country] += other.isolated[country]
      rootLost[country] += other.rootLost[country]
      loss[country].merge(other.loss[country])
      drop[country].merge(other.drop[country])
    }
  }
}

/// The Monte Carlo engine: seeded, bit-parallel, deterministic on any thread count.
public struct MonteCarlo: Sendable {
  let sampler: TrialSampler
  let evaluator: TrialEvaluator
  let codes: [String]
  let targetStandardError: Double

  /// Prepares a run of `model`'s failure rates (when `background`) and the
  /// failures of `scenario` over `dependency`.
  public init(
    dependency: DependencyGraph, dataset: Dataset, model: RiskModel,
    scenario: ScenarioFailures = .none, background: Bool = true
  ) {
    self.init(dependency: dependency, dataset: dataset, model: model, scenario: scenario, background: background, transit: nil)
  }

  /// The same, on a transit graph the caller built already (nil: build it).
  init(
    dependency: DependencyGraph, dataset: Dataset, model: RiskModel,
    scenario: ScenarioFailures, background: Bool, transit: TransitGraph?
  ) {
    let probabilities = FailureProbabilities(dependency: dependency, dataset: dataset, model: model.failures)
    sampler = TrialSampler(dependency: dependency, probabilities: probabilities, background: background, scenario: scenario)
    var gridHours: [Int: Double] = [:]
    for (grid, hours) in scenario.grids { if let country = dependency.rows[grid] { gridHours[country] = max(gridHours[country] ?? 0, hours) } }
    evaluator = TrialEvaluator(
      dependency: dependency, dataset: dataset, load: model.failures.load, outcome: model.outcome,
      scenarioGridHours: gridHours, transit: transit)
    codes = dataset.countries.map(\.code)
    targetStandardError = model.failures.targetStandardError
  }

  /// Runs `trials` trials (rounded up to a multiple of 64) from `seed` on
  /// `threads` threads. Block b of 64 trials always uses seed stream b, and
  /// partial sums are integers, so the result is the same on 1 or N threads.
  /// `progress` is called now and then with (trials done, trials in all).
  /// - Complexity: O(trials / 64 · (V + E) · (1 + hubs)) time.
  public func run(
    trials: Int, seed: UInt64, threads: Int = 1, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) -> RiskEstimates {
    estimates(partial(trials: trials, seed: seed, threads: threads, progress: progress))
  }

  /// The same run with the scalar reference evaluator on one thread: the
  /// baseline the bit-parallel engine is measured against.
  public func runScalarReference(trials: Int, seed: UInt64) -> RiskEstimates {
    let blocks = max((trials + 63) / 64, 1)
    var total = RiskAccumulator(countries: codes.count)
    for block in 0 ..< blocks { total.add(evaluator.evaluateScalar(failed: sampler.failures(block: block, seed: seed))) }
    return estimates(total, trials: blocks * 64, seed: seed)
  }

  /// The outcomes of one block by both engines, for tests.
  func outcomes(block: Int, seed: UInt64) -> (bitParallel: BlockOutcome, scalar: BlockOutcome) {
    let failed = sampler.failures(block: block, seed: seed)
    return (evaluator.evaluate(failed: failed), evaluator.evaluateScalar(failed: failed))
  }

  func estimates(_ total: RiskAccumulator, trials: Int, seed: UInt64) -> RiskEstimates {
    let n = Double(trials)
    var needed = 0
    var countries: [CountryRisk] = []
    for (country, code) in codes.enumerated() {
      let isolation = Double(total.isolated[country]) / n
      let root = Double(total.rootLost[country]) / n
      let loss = total.loss[country], drop = total.drop[country]
      // 95th percentile and its spread from the order statistics around rank 0.95 n.
      let spread = 1.96 * (0.95 * 0.05 / n).squareRoot()
      countries.append(CountryRisk(
        code: code,
        isolationProbability: isolation, isolationStandardError: (isolation * (1 - isolation) / n).squareRoot(),
        expectedCapacityLoss: loss.mean(trials: n), expectedCapacityLossStandardError: loss.standardError(trials: n),
        capacityLoss95: loss.quantile(0.95, trials: n),
        capacityLoss95StandardError: (loss.quantile(0.95 + spread, trials: n) - loss.quantile(0.95 - spread, trials: n)) / 3.92,
        rootResolutionLossProbability: root, rootResolutionLossStandardError: (root * (1 - root) / n).squareRoot(),
        expectedTrafficDrop: drop.mean(trials: n), expectedTrafficDropStandardError: drop.standardError(trials: n),
        trafficDrop95: drop.quantile(0.95, trials: n),
        trafficDropExceedance: CountryRisk.trafficDropThresholds.map {
          DropExceedance(drop: $0, shareOfTrials: drop.exceedance($0, trials: n))
        }))
      needed = max(needed, Int((isolation * (1 - isolation) / (targetStandardError * targetStandardError)).rounded(.up)))
    }
    return RiskEstimates(
      trials: trials, seed: seed, scenario: sampler.scenario.name, backgroundFailures: sampler.background,
      countries: RowValues(countries), trialsForTargetStandardError: needed, targetStandardError: targetStandardError)
  }
}
