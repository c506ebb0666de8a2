// Repair times, denied repair and the loss-over-time curve of
// `simulate --recovery`: the distribution by hand, the repair of real cables
// against their distances to the ship bases, and the curve on Tonga.
import Foundation
import NetRiskData
import Testing
@testable import NetRisk

@Suite struct RepairTests {
  let dataset: Dataset
  let model: RiskModel
  let repair: RepairModel

  init() throws {
    dataset = try Dataset.load(from: repositoryDatasets)
    model = try RiskModel.load(from: repositoryDatasets + "/models/default.json").model
    repair = try #require(model.repair)
  }

  @Test func stillDownIsOneUntilTheFixedPartThenFallsExponentially() {
    let time = RepairTime(fixedDays: 3, meanWaitDays: 10)
    #expect(time.meanDays == 13)
    #expect(time.stillDown(atDay: 0) == 1)
    #expect(time.stillDown(atDay: 2.99) == 1)
    #expect(abs(time.stillDown(atDay: 13) - exp(-1)) < 1e-12)
    #expect(abs(time.stillDown(atDay: 33) - exp(-3)) < 1e-12)
    #expect(RepairTime(fixedDays: 2, meanWaitDays: 0).stillDown(atDay: 2) == 0)
    let blocked = RepairTime(fixedDays: 3, meanWaitDays: 10, blocked: true)
    #expect(blocked.meanDays == nil)
    #expect(blocked.stillDown(atDay: 10_000) == 1)
    #expect(time.delayed(by: 100).stillDown(atDay: 102) == 1)
    // Never rises with time, for any repair.
    var rng = SystemRandomNumberGenerator()
    for _ in 0 ..< 200 {
      let random = RepairTime(fixedDays: Double.random(in: 0 ... 20, using: &rng), meanWaitDays: Double.random(in: 0 ... 60, using: &rng))
      let days = (0 ..< 10).map { _ in Double.random(in: 0 ... 200, using: &rng) }.sorted()
      let values = days.map(random.stillDown)
      #expect(zip(values, values.dropFirst()).allSatisfy { $0 >= $1 })
    }
  }

  /// Tonga Cable lands in Tonga and Fiji: its repair is the fixed days plus
  /// the mean transit from each landing's nearest base, then the wait.
  @Test func aCablesRepairAveragesTheTransitAndWaitOverItsLandings() throws {
    let cable = try #require(dataset.cableIndex("tonga-cable"))
    let landings = dataset.cables[cable].landingPointIndices.map { dataset.landingPoints[$0] }
    #expect(Set(landings.map { dataset.countries[$0.countryIndex].code }) == ["TO", "FJ"])
    var model = repair
    model.shipBases = [RepairModel.ShipBase(name: "far", latitude: 0, longitude: 0, source: "test")]
    let transit = landings.map { $0.location.distanceKm(to: GeoPoint(latitude: 0, longitude: 0)) / model.shipTransitKmPerDay.value }
    let time = model.repairTime(ofCable: cable, in: dataset)
    #expect(abs(time.fixedDays - (model.cableFixedDays.value + transit.reduce(0, +) / 2)) < 1e-9)
    #expect(abs(time.meanWaitDays - model.cableWaitDays.value) < 1e-9)
    // A ship waiting at every landing: no transit.
    model.shipBases = landings.map { RepairModel.ShipBase(name: $0.id, latitude: $0.location.latitude, longitude: $0.location.longitude, source: "test") }
    #expect(abs(model.repairTime(ofCable: cable, in: dataset).fixedDays - model.cableFixedDays.value) < 1e-9)
    // A country's own figure sets the wait at its landings (mean total = the figure).
    model.cableRepairDaysByCountry = [.init(country: "TO", days: 40, source: "test")]
    let withFigure = model.repairTime(ofCable: cable, in: dataset)
    #expect(abs(withFigure.meanWaitDays - ((40 - model.cableFixedDays.value) + model.cableWaitDays.value) / 2) < 1e-9)
  }

  /// The wait is derived so that the mean repair over the world's cables is
  /// the sourced 30 days (SOURCES.md#S-repair-wait-derived): this fails when
  /// the bases or the dataset move the mean away from it.
  @Test func theDefaultModelsMeanCableRepairIsTheSourcedThirtyDays() throws {
    let dependency = try DependencyGraph(dataset: dataset, model: model)
    let active = dataset.cables.rowIndices.filter { dependency.includes(cable: $0) }
    let mean = active.compactMap { repair.repairTime(ofCable: $0, in: dataset).meanDays }.reduce(0, +) / Double(active.count)
    #expect((28 ... 32).contains(mean), "mean repair \(mean) days")
    // Border links and sites come back within days.
    let border = try #require(dependency.borderLinks.first?.node)
    #expect(try #require(repair.repairTime(of: border, in: dependency, dataset: dataset)?.meanDays) < 1)
    #expect(repair.repairTime(of: dependency.gridNode[RowIndex(0)], in: dependency, dataset: dataset) == nil)
  }

  func denied(_ denial: Scenario.RepairDenial, dependency: DependencyGraph) throws -> Set<Int> {
    var scenario = Scenario(name: "t", description: "", sources: [], failures: [.init(cables: ["tonga-cable"])])
    scenario.repairDenied = denial
    return try scenario.deniedRepairNodes(in: dependency, dataset: dataset, file: "t.json")
  }

  @Test func deniedRepairCoversTheElementsPlacedInTheCountries() throws {
    let dependency = try DependencyGraph(dataset: dataset, model: model)
    let yemen = try #require(dataset.countryIndex("YE"))
    let nodes = try denied(.init(countries: ["YE"]), dependency: dependency)
    // Oracle: every node with a place in Yemen, by the rule of each kind.
    for node in 0 ..< dependency.nodeCount {
      guard let row = dependency.rows[node] else { continue }
      let inYemen: Bool
      switch dependency.kinds[node] {
      case .cable: inYemen = dataset.cables[row].landingPointIndices.contains { dataset.landingPoints[$0].countryIndex == yemen }
      case .cableSegment:
        let segment = dataset.cableSegments[row]
        inYemen = [segment.from, segment.to].contains {
          if case let .landingPoint(point) = $0 { return dataset.landingPoints[point].countryIndex == yemen }
          return false
        }
      case .borderLink: inYemen = dependency.borderLinks.contains { $0.node == node && ($0.countryA == yemen || $0.countryB == yemen) }
      case .landingPoint: inYemen = dataset.landingPoints[row].countryIndex == yemen
      case .facility, .internetExchange, .rootInstance: inYemen = dependency.gridCountry[node] == yemen
      case .country, .grid, .coreLink, .core: inYemen = false
      }
      #expect(nodes.contains(node) == inYemen, "\(dependency.stableID(of: node, in: dataset))")
    }
    #expect(nodes.contains { dependency.kinds[$0] == .borderLink })
    #expect(nodes.contains { dependency.kinds[$0] == .cableSegment })
  }

  @Test func badDenialsAreErrorsNamingTheKey() throws {
    let dependency = try DependencyGraph(dataset: dataset, model: model)
    #expect(throws: InputError.self) { try denied(.init(), dependency: dependency) }
    let unknown = #expect(throws: InputError.self) { try denied(.init(countries: ["YEM"]), dependency: dependency) }
    #expect(unknown?.message.contains("repairDenied: unknown country 'YEM'") == true)
    #expect(throws: InputError.self) { try denied(.init(countries: ["YE"], extraDays: -1), dependency: dependency) }
    let box = Scenario.Box(minLatitude: 20, maxLatitude: 10, minLongitude: 30, maxLongitude: 40)
    let corridor = #expect(throws: InputError.self) {
      try denied(.init(corridor: .init(name: "bad", box: box)), dependency: dependency)
    }
    #expect(corridor?.message.hasPrefix("repairDenied: corridor 'bad'") == true)
    let misspelt: [String: Any] = ["name": "x", "description": "", "sources": [], "failures": [["cables": ["a"]]], "repairDenied": ["country": ["YE"]]]
    #expect(throws: InputError.self) { try Scenario.checkKeys(of: misspelt, file: "t.json") }
  }

  /// Tonga Cable cut: Tonga is isolated at once, back after months, and
  /// stays cut off when repair is blocked or starts 100 days late.
  @Test func tongasCurveFollowsTheRepairOfItsCable() throws {
    let assessment = try Assessment(dataset: dataset, model: model, modelHash: "test")
    var scenario = Scenario(name: "cut", description: "", sources: [], failures: [.init(cables: ["tonga-cable"])])
    let settings = MonteCarloSettings(trials: 640, seed: 3, threads: 2)
    func curve(_ denial: Scenario.RepairDenial?) throws -> [Double] {
      scenario.repairDenied = denial
      let failures = try scenario.resolve(in: assessment.dependency, dataset: dataset, file: "t")
      let report = ScenarioImpact.assess(scenario: scenario, failures: failures, in: assessment, settings: settings, background: false)
      let denied = try scenario.deniedRepairNodes(in: assessment.dependency, dataset: dataset, file: "t")
      let recovery = ScenarioImpact.recovery(
        of: report, failures: failures, denied: denied, denial: denial, repair: repair, in: assessment, settings: settings,
        background: false, days: [1, 50, 3650])
      #expect(recovery.repairs.map(\.id) == ["cable:tonga-cable"])
      return try #require(recovery.countries.first { $0.code == "TO" }).isolationProbability
    }
    let normal = try curve(nil)
    #expect(normal[0] == 1 && normal[1] == 1)  // day 0 and day 1: within the fixed part
    let expected = repair.repairTime(ofCable: try #require(dataset.cableIndex("tonga-cable")), in: dataset).stillDown(atDay: 50)
    #expect(abs(normal[2] - expected) < 4 * (expected * (1 - expected) / 640).squareRoot() + 1e-9, "day 50: \(normal[2]) vs \(expected)")
    #expect(normal[3] == 0)
    #expect(try curve(.init(countries: ["TO"], extraDays: 100)) == [1, 1, 1, 0])
    #expect(try curve(.init(countries: ["TO"], blocked: true)) == [1, 1, 1, 1])
  }

  /// A single point of failure carries its repair time, so that `explain`
  /// can say how long the countries it cuts off stay cut off; a grid does not.
  @Test func singlePointsOfFailureCarryTheirRepairTime() throws {
    let report = try Exposure.assess(dataset: dataset, model: model, modelHash: "test")
    let tonga = try #require(report.countries.first { $0.code == "TO" })
    let cable = try #require(tonga.singlePointsOfFailure.first { $0.element.id == "cable:tonga-cable" || $0.element.id.hasPrefix("segment:tonga-cable/") })
    let index = try #require(dataset.cableIndex("tonga-cable"))
    #expect(cable.repair?.meanDays == repair.repairTime(ofCable: index, in: dataset).meanDays)
    #expect(tonga.singlePointsOfFailure.filter { $0.element.kind == .grid }.allSatisfy { $0.repair == nil })
    var without = model
    without.repair = nil
    let bare = try Exposure.assess(dataset: dataset, model: without, modelHash: "test", trials: 0)
    #expect(bare.countries.allSatisfy { $0.singlePointsOfFailure.allSatisfy { $0.repair == nil } })
  }

  /// The nodes of a group fail together: one draw per group and block.
  @Test func aGroupFailsAsOne() throws {
    let dependency = try DependencyGraph(dataset: dataset, model: model)
    let equiano = try #require(dataset.cableIndex("equiano"))
    let segments = dependency.segmentNodes[equiano]
    let failures = ScenarioFailures(name: "g", nodes: [], grids: [], groups: [(segments, 0.5)])
    let sampler = TrialSampler(
      dependency: dependency, probabilities: FailureProbabilities(dependency: dependency, dataset: dataset, model: model.failures),
      background: false, scenario: failures)
    var seen = 0
    for block in 0 ..< 20 {
      let failed = sampler.failures(block: block, seed: 7)
      #expect(Set(segments.map { failed[$0] }).count == 1)
      seen += failed[segments[0]].nonzeroBitCount
    }
    #expect((640 - 80 ... 640 + 80).contains(seen))  // 1,280 draws at p = 0.5: within ±4.5 standard errors
  }
}
