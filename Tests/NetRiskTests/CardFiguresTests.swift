// The figures behind the report's per-country charts: the exceedance curve
// of the traffic drop, and capacity by entry point and far end.
import Foundation
import NetRiskData
import NetRiskGraph
import Testing
@testable import NetRisk

@Suite struct CardFiguresTests {
  /// Against counting: on random samples (ties, zeros and whole losses
  /// included), the share at or above each threshold is exact.
  @Test func exceedanceCountsTheTrialsAtOrAboveEachThreshold() {
    var random = SplitMix64(seed: 23)
    for round in 0 ..< 200 {
      let count = Int.random(in: 1 ... 300, using: &random)
      var values: [Int64] = []
      for _ in 0 ..< count {
        switch Int.random(in: 0 ..< 4, using: &random) {
        case 0: values.append(0)
        case 1: values.append(1_000_000)
        case 2: values.append(Int64([10_000, 50_000, 100_000, 250_000, 500_000, 750_000].randomElement(using: &random) ?? 0))
        default: values.append(Int64.random(in: 0 ... 1_000_000, using: &random))
        }
      }
      var distribution = ShareDistribution()
      for value in values { distribution.add(micros: value) }
      for threshold in CountryRisk.trafficDropThresholds + [0, 0.001, 0.999] {
        let expected = Double(values.count { Double($0) >= threshold * 1e6 - 1e-6 }) / Double(count)
        #expect(distribution.exceedance(threshold, trials: Double(count)) == expected, "round \(round), threshold \(threshold)")
      }
    }
  }

  /// The curve falls as the threshold rises, starts at most at 1, and its
  /// last point (all traffic lost) is at least the isolation probability.
  @Test func theWorldsCurvesAreMonotoneAndBoundIsolation() throws {
    let assessment = try Assessment.load(datasetDirectory: repositoryDatasets, modelFile: repositoryDatasets + "/models/default.json")
    let report = assessment.exposure(MonteCarloSettings(trials: 640, seed: 3, threads: 2))
    for country in report.countries {
      let risk = try #require(country.risk)
      let shares = risk.trafficDropExceedance.map(\.shareOfTrials)
      #expect(risk.trafficDropExceedance.map(\.drop) == CountryRisk.trafficDropThresholds)
      #expect(zip(shares, shares.dropFirst()).allSatisfy { $0 >= $1 } && (shares.first ?? 0) <= 1, "\(country.code)")
      #expect((shares.last ?? 0) >= risk.isolationProbability - 1e-12, "\(country.code)")
    }
    let tonga = try #require(report.countries.first { $0.code == "TO" }?.risk)
    #expect(tonga.isolationProbability > 0 && (tonga.trafficDropExceedance.last?.shareOfTrials ?? 0) > 0)
  }

  /// Capacity by entry point and by far end are the same links counted two
  /// ways: the same total, and their concentrations are the ones the score uses.
  @Test func capacitiesAddUpAndGiveTheConcentrations() throws {
    let assessment = try Assessment.load(datasetDirectory: repositoryDatasets, modelFile: repositoryDatasets + "/models/default.json")
    let report = assessment.exposure(MonteCarloSettings(trials: 0, seed: 1, threads: 1))
    func hhi(_ amounts: [Double]) -> Double? {
      let total = amounts.reduce(0, +)
      return total > 0 ? amounts.reduce(0) { $0 + ($1 / total) * ($1 / total) } : nil
    }
    var checked = 0
    for country in report.countries {
      let entries = country.capacityByEntry.map(\.tbps), farEnds = country.capacityByFarEnd.map(\.tbps)
      #expect(abs(entries.reduce(0, +) - farEnds.reduce(0, +)) < 1e-9, "\(country.code)")
      #expect(zip(entries, entries.dropFirst()).allSatisfy { $0 >= $1 } && zip(farEnds, farEnds.dropFirst()).allSatisfy { $0 >= $1 })
      #expect(Set(country.capacityByFarEnd.map(\.country)) == Set(country.farEndCountries), "\(country.code)")
      if let expected = country.entryConcentration, let found = hhi(entries) {
        #expect(abs(expected - found) < 1e-9, "\(country.code)")
        checked += 1
      }
      if let expected = country.farEndConcentration, let found = hhi(farEnds) { #expect(abs(expected - found) < 1e-9, "\(country.code)") }
    }
    #expect(checked > 150)
    let tonga = try #require(report.countries.first { $0.code == "TO" })
    #expect(tonga.capacityByEntry.map(\.element.id) == ["landing:nukualofa-tonga"] && tonga.capacityByFarEnd.map(\.country) == ["FJ"])
  }
}
