// Country exposure: single points of failure from one dominator pass, k and
// capacity min cuts from max-flow, diversity, DNS, exchange, governance and
// power figures, and the composite score.
import Foundation
import NetRiskData
import NetRiskGraph

/// Assesses the exposure of every country of a dataset under a model.
public enum Exposure {
  /// Runs the whole analysis.
  ///
  /// Single points of failure of all countries come from one dominator tree
  /// of the dependency graph rooted at the global core (hub countries, which
  /// touch the core directly, get one more tree each without their own core
  /// link, so that their exposure is measured against the other hubs). Grid
  /// failures are evaluated for all grids at once with bit-parallel
  /// reachability, 64 grids per machine word. k and the capacity cut take one
  /// max-flow per country.
  /// - Complexity: O(*V* + *E*) for the dominator and grid passes (times the
  ///   number of hubs), plus one max-flow per country on the dependency graph.
  /// With `trials` > 0, also runs the Monte Carlo of the model's failure
  /// rates (seeded, on `threads` threads; the result does not depend on the
  /// thread count) and adds its figures and score part.
  public static func assess(
    dataset: Dataset, model: RiskModel, modelHash: String, trials: Int = 0, seed: UInt64 = 1, threads: Int = 1,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> ExposureReport {
    let assessment = try Assessment(dataset: dataset, model: model, modelHash: modelHash)
    return assess(assessment, settings: MonteCarloSettings(trials: trials, seed: seed, threads: threads), progress: progress)
  }

  /// The same analysis on graphs already built; `settings.trials` nil runs
  /// the model's default number of trials.
  static func assess(
    _ assessment: Assessment, settings: MonteCarloSettings, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) -> ExposureReport {
    let trials = settings.trials ?? assessment.model.failures.defaultScoreTrials
    let risk = trials > 0
      ? assessment.monteCarlo().run(trials: trials, seed: settings.seed, threads: settings.threads, progress: progress)
      : nil
    return assess(assessment, risk: risk, seed: settings.seed)
  }

  /// The same analysis with the Monte Carlo estimates given (nil: none), for
  /// a run merged from shards.
  static func assess(_ assessment: Assessment, risk: RiskEstimates?, seed: UInt64) -> ExposureReport {
    let (dataset, model, dependency) = (assessment.dataset, assessment.model, assessment.dependency)
    let analysis = assessment.structure
    var exposures: [CountryExposure] = []
    var unscored: [String] = []
    let backbones = DomesticBackbone.all(in: dataset, model: model)
    for (index, country) in dataset.countries.enumeratedRows {
      guard assessment.isScored(index) else {
        unscored.append(country.code)
        continue
      }
      exposures.append(assessCountry(
        index, analysis: analysis, model: model, risk: risk?.countries[index],
        operators: assessment.operators[index], hasOperatorLayer: dataset.hasAutonomousSystems, backbone: backbones[index]))
    }
    exposures.sort { ($0.score, $1.code) > ($1.score, $0.code) }
    for index in exposures.indices { exposures[index].rank = index + 1 }
    return ExposureReport(
      modelName: model.name, modelVersion: model.version, modelHash: assessment.modelHash,
      datasetDirectory: dataset.directory, countries: exposures, unscored: unscored,
      excludedCables: dependency.excludedCables.map { ExcludedCable(id: dataset.cables[$0.cable].id, reason: $0.reason) },
      caveats: [
        .litCapacityFromDemand, .borderCapacityFromDemand, .operatorConcentrationInScoreOnly,
        model.usesCableSegments ? .cableSegments(resolvedCables: dataset.cables.count { !$0.segmentIndices.isEmpty }) : .wholeCables,
        .singlePointsIgnoreBackupPower, .monteCarloEstimates,
        .domesticBackbones(countriesWithMaps: Set(dataset.backboneNetworks.map(\.countryIndex)).count),
      ],
      countryNames: Dictionary(dataset.countries.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first }),
      monteCarloTrials: risk?.trials ?? 0, seed: seed, trialsForTargetStandardError: risk?.trialsForTargetStandardError)
  }

  static func assessCountry(
    _ index: RowIndex<Country>, analysis: StructuralAnalysis, model: RiskModel, risk: CountryRisk?,
    operators: OperatorConcentration?, hasOperatorLayer: Bool, backbone: DomesticBackbone? = nil
  ) -> CountryExposure {
    let dataset = analysis.dataset
    let dependency = analysis.dependency
    let country = dataset.countries[index]
    let code = country.code

    let spofs = analysis.singlePointsOfFailure(of: index).map { failure in
      var timed = failure
      timed.repair = model.repair?.repairTime(of: failure.element.node, in: dependency, dataset: dataset)
      return timed
    }
    let isolation = analysis.independentFailures(of: index)
    let cut = analysis.capacityCut(of: index)
    let diversity = analysis.diversity(of: index)

    let letters = Set(country.rootInstanceIndices.map { dataset.rootInstances[$0].letter }).sorted()
    let exchanges = country.internetExchangeIndices.map { dataset.internetExchanges[$0] }
    let members = exchanges.reduce(0) { $0 + $1.memberNetworks }
    let registry = country.registry?.rawValue
    let seat = registry.flatMap { model.registrySeats[$0] }
    let operatorsAbroad = dataset.rootOperators.filter { dataset.countries[$0.seatCountryIndex].code != code }.count
    let abroadShare = dataset.rootOperators.isEmpty ? 0 : Double(operatorsAbroad) / Double(dataset.rootOperators.count)
    let power = country.powerIndex.map { dataset.power[$0] }

    // Score parts, each 0 (robust) to 100 (worst); formulas documented in Datasets/models/README.md.
    let weights = model.scoreWeights
    var parts: [ScorePart] = []
    func part(_ value: Double, _ weight: SourcedValue, _ evidence: ScoreEvidence) {
      parts.append(ScorePart(evidence: evidence, value: min(max(value, 0), 100), weight: weight.value, contribution: 0))
    }
    let k = isolation.count
    let isHub = dependency.coreLinkNode[index] != nil
    part(k == 0 ? 100 : 100 / Double(k), weights.isolation,
      .isolation(independentFailures: k, failures: isolation.failures, isHub: isHub))
    part(100 * (diversity.entryConcentration ?? 1), weights.entryConcentration,
      .entryConcentration(herfindahl: diversity.entryConcentration, entryPoints: diversity.entryUnits))
    part(100 * (diversity.farEndConcentration ?? 1), weights.farEndConcentration,
      .farEndConcentration(herfindahl: diversity.farEndConcentration, farEndCountries: diversity.farEnds.count))
    part(exchanges.isEmpty ? 100 : 100 * 10 / (10 + Double(members)), weights.localExchange,
      .localExchange(exchanges: exchanges.count, memberNetworks: members))
    part(100 / Double(1 << min(letters.count, 30)), weights.dnsRoot, .dnsRoot(localLetters: letters))
    let seatAbroad = seat.map { $0 != code } ?? true
    part(50 * abroadShare + (seatAbroad ? 50 : 0), weights.governance,
      .governance(rootOperatorsAbroad: operatorsAbroad, rootOperators: dataset.rootOperators.count, registry: registry, registrySeat: seat))
    part(power?.accessPercent.map { 100 - $0 } ?? 50, weights.power,
      .power(electricityAccessPercent: power?.accessPercent, year: power?.accessYear))
    if hasOperatorLayer {
      part(operators.map { 100 * $0.gatewayConcentration } ?? 50, weights.operatorConcentration, .operatorConcentration(operators))
    }
    if let risk {
      part(outcomeScore(risk.expectedTrafficDrop), weights.expectedTrafficDrop,
        .expectedTrafficDrop(
          drop: risk.expectedTrafficDrop, standardError: risk.expectedTrafficDropStandardError,
          capacityLoss: risk.expectedCapacityLoss, isolationProbability: risk.isolationProbability))
    }
    // Weights as they apply: normalised over the parts present, so they sum to 1.
    let totalWeight = parts.reduce(0) { $0 + $1.weight }
    for i in parts.indices {
      parts[i].weight = totalWeight > 0 ? parts[i].weight / totalWeight : 0
      parts[i].contribution = parts[i].value * parts[i].weight
    }
    let score = parts.reduce(0) { $0 + $1.contribution }

    return CountryExposure(
      code: code, name: country.name, regionOf: country.parentIndex.map { dataset.countries[$0].code }, isHub: isHub, rank: 0,
      score: score,
      parts: parts, singlePointsOfFailure: spofs, independentFailuresToIsolate: k,
      isolatingFailures: isolation.failures, minCutTbps: cut.minCutTbps, internationalTbps: cut.internationalTbps,
      minCutShare: cut.internationalTbps > 0 ? cut.minCutTbps / cut.internationalTbps : 0, minCutLinks: cut.links,
      cables: diversity.cables, landingPoints: diversity.landingPoints, farEndCountries: diversity.farEnds,
      landNeighbours: country.neighbourIndices.map { dataset.countries[$0].code }.sorted(),
      entryConcentration: diversity.entryConcentration, farEndConcentration: diversity.farEndConcentration,
      capacityByEntry: diversity.capacityByEntry, capacityByFarEnd: diversity.capacityByFarEnd,
      localRootLetters: letters, rootLettersWhenCutOff: letters,
      internetExchanges: exchanges.count, exchangeMemberNetworks: members,
      domesticTrafficCanStayLocal: !exchanges.isEmpty && members >= 2,
      registry: registry, registrySeat: seat, rootOperatorsAbroadShare: abroadShare,
      electricityAccessPercent: power?.accessPercent, electricityAccessYear: power?.accessYear,
      generationMixPercent: Dictionary(uniqueKeysWithValues: (power?.generationPercent ?? [:]).map { ($0.key.rawValue, $0.value) }),
      generationYear: power?.generationYear, netImportPercent: power?.netImportPercent,
      sitesOnGrid: SitesOnGrid(
        landingPoints: country.landingPointIndices.count, internetExchanges: exchanges.count,
        facilities: country.facilityIndices.count, rootInstances: country.rootInstanceIndices.count),
      risk: risk, operators: operators, backbone: backbone)
  }
}

/// The score part of an expected traffic drop `drop` (a share, 0 to 1): 25
/// points per tenfold, from 0 at 0.01 % (below what the Monte Carlo resolves
/// at its default trial count) to 100 at a total loss. Assumed, because the
/// expected drops of the world's countries span four orders of magnitude, so
/// a linear scale would leave all but a few at 0.
func outcomeScore(_ drop: Double) -> Double {
  guard drop > 1e-4 else { return 0 }
  return min(100, 25 * (drop.logTen + 4))
}

extension Double {
  fileprivate var logTen: Double { Foundation.log10(self) }
}

