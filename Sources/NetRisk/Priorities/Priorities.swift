// Ranking investments by risk reduced per dollar under a budget.
import Dispatch
import NetRiskData

/// What the planner minimises, population-weighted over the scope.
public enum PriorityObjective: String, CaseIterable, Sendable {
  /// Expected national traffic drop (the model's outcome).
  case expectedLoss = "expected-loss"
  /// Probability of isolation.
  case isolation
  /// People cut off by the worst-case attacker (`Assessment.worstCaseAttack`)
  /// with the planner's attack budget, as a share of the scope's people:
  /// "which investment raises the attacker's cost most". Structural, so no
  /// Monte Carlo runs to rank the candidates (only to describe the picks).
  case attack
}

/// One pick of the plan, with what it fixes.
public struct PriorityPick: Sendable {
  public var candidate: Candidate
  /// Objective reduction (percentage points of the weighted objective).
  public var benefit: Double
  /// Benefit per million dollars.
  public var ratio: Double
  public var objectiveBefore: Double, objectiveAfter: Double
  /// What it changes for its country; nil when the candidate names a
  /// country the dataset does not have.
  public var fixes: PriorityFix?
}

public struct PriorityPlan: Sendable {
  public var objective: PriorityObjective
  public var scope: [String]
  public var budget: Double
  public var spent: Double
  public var baseline: Double
  public var picks: [PriorityPick]
  public var candidatesConsidered: Int
  /// Objective evaluations run (each one Monte Carlo over the whole world).
  public var evaluations: Int
  public var trials: Int
  public var seed: UInt64
  public var lazy: Bool
}

/// Greedy selection by benefit per cost. Every evaluation uses the same seed
/// and trials, and investment nodes draw from streams keyed by the
/// investment (common random numbers), so two candidates are compared on the
/// same failure samples and the ranking does not flip from noise.
public struct PriorityPlanner: Sendable {
  let dataset: Dataset
  let model: RiskModel
  let scope: [RowIndex<Country>]
  let weights: [Double]
  let objective: PriorityObjective
  let trials: Int
  let seed: UInt64
  let threads: Int
  /// For the attack objective: how many elements, of which kinds.
  let attackBudget: Int
  let attackKinds: Set<NodeKind>

  public init(
    dataset: Dataset, model: RiskModel, scope: [RowIndex<Country>], objective: PriorityObjective, trials: Int, seed: UInt64, threads: Int,
    attackBudget: Int = 1, attackKinds: Set<NodeKind> = Set(NodeKind.pairSweepable)
  ) {
    self.dataset = dataset
    self.model = model
    self.scope = scope
    let populations = scope.map { Double(dataset.countries[$0].population ?? 0) }
    let total = populations.reduce(0, +)
    weights = total > 0 ? populations.map { $0 / total } : scope.map { _ in 1 / Double(max(scope.count, 1)) }
    self.objective = objective
    self.trials = trials
    self.seed = seed
    self.threads = threads
    self.attackBudget = attackBudget
    self.attackKinds = attackKinds
  }

  /// The objective with `investments` built, in percent, and the Monte
  /// Carlo estimates behind it (nil for the attack objective, which has none).
  /// - Complexity: one Monte Carlo run of `trials` trials on one thread; for
  ///   the attack objective, one transit graph and one worst-case separation.
  func evaluate(_ investments: [Investment]) throws -> (value: Double, risk: RiskEstimates?) {
    let dependency = try DependencyGraph(dataset: dataset, model: model, investments: investments)
    if objective == .attack {
      let attack = WorstCaseAttack(
        budget: attackBudget, kinds: attackKinds, countries: scope, dependency: dependency, transit: TransitGraph(dependency), dataset: dataset)
      let people = scope.reduce(0) { $0 + (dataset.countries[$1].population ?? 0) }
      return (people > 0 ? 100 * Double(attack.people) / Double(people) : 0, nil)
    }
    let risk = try riskEstimates(investments, dependency: dependency)
    var value = 0.0
    for (position, country) in scope.enumerated() {
      let estimate = risk.countries[country]
      value += weights[position] * (objective == .expectedLoss ? estimate.expectedTrafficDrop : estimate.isolationProbability)
    }
    return (100 * value, risk)
  }

  /// The Monte Carlo with `investments` built (`dependency` when already built).
  func riskEstimates(_ investments: [Investment], dependency: DependencyGraph? = nil) throws -> RiskEstimates {
    let graph = try dependency ?? DependencyGraph(dataset: dataset, model: model, investments: investments)
    return MonteCarlo(dependency: graph, dataset: dataset, model: model).run(trials: trials, seed: seed, threads: 1)
  }

  /// Evaluates `built + [candidate]` for many candidates, in parallel; the
  /// result does not depend on the thread count.
  func evaluateEach(_ candidates: [Candidate], built: [Investment]) throws -> [Double] {
    let slots = LockedSlots(repeating: 0.0, count: candidates.count)
    DispatchQueue.concurrentPerform(iterations: max(1, min(threads, candidates.count))) { worker in
      var index = worker
      while index < candidates.count {
        // Building the graph cannot fail for generated or validated
        // candidates (their indices come from the dataset); were it to, the
        // candidate would count as bringing no benefit and never be picked.
        slots.store((try? evaluate(built + [candidates[index].investment]).value) ?? .infinity, at: index)
        index += max(1, min(threads, candidates.count))
      }
    }
    return slots.values
  }

  /// Picks candidates greedily by benefit per dollar until the budget or the
  /// benefit runs out. With `lazy`, a candidate's last benefit is used as a
  /// bound and only the best is re-evaluated (CELF, Leskovec et al. 2007,
  /// https://doi.org/10.1145/1281192.1281239): the same picks as plain
  /// greedy when benefits only shrink as investments are added (diminishing
  /// returns), which holds for the isolation objective with self-contained
  /// candidates; otherwise a fast approximation.
  /// Ties are broken by candidate id, so both give a deterministic order.
  public func plan(candidates: [Candidate], budget: Double, lazy: Bool) throws -> PriorityPlan {
    var built: [Investment] = []
    var picks: [PriorityPick] = []
    var (current, risk) = try evaluate([])
    let baseline = current
    var remaining = budget
    var evaluations = 1
    // Round 0: every candidate once.
    var values = try evaluateEach(candidates, built: built)
    evaluations += candidates.count
    var bound = candidates.indices.map { (current - values[$0]) / max(candidates[$0].cost, 1) * 1e6 }
    var freshRound = [Int](repeating: 0, count: candidates.count)
    var available = Set(candidates.indices)
    var round = 0
    func better(_ a: Int, _ b: Int) -> Bool { (bound[a], candidates[b].id) > (bound[b], candidates[a].id) }
    while true {
      available = available.filter { candidates[$0].cost <= remaining }
      if !lazy && round > 0 {
        let order = available.sorted()
        let fresh = try evaluateEach(order.map { candidates[$0] }, built: built)
        evaluations += order.count
        for (position, index) in order.enumerated() {
          values[index] = fresh[position]
          bound[index] = (current - fresh[position]) / max(candidates[index].cost, 1) * 1e6
          freshRound[index] = round
        }
      }
      guard let best = available.max(by: { better($1, $0) }), bound[best] > 0 else { break }
      if freshRound[best] != round {  // lazy: re-evaluate the best bound only
        values[best] = try evaluate(built + [candidates[best].investment]).value
        evaluations += 1
        bound[best] = (current - values[best]) / max(candidates[best].cost, 1) * 1e6
        freshRound[best] = round
        continue
      }
      let candidate = candidates[best]
      let after = try evaluate(built + [candidate.investment])
      let fixes = try describeFix(
        candidate, built: built, before: try risk ?? riskEstimates(built),
        after: try after.risk ?? riskEstimates(built + [candidate.investment]))
      picks.append(PriorityPick(
        candidate: candidate, benefit: current - after.value, ratio: bound[best],
        objectiveBefore: current, objectiveAfter: after.value, fixes: fixes))
      built.append(candidate.investment)
      remaining -= candidate.cost
      available.remove(best)
      (current, risk) = after
      round += 1
    }
    return PriorityPlan(
      objective: objective, scope: scope.map { dataset.countries[$0].code }, budget: budget, spent: budget - remaining,
      baseline: baseline, picks: picks, candidatesConsidered: candidates.count, evaluations: evaluations,
      trials: max((trials + 63) / 64, 1) * 64, seed: seed, lazy: lazy)
  }

  /// What `candidate` changes for its country, built after `built`: the
  /// SPOFs it removes and the risk before and after.
  /// - Complexity: two dependency graphs and structural analyses (with and
  ///   without the candidate).
  func describeFix(_ candidate: Candidate, built: [Investment], before: RiskEstimates, after: RiskEstimates) throws -> PriorityFix? {
    guard let country = dataset.countryIndex(candidate.country) else { return nil }
    func spofs(_ investments: [Investment]) throws -> [DependencyElement] {
      let dependency = try DependencyGraph(dataset: dataset, model: model, investments: investments)
      return StructuralAnalysis(dependency: dependency, dataset: dataset).singlePointsOfFailure(of: country).map(\.element)
    }
    let remaining = Set(try spofs(built + [candidate.investment]).map(\.node))
    let removed = try spofs(built).filter { !remaining.contains($0.node) }.sorted { ($0.name, $0.node) < ($1.name, $1.node) }
    return PriorityFix(
      country: candidate.country, removedSinglePointsOfFailure: removed,
      isolationProbabilityBefore: before.countries[country].isolationProbability,
      isolationProbabilityAfter: after.countries[country].isolationProbability,
      expectedTrafficDropBefore: before.countries[country].expectedTrafficDrop,
      expectedTrafficDropAfter: after.countries[country].expectedTrafficDrop)
  }
}
