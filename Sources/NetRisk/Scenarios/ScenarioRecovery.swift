// The loss over time after a scenario: the failed elements come back as
// their repairs complete (`netrisk simulate --recovery`).
import NetRiskData

/// How a scenario's loss fades as repairs complete.
public struct RecoveryReport: Sendable {
  /// One repair: a failed element, or a cable in segments that failed as a
  /// whole (cut once, somewhere; all its segments come back together).
  public struct Repair: Sendable {
    /// Stable id and label of the element (for a whole cable in segments,
    /// the cable's).
    public var id: String
    public var name: String
    public var kind: NodeKind
    /// The dependency-graph nodes that come back with it.
    public var nodes: [Int]
    /// The chance the scenario fails it.
    public var probability: Double
    public var time: RepairTime
    /// Whether the scenario's `repairDenied` covers it.
    public var denied: Bool
  }

  /// One affected country's figures at day 0 (the scenario's report) and at
  /// each of `days`.
  public struct CountryRecovery: Sendable {
    public var code: String
    public var name: String
    public var expectedTrafficDrop: [Double]
    /// 95th percentile of the traffic drop over the trials (within 0.001).
    public var trafficDrop95: [Double]
    public var expectedCapacityLoss: [Double]
    public var isolationProbability: [Double]
  }

  /// The days after the failure at which the loss is measured (day 0 is
  /// the scenario's report and comes first in every country's figures).
  public var days: [Double]
  public var repairs: [Repair]
  public var countries: [CountryRecovery]
  /// The delay a denied repair starts with, and whether it never starts.
  public var deniedExtraDays: Double
  public var deniedBlocked: Bool
  /// Elements a jurisdiction withdrew: failed on every day, never repaired,
  /// and not listed in `repairs`.
  public var withdrawnElements: Int
}

extension ScenarioImpact {
  /// The loss at each of `days` after the scenario's failures, for the
  /// countries `report` lists (same order).
  ///
  /// At day t each repair is still pending with its probability of failing
  /// times the chance it is not complete (`RepairTime.stillDown(atDay:)`),
  /// independently of the others, and a grid is still down while its outage
  /// hours last; the Monte Carlo is run at that state with the settings'
  /// trials and seed. A cable in segments whose every segment the scenario
  /// fails (with one probability) is one repair: the scenario says it is cut
  /// but not where, so it comes back in one piece, with the repair time of a
  /// cut anywhere on it. Repairs are independent of each other: a ship that
  /// repairs several cuts in turn (West Africa 2024) makes the later ones
  /// wait longer than this model says.
  /// - Complexity: one Monte Carlo run per day in `days`.
  public static func recovery(
    of report: ScenarioReport, failures: ScenarioFailures, denied: Set<Int>, denial: Scenario.RepairDenial?,
    repair: RepairModel, in assessment: Assessment, settings: MonteCarloSettings, background: Bool, days: [Double],
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) -> RecoveryReport {
    let extra = denial?.extraDays ?? repair.deniedExtraDays.value
    let blocked = denial?.blocked ?? false
    let repairs = self.repairs(of: failures, denied: denied, extraDays: extra, blocked: blocked, repair: repair, in: assessment)
    let withdrawn = Set(failures.withdrawals.flatMap(\.nodes))
    let dataset = assessment.dataset
    let indices = report.affected.map { dataset.countryIndex($0.code) }
    var countries = report.affected.map {
      RecoveryReport.CountryRecovery(
        code: $0.code, name: $0.name, expectedTrafficDrop: [$0.expectedTrafficDrop], trafficDrop95: [$0.trafficDrop95],
        expectedCapacityLoss: [$0.expectedCapacityLoss],
        isolationProbability: [$0.isolationProbability])
    }
    let trials = settings.trials ?? assessment.model.failures.defaultScoreTrials
    for (step, day) in days.enumerated() {
      var still = ScenarioFailures(name: failures.name, nodes: [], grids: failures.grids.filter { $0.hours > 24 * day })
      still.nodes = failures.nodes.filter { withdrawn.contains($0.node) }
      for pending in repairs where pending.kind != .grid {
        let probability = pending.probability * pending.time.stillDown(atDay: day)
        guard probability > 0 else { continue }
        if pending.nodes.count == 1 {
          still.nodes.append((pending.nodes[0], probability))
        } else {
          still.groups.append((pending.nodes, probability))
        }
      }
      let result = assessment.monteCarlo(scenario: still, background: background)
        .run(trials: trials, seed: settings.seed, threads: settings.threads) { done, total in
          progress?(step * total + done, days.count * total)
        }
      for (position, index) in indices.enumerated() {
        let risk = index.map { result.countries[$0] }
        countries[position].expectedTrafficDrop.append(risk?.expectedTrafficDrop ?? 0)
        countries[position].expectedCapacityLoss.append(risk?.expectedCapacityLoss ?? 0)
        countries[position].trafficDrop95.append(risk?.trafficDrop95 ?? 0)
        countries[position].isolationProbability.append(risk?.isolationProbability ?? 0)
      }
    }
    return RecoveryReport(
      days: days, repairs: repairs, countries: countries, deniedExtraDays: extra, deniedBlocked: blocked,
      withdrawnElements: withdrawn.count)
  }

  /// The scenario's failures as repairs, by label: whole cables in segments
  /// as one repair each, other nodes one each, grids by their outage hours;
  /// denied ones delayed or blocked; what a jurisdiction withdrew is no
  /// repair at all.
  static func repairs(
    of failures: ScenarioFailures, denied: Set<Int>, extraDays extra: Double, blocked: Bool, repair: RepairModel, in assessment: Assessment
  ) -> [RecoveryReport.Repair] {
    let (dependency, dataset) = (assessment.dependency, assessment.dataset)
    let probability = Dictionary(failures.nodes.filter { $0.probability > 0 }.map { ($0.node, $0.probability) }) { max($0, $1) }
    var covered = Set(failures.withdrawals.flatMap(\.nodes))  // never repaired
    var repairs: [RecoveryReport.Repair] = []
    func add(_ id: String, _ name: String, _ kind: NodeKind, _ nodes: [Int], _ p: Double, _ time: RepairTime) {
      let isDenied = nodes.contains(where: denied.contains)
      var time = time
      if isDenied { time = blocked ? RepairTime(fixedDays: time.fixedDays, meanWaitDays: time.meanWaitDays, blocked: true) : time.delayed(by: extra) }
      repairs.append(.init(id: id, name: name, kind: kind, nodes: nodes, probability: p, time: time, denied: isDenied))
      covered.formUnion(nodes)
    }
    for cable in dataset.cables.rowIndices {
      let segments = dependency.segmentNodes[cable]
      guard let first = segments.first, !covered.contains(first), let p = probability[first], segments.allSatisfy({ probability[$0] == p })
      else { continue }
      let record = dataset.cables[cable]
      add("cable:\(record.id)", record.name, .cable, segments, p, repair.repairTime(ofCable: cable, in: dataset))
    }
    for (node, p) in probability.sorted(by: { $0.key < $1.key }) where !covered.contains(node) {
      guard let time = repair.repairTime(of: node, in: dependency, dataset: dataset) else { continue }
      let element = dependency.element(node, in: dataset)
      add(element.id, element.name, element.kind, [node], p, time)
    }
    for (node, hours) in failures.grids {
      let element = dependency.element(node, in: dataset)
      repairs.append(.init(
        id: element.id, name: element.name, kind: .grid, nodes: [node], probability: 1,
        time: RepairTime(fixedDays: hours / 24, meanWaitDays: 0), denied: false))
    }
    return repairs.sorted { ($0.name, $0.id) < ($1.name, $1.id) }
  }
}
