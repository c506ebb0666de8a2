import NetRiskData
import Testing
@testable import NetRisk

/// Facts about the committed world dataset under the default model that a
/// reader can check against the sources.
@Suite struct WorldExposureTests {
  static func report() throws -> ExposureReport {
    let (model, hash) = try RiskModel.load(from: repositoryDatasets + "/models/default.json")
    return try Exposure.assess(dataset: try Dataset.load(from: repositoryDatasets), model: model, modelHash: hash)
  }

  @Test func worldFacts() throws {
    let report = try Self.report()
    let tonga = try #require(report["TO"])
    #expect(tonga.singlePointsOfFailure.contains { $0.element.name == "Tonga Cable" && $0.cutsOff.contains("TO") })
    #expect(tonga.independentFailuresToIsolate == 1)
    #expect(tonga.farEndCountries == ["FJ"])

    // Lesotho is landlocked inside South Africa, which has the sea.
    let lesotho = try #require(report["LS"])
    #expect(lesotho.landNeighbours == ["ZA"])
    #expect(lesotho.singlePointsOfFailure.contains { $0.element.name == "border link LS-ZA" })
    #expect(lesotho.independentFailuresToIsolate == 1)

    for code in ["DE", "FR", "US"] {
      let country = try #require(report[code])
      #expect(country.independentFailuresToIsolate >= 3, "\(code): k = \(country.independentFailuresToIsolate)")
    }
    // Scores are ranked, bounded, and the sum of their parts.
    #expect(report.countries.map(\.score) == report.countries.map(\.score).sorted(by: >))
    for country in report.countries {
      #expect((0 ... 100).contains(country.score))
      #expect(abs(country.score - country.parts.reduce(0) { $0 + $1.contribution }) < 1e-9)
    }
  }

  @Test func sameInputsGiveTheSameReport() throws {
    let first = try Self.report(), second = try Self.report()
    #expect(first.countries == second.countries)
  }
}
