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
    let (dataset, model, dependency) = (assessment.dataset, assessment.model, assessment.dependency)
    let trials = settings.trials ?? model.failures.defaultScoreTrials
    let seed = settings.seed
    let risk = trials > 0
      ? assessment.monteCarlo().run(trials: trials, seed: seed, threads: settings.threads, progress: progress)
      : nil
    let analysis = assessment.structure
    var exposures: [CountryExposure] = []
    var unscored: [String] = []
    for (index, country) in dataset.countries.enumerated() {
      guard assessment.isScored(index) else {
        unscored.append(country.code)
        continue
      }
      exposures.append(assessCountry(
        index, analysis: analysis, model: model, risk: risk?.countries[index],
        operators: assessment.operators[index], hasOperatorLayer: dataset.hasAutonomousSystems))
    }
    exposures.sort { ($0.score, $1.code) > ($1.score, $0.code) }
    for index in exposures.indices { exposures[index].rank = index + 1 }
    return ExposureReport(
      modelName: model.name, modelVersion: model.version, modelHash: assessment.modelHash,
      datasetDirectory: dataset.directory, countries: exposures, unscored: unscored,
      excludedCables: dependency.excludedCables.map { ExcludedCable(id: dataset.cables[$0.cable].id, reason: $0.reason) },
      caveats: [
        "Lit capacity comes from demand (users x ITU bandwidth per user by development group) over an assumed utilisation; it is shared over a country's cables equally (design capacities are proxies by year and length and do not predict lit capacity).",
        "Border capacity is sized from the smaller side's demand with one fitted share; no cross-border fibre dataset covers most borders.",
        "Operator concentration comes from CAIDA's AS data of December 2018 (address space, not users; ASes, not organisations) and enters the score only; the Monte Carlo does not yet know which operator uses which cable.",
        model.usesCableSegments
          ? "Cables are segments between branching units where the drawn route resolves (\(dataset.cables.count { !$0.segmentIndices.isEmpty }) cables); the others are one whole-system node; every segment carries its cable's full capacity."
          : "A cable is one node: a cut between two branching units fails the whole system in this model (cableSegments is off).",
        "Single points of failure ignore backup power (a grid outage is taken to outlast it); the Monte Carlo applies backup autonomy.",
        "Monte Carlo figures are estimates: each comes with its standard error.",
      ],
      monteCarloTrials: risk?.trials ?? 0, seed: seed, trialsForTargetStandardError: risk?.trialsForTargetStandardError)
  }

  static func assessCountry(
    _ index: Int, analysis: StructuralAnalysis, model: RiskModel, risk: CountryRisk?,
    operators: OperatorConcentration?, hasOperatorLayer: Bool
  ) -> CountryExposure {
    let dataset = analysis.dataset
    let dependency = analysis.dependency
    let country = dataset.countries[index]
    let code = country.code

    let spofs = analysis.singlePointsOfFailure(of: index)
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
    func part(_ name: String, _ value: Double, _ weight: SourcedValue, _ reason: String) {
      parts.append(ScorePart(name: name, value: min(max(value, 0), 100), weight: weight.value, contribution: 0, reason: reason))
    }
    let k = isolation.count
    part("isolation", k == 0 ? 100 : 100 / Double(k), weights.isolation,
      k == 0 ? (dependency.coreLinkNode[index] >= 0 ? "no path to another hub of the global core" : "no international link in the dataset")
        : k == 1 ? "one failure isolates it: \(isolation.failures.joined(separator: ", "))"
        : "\(k) independent failures isolate it, e.g. \(isolation.failures.joined(separator: " + "))")
    part("entryConcentration", 100 * (diversity.entryConcentration ?? 1), weights.entryConcentration,
      diversity.entryConcentration.map {
        "capacity HHI \(format($0)) over \(diversity.entryUnits) landing points and border crossings"
      } ?? "no landing point or border crossing")
    part("farEndConcentration", 100 * (diversity.farEndConcentration ?? 1), weights.farEndConcentration,
      diversity.farEndConcentration.map {
        "capacity HHI \(format($0)) over \(diversity.farEnds.count) far-end countries"
      } ?? "no far-end country")
    part("localExchange", exchanges.isEmpty ? 100 : 100 * 10 / (10 + Double(members)), weights.localExchange,
      exchanges.isEmpty ? "no IXP: domestic traffic leaves the country"
        : "\(exchanges.count) IXP(s) with \(members) member networks")
    part("dnsRoot", 100 / Double(1 << min(letters.count, 30)), weights.dnsRoot,
      letters.isEmpty ? "no root instance in the country"
        : "root letters in the country: \(letters.joined(separator: " "))")
    let seatAbroad = seat.map { $0 != code } ?? true
    part("governance", 50 * abroadShare + (seatAbroad ? 50 : 0), weights.governance,
      "\(operatorsAbroad) of \(dataset.rootOperators.count) root operators sit abroad; address space from "
        + (registry.map { "\($0.uppercased()) (seat \(seat ?? "unknown"))" } ?? "no registry on record"))
    part("power", power?.accessPercent.map { 100 - $0 } ?? 50, weights.power,
      power?.accessPercent.map { "\(format($0))% of people have electricity (\(power?.accessYear.map(String.init) ?? "year unknown"))" }
        ?? "no electricity-access figure: 50 assumed")
    if hasOperatorLayer {
      part("operatorConcentration", operators.map { 100 * $0.gatewayConcentration } ?? 50, weights.operatorConcentration,
        operators.map { concentration in
          let largest = concentration.largestGateway
          return "transit HHI \(format(concentration.gatewayConcentration)) over \(concentration.gateways.count) gateway network(s); "
            + "AS\(largest.asn) carries \(format(100 * largest.share))% of the address space; "
            + "\(concentration.gatewaysForNineTenths) gateway(s) carry nine tenths"
        } ?? "no network of the country in the AS data: 50 assumed")
    }
    if let risk {
      part("expectedTrafficDrop", outcomeScore(risk.expectedTrafficDrop), weights.expectedTrafficDrop,
        "expected traffic drop: \(format(100 * risk.expectedTrafficDrop))% ± \(format(100 * risk.expectedTrafficDropStandardError)) "
          + "(25 points per tenfold, 0 at 0.01%); "
          + "lit capacity lost \(format(100 * risk.expectedCapacityLoss))%; isolated \(format(100 * risk.isolationProbability))% of the time")
    }
    // Weights as they apply: normalised over the parts present, so they sum to 1.
    let totalWeight = parts.reduce(0) { $0 + $1.weight }
    for i in parts.indices {
      parts[i].weight = totalWeight > 0 ? parts[i].weight / totalWeight : 0
      parts[i].contribution = parts[i].value * parts[i].weight
    }
    let score = parts.reduce(0) { $0 + $1.contribution }

    return CountryExposure(
      code: code, name: country.name, isHub: dependency.coreLinkNode[index] >= 0, rank: 0, score: score,
      parts: parts, singlePointsOfFailure: spofs, independentFailuresToIsolate: k,
      isolatingFailures: isolation.failures, minCutTbps: cut.minCutTbps, internationalTbps: cut.internationalTbps,
      minCutShare: cut.internationalTbps > 0 ? cut.minCutTbps / cut.internationalTbps : 0, minCutLinks: cut.links,
      cables: diversity.cables, landingPoints: diversity.landingPoints, farEndCountries: diversity.farEnds,
      landNeighbours: country.neighbourIndices.map { dataset.countries[$0].code }.sorted(),
      entryConcentration: diversity.entryConcentration, farEndConcentration: diversity.farEndConcentration,
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
      risk: risk, operators: operators)
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

/// A number with up to 2 decimals, no trailing zeros, no locale.
func format(_ value: Double) -> String {
  let rounded = (value * 100).rounded() / 100
  if rounded == rounded.rounded() { return String(Int(rounded)) }
  var text = String(rounded)
  if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) > 3 {
    text = String(text[..<text.index(dot, offsetBy: 3)])
  }
  return text
}
