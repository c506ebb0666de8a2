// What a scenario does to each country, against the same run without it.
import NetRiskData
import NetRiskGraph

/// The impact of a scenario on one country.
public struct CountryImpact: Hashable, Sendable {
  public var code: String
  public var name: String
  public var isolationProbability: Double
  public var isolationStandardError: Double
  public var expectedCapacityLoss: Double
  public var expectedCapacityLossStandardError: Double
  public var capacityLoss95: Double
  /// Expected national traffic drop (0...1) and its standard error.
  public var expectedTrafficDrop: Double
  public var expectedTrafficDropStandardError: Double
  /// 95th percentile of the traffic drop over the trials.
  public var trafficDrop95: Double
  public var rootResolutionLossProbability: Double
  /// Root letters that stop answering when the country is isolated (those
  /// with no instance in it); empty when it is never isolated.
  public var rootLettersLostWhenIsolated: [String]
  /// Failed elements of the scenario that touch this country: its own
  /// landing points, cables and border links, the far ends of its cables,
  /// and its single points of failure; by node.
  public var causes: [DependencyElement]
}

/// The impact of a scenario on every country.
public struct ScenarioReport: Sendable {
  public var scenario: String
  public var description: String
  public var sources: [String]
  public var modelName: String
  public var modelHash: String
  public var trials: Int
  public var seed: UInt64
  public var backgroundFailures: Bool
  /// Elements the scenario selects (with any probability).
  public var selectedElements: Int
  /// Countries whose isolation probability or expected loss rose, most hit first.
  public var affected: [CountryImpact]
  /// Countries the scenario does not change.
  public var unaffectedCount: Int
  /// The scenario's jurisdiction withdrawals; when there are any, `affected`
  /// lists their targets only (the failures hit everyone in the simulation,
  /// the withdrawal only the targets).
  public var withdrawals: [JurisdictionWithdrawal] = []
  /// What the withdrawals take away over time: each registry seated in a
  /// withdrawing jurisdiction, with the targets it serves.
  public var registryEffects: [RegistryEffect] = []
  /// The scenario's registries that stop operating, with what they hold.
  public var registryFailures: [RegistryFailure] = []
}

/// A regional Internet registry that stops operating, and the countries it
/// serves with the resources they hold (`rir_allocations.csv`): the same
/// dated effect as `RegistryEffect`, for every country the registry serves.
public struct RegistryFailure: Hashable, Sendable {
  public struct ServedCountry: Hashable, Sendable {
    public var code: String
    public var name: String
    /// Delegated to holders in the country by all registries (IPv4
    /// addresses, IPv6 in /32s), and the AS numbers this registry delegated.
    public var ipv4Addresses: Int
    public var ipv6Slash32: Double
    public var asnsFromRegistry: Int
  }

  public var registry: RegionalRegistry
  /// Alpha-2 code of its legal seat (the model's `registrySeats`), if known.
  public var seat: String?
  /// By IPv4 addresses held, most first.
  public var countries: [ServedCountry]
}

/// A regional Internet registry that stops serving some countries: not a
/// connectivity failure but a dated one. Registration (new addresses, AS
/// numbers, transfers) stops at once; RPKI signed objects go stale when their
/// manifests and CRLs pass their next-update time (RFC 9286, section 6; the
/// interval is the registry's choice and not in the dataset), after which
/// routes validate as "not found" rather than "valid" and still propagate.
public struct RegistryEffect: Hashable, Sendable {
  public var registry: RegionalRegistry
  /// Alpha-2 code of its legal seat (the model's `registrySeats`).
  public var seat: String
  /// The targets it serves (`countries.csv` column `rir`), by code.
  public var targets: [String]
}

public enum ScenarioImpact {
  /// Runs `scenario` (and the model's background failures when asked) and
  /// the same run without the scenario, and reports the countries it changes.
  public static func assess(
    scenario: Scenario, file: String, dataset: Dataset, model: RiskModel, modelHash: String,
    trials: Int, seed: UInt64, threads: Int, background: Bool,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> ScenarioReport {
    let assessment = try Assessment(dataset: dataset, model: model, modelHash: modelHash)
    let failures = try scenario.resolve(in: assessment.dependency, dataset: dataset, file: file)
    return assess(scenario: scenario, failures: failures, in: assessment,
      settings: MonteCarloSettings(trials: trials, seed: seed, threads: threads), background: background, progress: progress)
  }

  /// The same on an assessment, with the scenario already resolved against
  /// its dependency graph (`scenario.resolve(in: assessment.dependency, ...)`).
  public static func assess(
    scenario: Scenario, failures: ScenarioFailures, in assessment: Assessment, settings: MonteCarloSettings,
    background: Bool, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) -> ScenarioReport {
    let trials = settings.trials ?? assessment.model.failures.defaultScoreTrials
    let (seed, threads) = (settings.seed, settings.threads)
    let hit = assessment.monteCarlo(scenario: failures, background: background)
      .run(trials: trials, seed: seed, threads: threads, progress: progress)
    let calm = assessment.monteCarlo(scenario: .none, background: background)
      .run(trials: trials, seed: seed, threads: threads)
    return report(scenario: scenario, failures: failures, in: assessment, hit: hit, calm: calm, seed: seed, background: background)
  }

  /// The Monte Carlo sums of `shard`'s blocks of the two runs that `assess`
  /// makes (the scenario's and the calm one, same trials and seed); `merge`
  /// them all and pass them to `assess(...merged:)` for the same report.
  public static func partial(
    failures: ScenarioFailures, in assessment: Assessment, settings: MonteCarloSettings, background: Bool, shard: Shard,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) -> ScenarioPartial {
    let trials = settings.trials ?? assessment.model.failures.defaultScoreTrials
    let (seed, threads) = (settings.seed, settings.threads)
    return ScenarioPartial(
      hit: assessment.monteCarlo(scenario: failures, background: background)
        .partial(trials: trials, seed: seed, threads: threads, shard: shard, progress: progress),
      calm: assessment.monteCarlo(scenario: .none, background: background)
        .partial(trials: trials, seed: seed, threads: threads, shard: shard))
  }

  /// The report of a run merged from shards: byte for byte that of `assess`
  /// with the same trials and seed.
  public static func assess(
    scenario: Scenario, failures: ScenarioFailures, in assessment: Assessment, merged whole: ScenarioPartial, background: Bool
  ) -> ScenarioReport {
    let hit = assessment.monteCarlo(scenario: failures, background: background).estimates(whole.hit)
    let calm = assessment.monteCarlo(scenario: .none, background: background).estimates(whole.calm)
    return report(scenario: scenario, failures: failures, in: assessment, hit: hit, calm: calm, seed: whole.hit.seed, background: background)
  }

  /// The report from the scenario's and the calm run's estimates.
  private static func report(
    scenario: Scenario, failures: ScenarioFailures, in assessment: Assessment, hit: RiskEstimates, calm: RiskEstimates,
    seed: UInt64, background: Bool
  ) -> ScenarioReport {
    let (dataset, model) = (assessment.dataset, assessment.model)
    let structure = assessment.structure
    let failedNodes = Set(failures.nodes.filter { $0.probability > 0 }.map(\.node) + failures.grids.map(\.node))
    let allLetters = Set(dataset.rootOperators.map(\.letter))
    let reported = failures.withdrawals.isEmpty ? nil : Set(failures.withdrawals.flatMap(\.targetIndices))
    var affected: [CountryImpact] = []
    for (index, country) in dataset.countries.enumeratedRows where reported?.contains(index) ?? true {
      let risk = hit.countries[index], base = calm.countries[index]
      // Same seed, same draws: a rise is the scenario's doing, not noise.
      guard risk.isolationProbability > base.isolationProbability || risk.expectedCapacityLoss > base.expectedCapacityLoss
        || risk.expectedTrafficDrop > base.expectedTrafficDrop
      else { continue }
      let local = Set(country.rootInstanceIndices.map { dataset.rootInstances[$0].letter })
      affected.append(CountryImpact(
        code: country.code, name: country.name,
        isolationProbability: risk.isolationProbability, isolationStandardError: risk.isolationStandardError,
        expectedCapacityLoss: risk.expectedCapacityLoss, expectedCapacityLossStandardError: risk.expectedCapacityLossStandardError,
        capacityLoss95: risk.capacityLoss95, expectedTrafficDrop: risk.expectedTrafficDrop,
        expectedTrafficDropStandardError: risk.expectedTrafficDropStandardError, trafficDrop95: risk.trafficDrop95,
        rootResolutionLossProbability: risk.rootResolutionLossProbability,
        rootLettersLostWhenIsolated: risk.isolationProbability > 0 ? allLetters.subtracting(local).sorted() : [],
        causes: causes(of: index, failed: failedNodes, structure: structure)))
    }
    affected.sort {
      ($0.isolationProbability, $0.expectedTrafficDrop, $0.expectedCapacityLoss, $1.code)
        > ($1.isolationProbability, $1.expectedTrafficDrop, $1.expectedCapacityLoss, $0.code)
    }
    var effects: [RegistryEffect] = []
    for withdrawal in failures.withdrawals {
      let code = withdrawal.jurisdiction
      for (registry, seat) in model.registrySeats.sorted(by: { $0.key < $1.key }) where seat == code {
        guard let rir = RegionalRegistry(rawValue: registry) else { continue }
        let served = withdrawal.targetIndices.filter { dataset.countries[$0].registry == rir }.map { dataset.countries[$0].code }
        if !served.isEmpty { effects.append(RegistryEffect(registry: rir, seat: seat, targets: served)) }
      }
    }
    return ScenarioReport(
      scenario: scenario.name, description: scenario.description, sources: scenario.sources,
      modelName: model.name, modelHash: assessment.modelHash, trials: hit.trials, seed: seed, backgroundFailures: background,
      selectedElements: failedNodes.count, affected: affected,
      unaffectedCount: (reported?.count ?? dataset.countries.count) - affected.count,
      withdrawals: failures.withdrawals, registryEffects: effects,
      registryFailures: failures.registryFailures.map { registryFailure($0, dataset: dataset, model: model) })
  }

  /// The countries `registry` serves (`countries.csv` column `rir`) with
  /// their resources, most IPv4 addresses first.
  static func registryFailure(_ registry: RegionalRegistry, dataset: Dataset, model: RiskModel) -> RegistryFailure {
    let served = dataset.countries.filter { $0.registry == registry }.map { country in
      let allocation = country.rirAllocationIndex.map { dataset.rirAllocations[$0] }
      return RegistryFailure.ServedCountry(
        code: country.code, name: country.name, ipv4Addresses: allocation?.ipv4Addresses ?? 0,
        ipv6Slash32: allocation?.ipv6Slash32 ?? 0, asnsFromRegistry: allocation?.asnsByRegistry[registry] ?? 0)
    }
    return RegistryFailure(
      registry: registry, seat: model.registrySeats[registry.rawValue],
      countries: served.sorted { ($0.ipv4Addresses, $1.code) > ($1.ipv4Addresses, $0.code) })
  }

  /// The failed elements that touch a country, by node: its entry links and
  /// landing points, its cables' far landing points, its dominators and the
  /// grids that isolate it.
  static func causes(of country: RowIndex<Country>, failed: Set<Int>, structure: StructuralAnalysis) -> [DependencyElement] {
    let dependency = structure.dependency, dataset = structure.dataset
    var touching = Set<Int>()
    for unit in structure.entryUnits(of: country) {
      touching.insert(unit.link)
      touching.insert(unit.entry)
      if let cable = dependency.cable(ofNode: unit.link) {
        for point in dataset.cables[cable].landingPointIndices { touching.insert(dependency.landingPointNode[point]) }
        touching.formUnion(dependency.segmentNodes[cable])
      }
    }
    touching.formUnion(structure.tree(for: country).dominators(of: dependency.countryNode[country]))
    touching.insert(dependency.gridNode[country])
    for grid in structure.isolatingGrids[country] { touching.insert(dependency.gridNode[grid]) }
    return touching.intersection(failed).sorted().map { dependency.element($0, in: dataset) }
  }
}
