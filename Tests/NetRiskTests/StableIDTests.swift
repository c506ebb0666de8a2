// Stable node ids: unique in the world graph, built from dataset ids.
import NetRiskData
import Testing
@testable import NetRisk

@Suite struct StableIDTests {
  @Test(arguments: [true, false])
  func everyNodeOfTheWorldGraphHasItsOwnID(cableSegments: Bool) throws {
    let dataset = try Dataset.load(from: repositoryDatasets)
    var model = try RiskModel.load(from: repositoryDatasets + "/models/default.json").model
    model.cableSegments = cableSegments
    let tonga = try #require(dataset.countryIndex("TO"))
    let landing = try #require(dataset.countries[tonga].landingPointIndices.first)
    let dependency = try DependencyGraph(
      dataset: dataset, model: model, investments: [.exchange(country: tonga), .landingStation(existing: landing, name: "second station")])
    let ids = (0 ..< dependency.nodeCount).map { dependency.stableID(of: $0, in: dataset) }
    #expect(Set(ids).count == ids.count)
    #expect(ids[dependency.countryNode[tonga]] == "country:TO")
    #expect(ids[dependency.gridNode[tonga]] == "grid:TO")
    #expect(ids.suffix(2) == ["new:0:internetExchange", "new:1:landingPoint"])
    let equiano = try #require(dataset.cableIndex("equiano"))
    if cableSegments {
      #expect(dependency.segmentNodes[equiano].map { ids[$0] }.allSatisfy { $0.hasPrefix("segment:equiano/") })
    } else {
      #expect(ids[try #require(dependency.cableNode[equiano])] == "cable:equiano")
    }
  }
}
