import Foundation
import NetRiskData
import Testing
@testable import NetRisk

/// Every shipped scenario loads and resolves against the committed dataset,
/// and the corridors select the cables that really pass there.
@Suite struct ShippedScenarioTests {
  static let directory = repositoryDatasets + "/scenarios"

  static func resolved() throws -> [String: (Scenario, ScenarioFailures, DependencyGraph, Dataset)] {
    let dataset = try Dataset.load(from: repositoryDatasets)
    let (model, _) = try RiskModel.load(from: repositoryDatasets + "/models/default.json")
    let dependency = try DependencyGraph(dataset: dataset, model: model)
    var result: [String: (Scenario, ScenarioFailures, DependencyGraph, Dataset)] = [:]
    for file in try FileManager.default.contentsOfDirectory(atPath: directory).sorted() where file.hasSuffix(".json") {
      let path = directory + "/" + file
      let scenario = try Scenario.load(from: path)
      result[file] = (scenario, try scenario.resolve(in: dependency, dataset: dataset, file: path), dependency, dataset)
    }
    return result
  }

  @Test func everyScenarioLoadsResolvesAndHasSources() throws {
    let all = try Self.resolved()
    #expect(all.count >= 12)
    for (file, (scenario, failures, _, _)) in all {
      #expect(!scenario.sources.isEmpty, "\(file) has no sources")
      // A registry failure selects no element: its effect is dated, not simulated.
      #expect(!failures.nodes.isEmpty || !failures.grids.isEmpty || !failures.registryFailures.isEmpty, "\(file) selects nothing")
    }
  }

  @Test func corridorsSelectTheCablesThatPassThere() throws {
    let all = try Self.resolved()
    func cables(_ file: String) throws -> Set<String> {
      let (_, failures, dependency, dataset) = try #require(all[file])
      // Whole cables or their segments (a corridor selects every segment).
      return Set(failures.nodes.compactMap { dependency.cable(ofNode: $0.node) }.map { dataset.cables[$0].id })
    }
    let redSea = try cables("red-sea-bab-el-mandeb.json")
    #expect(redSea.isSuperset(of: ["asia-africa-europe-1-aae-1", "europe-india-gateway-eig", "seamewe-5"]))
    #expect(!redSea.contains("tonga-cable"))
    #expect(try cables("tonga-cable-cut.json") == ["tonga-cable"])
    #expect(try cables("luzon-strait.json").contains("asia-pacific-gateway-apg"))
  }

  @Test func misspeltKeysAreRejectedWithASuggestion() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-\(UUID().uuidString).json").path
    try #"{"name": "x", "description": "", "sources": [], "failures": [{"cabels": ["tonga-cable"]}]}"#
      .write(toFile: path, atomically: false, encoding: .utf8)
    #expect(throws: InputError(file: path, message: "unknown key 'cabels' in failures[0]; did you mean 'cables'?")) {
      try Scenario.load(from: path)
    }
  }
}
