// Land borders weighted by transit evidence from the AS layer, on the world
// dataset: which borders are evidenced, and what that does to a border cut.
import Foundation
import NetRiskData
import Testing
@testable import NetRisk

@Suite struct BorderEvidenceTests {
  let dataset: Dataset
  let model: RiskModel

  init() throws {
    dataset = try Dataset.load(from: repositoryDatasets)
    model = try RiskModel.load(from: repositoryDatasets + "/models/default.json").model
  }

  func index(_ code: String) throws -> RowIndex<Country> { try #require(dataset.countryIndex(code)) }

  @Test func transitSharesShowTheKnownUpstreams() throws {
    let shares = OperatorConcentration.transitShares(in: dataset)
    let minimum = model.outcome.transitEvidenceMinShare.value
    // Uganda's networks buy transit in Kenya; Chad's in Cameroon; Lesotho's in South Africa.
    let uganda = try shares[index("UG")].map { (dataset.countries[$0.key].code, $0.value) }.sorted { $0.1 > $1.1 }
    #expect(try (shares[index("UG")][index("KE")] ?? 0) > 0.2, "\(uganda)")
    #expect(try (shares[index("TD")][index("CM")] ?? 0) >= minimum)
    #expect(try (shares[index("LS")][index("ZA")] ?? 0) > 0.5)
    // Nothing across Chad's border with Libya, in either direction.
    #expect(try (shares[index("TD")][index("LY")] ?? 0) < minimum && (shares[index("LY")][index("TD")] ?? 0) < minimum)
    for country in shares.rowIndices {
      #expect(shares[country][country] == nil, "a country is not its own upstream")
      #expect(shares[country].values.reduce(0, +) <= 1 + 1e-9)
    }
  }

  /// Chad reaches the sea through Cameroon and Sudan (2022: both cut, a major
  /// outage). With unevidenced borders discounted, cutting those two takes
  /// most of Chad's lit capacity; with every border alike, its four other
  /// neighbours would carry two thirds of it.
  @Test func unevidencedBordersCarryLess() throws {
    func chadLoss(unevidencedWeight: Double) throws -> Double {
      var variant = model
      variant.outcome.borderWithoutTransitEvidence.value = unevidencedWeight
      let dependency = try DependencyGraph(dataset: dataset, model: variant)
      let scenario = try Scenario(
        name: "Chad", description: "", sources: [], failures: [.init(borderLinks: [["TD", "CM"], ["TD", "SD"]])]
      ).resolve(in: dependency, dataset: dataset, file: "test")
      let estimates = MonteCarlo(dependency: dependency, dataset: dataset, model: variant, scenario: scenario, background: false)
        .run(trials: 64, seed: 1)
      return estimates.countries[try index("TD")].expectedCapacityLoss
    }
    let discounted = try chadLoss(unevidencedWeight: 0.1), alike = try chadLoss(unevidencedWeight: 1)
    #expect(discounted > 0.7, "\(discounted)")
    #expect(alike < 0.5, "\(alike)")
  }
}
