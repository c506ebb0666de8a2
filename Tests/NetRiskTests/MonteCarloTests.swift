import Foundation
import NetRiskData
import NetRiskGraph
import Testing
@testable import NetRisk

@Suite struct MonteCarloTests {
  /// A tiny world: island IS with cables c1 (to hub HB) and c2 (to hub HB via
  /// a second landing), neighbour NB with a border to IS and a cable to HB.
  func tinyWorld() -> WorldBuilder {
    var world = WorldBuilder()
    world.country("HB")
    world.country("IS")
    world.country("NB")
    world.borders = [("IS", "NB")]
    world.cable("c1", ("hb-1", "HB"), ("is-1", "IS"))
    world.cable("c2", ("hb-2", "HB"), ("is-2", "IS"))
    world.cable("c3", ("hb-3", "HB"), ("nb-1", "NB"))
    return world
  }

  /// The default model with only cable failures (everything else never
  /// fails) and no load cascade (a tolerance no load can pass).
  func cablesOnlyModel(hubs: [String], faultsPer1000Km: Double) throws -> RiskModel {
    var (model, _) = try testModel(hubs: hubs)
    model.failures.load.overloadTolerance.value = 1e12
    model.failures.cableFaultsPer1000KmYear.value = faultsPer1000Km
    model.failures.landingPointOutageProbability.value = 0
    model.failures.borderLinkOutageProbability.value = 0
    model.failures.facilityOutageProbability.value = 0
    model.failures.internetExchangeOutageProbability.value = 0
    for band in model.failures.gridBands.indices { model.failures.gridBands[band].outagesPerMonth = 0 }
    model.failures.unknownGridBand.outagesPerMonth = 0
    return model
  }

  @Test func bitParallelAndScalarEnginesAgreeTrialByTrial() throws {
    let dataset = try Dataset.load(from: repositoryDatasets)
    let (model, _) = try RiskModel.load(from: repositoryDatasets + "/models/default.json")
    let dependency = try DependencyGraph(dataset: dataset, model: model)
    let engine = MonteCarlo(dependency: dependency, dataset: dataset, model: model)
    for block in [0, 1, 7] {
      let (fast, slow) = engine.outcomes(block: block, seed: 42)
      #expect(firstDifference(fast, slow, codes: dataset.countries.map(\.code)) == nil, "block \(block)")
    }
    // Random small worlds, with heavier failure rates so that much happens.
    for seed in UInt64(0) ..< 40 {
      var rng = SplitMix64(seed: seed)
      let (world, hubs) = SinglePointsOfFailureTests().randomWorld(&rng)
      let small = try world.load()
      var (smallModel, _) = try testModel(hubs: hubs)
      smallModel.failures.cableFaultsPer1000KmYear.value = 3
      smallModel.failures.landingPointOutageProbability.value = 0.2
      smallModel.failures.borderLinkOutageProbability.value = 0.3
      let smallGraph = try DependencyGraph(dataset: small, model: smallModel)
      let (fast, slow) = MonteCarlo(dependency: smallGraph, dataset: small, model: smallModel).outcomes(block: Int(seed), seed: seed)
      #expect(firstDifference(fast, slow, codes: small.countries.map(\.code)) == nil, "seed \(seed)")
    }
  }

  /// The first country whose outcomes differ between the engines, described briefly.
  func firstDifference(_ a: BlockOutcome, _ b: BlockOutcome, codes: [String]) -> String? {
    for country in codes.indices {
      if a.isolated[country] != b.isolated[country] { return "\(codes[country]) isolated: \(a.isolated[country]) vs \(b.isolated[country])" }
      if a.rootResolutionLost[country] != b.rootResolutionLost[country] { return "\(codes[country]) root resolution differs" }
      if a.lossMicros[country] != b.lossMicros[country] { return "\(codes[country]) loss: \(a.lossMicros[country]) vs \(b.lossMicros[country])" }
      if a.dropMicros[country] != b.dropMicros[country] { return "\(codes[country]) drop: \(a.dropMicros[country]) vs \(b.dropMicros[country])" }
    }
    return nil
  }

  @Test func sameSeedSameBytesOnOneOrTwoThreads() throws {
    let dataset = try Dataset.load(from: repositoryDatasets)
    let (model, _) = try RiskModel.load(from: repositoryDatasets + "/models/default.json")
    let engine = MonteCarlo(dependency: try DependencyGraph(dataset: dataset, model: model), dataset: dataset, model: model)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let one = try encoder.encode(engine.run(trials: 640, seed: 9, threads: 1))
    let two = try encoder.encode(engine.run(trials: 640, seed: 9, threads: 2))
    let again = try encoder.encode(engine.run(trials: 640, seed: 9, threads: 2))
    #expect(one == two && two == again)
    let other = try encoder.encode(engine.run(trials: 640, seed: 10, threads: 1))
    #expect(one != other)
  }

  @Test func zeroAndCertainFailuresGiveExactAnswers() throws {
    let dataset = try tinyWorld().load()
    let model = try cablesOnlyModel(hubs: ["HB"], faultsPer1000Km: 0)
    let dependency = try DependencyGraph(dataset: dataset, model: model)
    let calm = MonteCarlo(dependency: dependency, dataset: dataset, model: model).run(trials: 256, seed: 1)
    for country in calm.countries where country.code != "HB" {
      #expect(country.isolationProbability == 0 && country.expectedCapacityLoss == 0, "\(country.code)")
    }
    let cut = try Scenario(name: "all cables", description: "", sources: [], failures: [
      Scenario.FailureSpec(cables: ["c1", "c2", "c3"]),
    ]).resolve(in: dependency, dataset: dataset, file: "test")
    let storm = MonteCarlo(dependency: dependency, dataset: dataset, model: model, scenario: cut, background: false)
      .run(trials: 256, seed: 1)
    let byCode = Dictionary(uniqueKeysWithValues: storm.countries.map { ($0.code, $0) })
    #expect(byCode["IS"]?.isolationProbability == 1 && byCode["NB"]?.isolationProbability == 1)
    #expect(byCode["IS"]?.expectedCapacityLoss == 1 && byCode["IS"]?.isolationStandardError == 0)
    #expect(byCode["IS"]?.rootResolutionLossProbability == 1)
  }

  /// Enumerates all 2^3 cable states of the tiny world and compares the exact
  /// isolation probability and expected loss with the Monte Carlo estimate.
  @Test func estimatesMatchExactEnumerationWithinTheirStandardError() throws {
    let dataset = try tinyWorld().load()
    let model = try cablesOnlyModel(hubs: ["HB"], faultsPer1000Km: 2)  // 6 faults a year × 30/365 ≈ 0.49 per 3,000 km cable
    let dependency = try DependencyGraph(dataset: dataset, model: model)
    let probabilities = FailureProbabilities(dependency: dependency, dataset: dataset, model: model.failures)
    let cables = try ["c1", "c2", "c3"].map { id in
      let cable = try #require(dataset.cableIndex(id))
      return try #require(dependency.cableNode[cable])
    }
    let p = cables.map { probabilities.nodeDown[$0] }
    var exactIsolation = [String: Double](), exactLoss = [String: Double](), exactDrop = [String: Double]()
    for state in 0 ..< 8 {
      let down = (0 ..< 3).map { state & (1 << $0) != 0 }
      let weight = (0 ..< 3).reduce(1.0) { $0 * (down[$1] ? p[$1] : 1 - p[$1]) }
      // IS reaches HB by c1, c2, or the border to NB and c3; NB by c3 or the border and c1/c2.
      let islandUp = !down[0] || !down[1] || !down[2]
      let neighbourUp = islandUp
      exactIsolation["IS", default: 0] += islandUp ? 0 : weight
      exactIsolation["NB", default: 0] += neighbourUp ? 0 : weight
      // Lit capacity lost by IS, from the outcome model's definitions (an
      // independent Jacobi iteration of the availabilities, not the
      // engine's worklist): both countries have the same demand D, so lit
      // L = D / u on cables (IS: L/2 on each of c1, c2) and B = β L on the border.
      // Availability a = usable lit × far availability / total lit; HB, a hub, has 1.
      let lit = 1 / model.outcome.utilisation.value, border = model.outcome.borderShare.value * lit
      var island = 1.0, neighbour = 1.0
      for _ in 0 ..< 500 {
        let nextIsland = islandUp ? ((down[0] ? 0 : lit / 2) + (down[1] ? 0 : lit / 2) + border * neighbour) / (lit + border) : 0
        let nextNeighbour = neighbourUp ? ((down[2] ? 0 : lit) + border * island) / (lit + border) : 0
        (island, neighbour) = (nextIsland, nextNeighbour)
      }
      exactLoss["IS", default: 0] += weight * (1 - island)
      // Traffic drop after rerouting onto the surviving headroom (T / D = lit + border, D = 1).
      let rho = model.outcome.reroutingEfficiency.value
      exactDrop["IS", default: 0] += weight * (islandUp ? min(max((1 - island) - rho * island * (lit + border - 1), 0), 1) : 1)
    }
    let estimate = MonteCarlo(dependency: dependency, dataset: dataset, model: model).run(trials: 64 * 400, seed: 5)
    let byCode = Dictionary(uniqueKeysWithValues: estimate.countries.map { ($0.code, $0) })
    for code in ["IS", "NB"] {
      let risk = try #require(byCode[code])
      let exact = try #require(exactIsolation[code])
      #expect(abs(risk.isolationProbability - exact) <= 4 * risk.isolationStandardError + 1e-9,
        "\(code): estimate \(risk.isolationProbability) ± \(risk.isolationStandardError), exact \(exact)")
    }
    let island = try #require(byCode["IS"])
    let exact = try #require(exactLoss["IS"])
    #expect(abs(island.expectedCapacityLoss - exact) <= 4 * island.expectedCapacityLossStandardError + 1e-6,
      "loss estimate \(island.expectedCapacityLoss) ± \(island.expectedCapacityLossStandardError), exact \(exact)")
    let exactTraffic = try #require(exactDrop["IS"])
    #expect(abs(island.expectedTrafficDrop - exactTraffic) <= 4 * island.expectedTrafficDropStandardError + 1e-6,
      "drop estimate \(island.expectedTrafficDrop) ± \(island.expectedTrafficDropStandardError), exact \(exactTraffic)")
  }

  @Test func cuttingTheTongaCableIsolatesTongaAndNothingElse() throws {
    let dataset = try Dataset.load(from: repositoryDatasets)
    let (model, _) = try RiskModel.load(from: repositoryDatasets + "/models/default.json")
    let dependency = try DependencyGraph(dataset: dataset, model: model)
    let scenario = try Scenario(name: "Tonga Cable cut", description: "", sources: [], failures: [
      Scenario.FailureSpec(cables: ["tonga-cable"]),
    ]).resolve(in: dependency, dataset: dataset, file: "test")
    let cut = MonteCarlo(dependency: dependency, dataset: dataset, model: model, scenario: scenario, background: false)
      .run(trials: 64, seed: 1)
    let calm = MonteCarlo(dependency: dependency, dataset: dataset, model: model, scenario: .none, background: false)
      .run(trials: 64, seed: 1)
    let newlyIsolated = zip(cut.countries, calm.countries)
      .filter { $0.0.isolationProbability > $0.1.isolationProbability }.map(\.0.code)
    #expect(newlyIsolated == ["TO"])
    #expect(cut.countries.first { $0.code == "TO" }?.isolationProbability == 1)
  }

  /// A (heavy demand) and B share cable s; A also has cable a1. Cutting a1
  /// moves A's traffic onto s, which overloads and fails for B too.
  @Test func overloadCascadesToCountriesSharingALink() throws {
    var world = WorldBuilder()
    world.country("HB", population: 1)
    world.country("AA")
    world.country("BB", population: 1)
    world.cable("a1", ("hb-1", "HB"), ("aa-1", "AA"))
    world.cable("s", ("hb-2", "HB"), ("aa-2", "AA"), ("bb-1", "BB"))
    let dataset = try world.load()
    func lossAfterCuttingA1(tolerance: Double) throws -> [String: Double] {
      var model = try cablesOnlyModel(hubs: ["HB"], faultsPer1000Km: 0)
      // A's share: a1/2 + s/3 of equal 100 Tbit/s cables. 500 users × 400,000
      // Mbit/s = 200 Tbit/s: pressure 2.4 at first, 6 on s alone after the cut,
      // past (1 + 0.5) × 3 users = 4.5 but not (1 + 2) × 3 = 9.
      model.failures.load.internationalMbpsPerUser.value = 400_000
      model.failures.load.overloadTolerance.value = tolerance
      let dependency = try DependencyGraph(dataset: dataset, model: model)
      let cut = try Scenario(name: "a1", description: "", sources: [], failures: [Scenario.FailureSpec(cables: ["a1"])])
        .resolve(in: dependency, dataset: dataset, file: "test")
      let engine = MonteCarlo(dependency: dependency, dataset: dataset, model: model, scenario: cut, background: false)
      let (fast, slow) = engine.outcomes(block: 0, seed: 1)
      #expect(fast == slow)
      return Dictionary(uniqueKeysWithValues: engine.run(trials: 64, seed: 1).countries.map { ($0.code, $0.expectedCapacityLoss) })
    }
    let cascading = try lossAfterCuttingA1(tolerance: 0.5)
    #expect(cascading["AA"] == 1 && cascading["BB"] == 1)
    let tolerant = try lossAfterCuttingA1(tolerance: 2.0)
    #expect(tolerant["AA"] == 0.5 && tolerant["BB"] == 0)
  }

  @Test func badScenariosAreClearErrors() throws {
    let dataset = try tinyWorld().load()
    let (model, _) = try testModel(hubs: ["HB"])
    let dependency = try DependencyGraph(dataset: dataset, model: model)
    func message(_ spec: Scenario.FailureSpec) -> String? {
      do {
        _ = try Scenario(name: "x", description: "", sources: [], failures: [spec]).resolve(in: dependency, dataset: dataset, file: "s.json")
        return nil
      } catch { return "\(error)" }
    }
    #expect(message(Scenario.FailureSpec(cables: ["c4"])) == "s.json: failures[0]: unknown cable 'c4'; did you mean 'c1'?")
    #expect(message(Scenario.FailureSpec(cables: ["c1"], probability: 1.5)) == "s.json: failures[0]: probability must be in [0, 1], found 1.5")
    #expect(message(Scenario.FailureSpec()) == "s.json: failures[0]: give exactly one of cables, landingPoints, internetExchanges, facilities, grids, corridor, solarStorm, radius, borderLinks, rootLetters, cableSegments, jurisdiction, registryFailure")
    #expect(message(Scenario.FailureSpec(grids: [Scenario.GridOutage(country: "XX", hours: 3)]))?.hasPrefix("s.json: failures[0]: unknown country 'XX'") == true)
  }

  /// Every documented rule of the corridor and radius selectors, and an
  /// empty failures list, is an error naming the entry.
  @Test(arguments: [
    (Scenario.FailureSpec(corridor: .init(name: "both", box: .init(minLatitude: 0, maxLatitude: 1, minLongitude: 0, maxLongitude: 1), polygon: [[0, 0], [1, 0], [1, 1]])),
     "corridor 'both' needs exactly one of box and polygon"),
    (Scenario.FailureSpec(corridor: .init(name: "upside", box: .init(minLatitude: 5, maxLatitude: 1, minLongitude: 0, maxLongitude: 1), polygon: nil)),
     "corridor 'upside' box: minLatitude and minLongitude must not exceed maxLatitude and maxLongitude"),
    (Scenario.FailureSpec(corridor: .init(name: "far", box: nil, polygon: [[500, 0], [1, 0], [1, 1]])),
     "corridor 'far' polygon vertex 0: latitude must be in [-90, 90] and longitude in [-180, 180], found 0.0, 500.0"),
    (Scenario.FailureSpec(corridor: .init(name: "bowtie", box: nil, polygon: [[0, 0], [1, 1], [1, 0], [0, 1]])),
     "corridor 'bowtie' polygon crosses itself (edges 0 and 2)"),
    (Scenario.FailureSpec(radius: .init(latitude: 0, longitude: 0, kilometres: 0, kinds: [.cable])),
     "radius: kilometres must be a number > 0, found 0.0"),
    (Scenario.FailureSpec(radius: .init(latitude: 0, longitude: 0, kilometres: 10, kinds: [])),
     "radius: kinds is empty: name at least one kind of element"),
    (Scenario.FailureSpec(radius: .init(latitude: 91, longitude: 0, kilometres: 10, kinds: [.cable])),
     "radius: latitude must be in [-90, 90] and longitude in [-180, 180], found 91.0, 0.0"),
  ])
  func corridorAndRadiusRulesAreEnforced(spec: Scenario.FailureSpec, message: String) throws {
    let dataset = try tinyWorld().load()
    let (model, _) = try testModel(hubs: ["HB"])
    let dependency = try DependencyGraph(dataset: dataset, model: model)
    #expect(throws: InputError(file: "s.json", message: "failures[0]: " + message)) {
      try Scenario(name: "x", description: "", sources: [], failures: [spec]).resolve(in: dependency, dataset: dataset, file: "s.json")
    }
    #expect(throws: InputError(file: "s.json", message: "failures is empty: a scenario must fail at least one element")) {
      try Scenario(name: "x", description: "", sources: [], failures: []).resolve(in: dependency, dataset: dataset, file: "s.json")
    }
  }
}
