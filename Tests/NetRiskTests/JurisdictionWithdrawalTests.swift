// A jurisdiction withdrawing its services from target countries: what the
// selector fails, checked against the dataset by an independent reading,
// and what the report keeps (the targets only, the registry's dated effect).
import Foundation
import NetRiskData
import Testing
@testable import NetRisk

@Suite struct JurisdictionWithdrawalTests {
  let dataset: Dataset
  let model: RiskModel
  let dependency: DependencyGraph

  init() throws {
    dataset = try Dataset.load(from: repositoryDatasets)
    model = try RiskModel.load(from: repositoryDatasets + "/models/default.json").model
    dependency = try DependencyGraph(dataset: dataset, model: model)
  }

  func resolve(_ jurisdiction: Scenario.Jurisdiction) throws -> ScenarioFailures {
    try Scenario(name: "w", description: "", sources: [], failures: [.init(jurisdiction: jurisdiction)])
      .resolve(in: dependency, dataset: dataset, file: "w.json")
  }

  @Test func theUnitedStatesWithdrawingFailsWhatIsOwnedOperatedOrSitedThere() throws {
    let failures = try resolve(.init(country: "US", targets: ["CU", "VE"]))
    let withdrawal = try #require(failures.withdrawals.first)
    let failed = Set(failures.nodes.filter { $0.probability == 1 }.map(\.node))
    let us = try #require(dataset.countryIndex("US"))
    // Cables: failed exactly when every owner is mapped to the US; shared
    // when some are (read from cables.csv and the mapping, not the selector).
    let mapped = Dictionary(uniqueKeysWithValues: dataset.ownerJurisdictions.map { ($0.owner, $0.countryIndex) })
    var allUS: [String] = [], someUS: [String] = []
    for cable in dataset.cables where dataset.cableIndex(cable.id).map(dependency.includes(cable:)) == true {
      let owners = cable.owners.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      let inUS = owners.filter { mapped[$0] == us }.count
      if inUS > 0 && inUS == owners.count { allUS.append(cable.id) } else if inUS > 0 { someUS.append(cable.id) }
    }
    #expect(Set(withdrawal.failedCables.map(\.id)) == Set(allUS))
    #expect(Set(withdrawal.sharedCables.map(\.cable.id)) == Set(someUS))
    for id in allUS {
      let cable = try #require(dataset.cableIndex(id))
      #expect(dependency.nodes(ofCable: cable).allSatisfy(failed.contains), "\(id)")
    }
    // Root letters: those whose operator is seated in the US; Verisign's A
    // is one, RIPE NCC's K is not; every instance of them fails.
    #expect(withdrawal.rootLetters.contains("A") && !withdrawal.rootLetters.contains("K"))
    #expect(Set(withdrawal.rootLetters) == Set(dataset.rootOperators.filter { $0.seatCountryIndex == us }.map(\.letter)))
    for (row, instance) in dataset.rootInstances.enumerated() where withdrawal.rootLetters.contains(instance.letter) {
      #expect(dependency.nodeOf(.rootInstance, row: row).map(failed.contains) == true)
    }
    // Sited in the US: its network, its landing points, its borders.
    #expect(failed.contains(dependency.countryNode[us]))
    for (point, landing) in dataset.landingPoints.enumeratedRows where landing.countryIndex == us {
      #expect(failed.contains(dependency.landingPointNode[point]))
    }
    for link in dependency.borderLinks where link.countryA == us || link.countryB == us { #expect(failed.contains(link.node)) }
    #expect(withdrawal.sitedElements[.landingPoint] == dataset.landingPoints.count { $0.countryIndex == us })
    // Nothing of a third country is touched unless it is a US-owned cable or a US letter.
    let mexico = try #require(dataset.countryIndex("MX"))
    for (point, landing) in dataset.landingPoints.enumeratedRows where landing.countryIndex == mexico {
      #expect(!failed.contains(dependency.landingPointNode[point]))
    }
    #expect(withdrawal.targetCables >= withdrawal.unmappedTargetCables)
  }

  @Test func badWithdrawalsAreErrors() throws {
    let unknown = #expect(throws: InputError.self) { try resolve(.init(country: "USA", targets: ["CU"])) }
    #expect(unknown?.message.contains("jurisdiction: unknown country 'USA'") == true)
    #expect(throws: InputError.self) { try resolve(.init(country: "US", targets: [])) }
    #expect(throws: InputError.self) { try resolve(.init(country: "US", targets: ["CU", "ZZ"])) }
    let itself = #expect(throws: InputError.self) { try resolve(.init(country: "US", targets: ["US"])) }
    #expect(itself?.message.contains("cannot withdraw from itself") == true)
  }

  /// The report lists the targets only, and a registry seated in the
  /// jurisdiction appears as a dated effect for the targets it serves.
  @Test func theReportKeepsTheTargetsAndTheRegistryEffect() throws {
    let assessment = try Assessment(dataset: dataset, model: model, modelHash: "test")
    let scenario = Scenario(name: "w", description: "", sources: [], failures: [.init(jurisdiction: .init(country: "US", targets: ["CA", "CU"]))])
    let failures = try scenario.resolve(in: assessment.dependency, dataset: dataset, file: "w")
    let report = ScenarioImpact.assess(
      scenario: scenario, failures: failures, in: assessment, settings: MonteCarloSettings(trials: 64, seed: 1, threads: 2),
      background: false)
    #expect(Set(report.affected.map(\.code)).isSubset(of: ["CA", "CU"]))
    #expect(report.affected.count + report.unaffectedCount == 2)
    #expect(report.affected.contains { $0.code == "CA" })  // Canada's borders and US landings are gone
    #expect(report.registryEffects == [RegistryEffect(registry: .arin, seat: "US", targets: ["CA"])])
    // A withdrawal is a decision, not damage: nothing of it is repaired.
    let recovery = ScenarioImpact.recovery(
      of: report, failures: failures, denied: [], denial: nil, repair: try #require(model.repair), in: assessment,
      settings: MonteCarloSettings(trials: 64, seed: 1, threads: 2), background: false, days: [1, 365])
    #expect(recovery.repairs.isEmpty)
    #expect(recovery.withdrawnElements == failures.withdrawals[0].nodes.count)
    for country in recovery.countries {
      #expect(Set(country.expectedTrafficDrop).count == 1 && Set(country.expectedCapacityLoss).count == 1, "\(country.code)")
    }
  }

  /// A registry that stops operating fails nothing and lists every country
  /// it serves with its resources; an unknown registry is an error.
  @Test func aFailedRegistryListsTheCountriesItServes() throws {
    let assessment = try Assessment(dataset: dataset, model: model, modelHash: "test")
    let scenario = Scenario(name: "r", description: "", sources: [], failures: [.init(registryFailure: "afrinic")])
    let failures = try scenario.resolve(in: assessment.dependency, dataset: dataset, file: "r")
    #expect(failures.nodes.isEmpty && failures.registryFailures == [.afrinic])
    let report = ScenarioImpact.assess(
      scenario: scenario, failures: failures, in: assessment, settings: MonteCarloSettings(trials: 64, seed: 1, threads: 1),
      background: false)
    #expect(report.affected.isEmpty)
    let failure = try #require(report.registryFailures.first)
    #expect(failure.seat == "MU")
    #expect(Set(failure.countries.map(\.code)) == Set(dataset.countries.filter { $0.registry == .afrinic }.map(\.code)))
    #expect(failure.countries.first?.code == "ZA")  // the most IPv4 addresses
    #expect(zip(failure.countries, failure.countries.dropFirst()).allSatisfy { $0.ipv4Addresses >= $1.ipv4Addresses })
    let bad = Scenario(name: "r", description: "", sources: [], failures: [.init(registryFailure: "ripe")])
    let error = #expect(throws: InputError.self) { try bad.resolve(in: dependency, dataset: dataset, file: "r") }
    #expect(error?.message.contains("unknown registry 'ripe'; registries: afrinic apnic arin lacnic ripencc") == true)
  }
}
