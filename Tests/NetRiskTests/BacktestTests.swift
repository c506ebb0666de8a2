import Foundation
import NetRiskData
import Testing
@testable import NetRisk

@Suite struct BacktestTests {
  let classes = ["none", "degraded", "partial", "major", "total"]

  func pair(_ observed: String, _ predicted: String, loss: Double) -> BacktestPair {
    BacktestPair(incident: "i", country: "XX", observed: observed, predicted: predicted, expectedLoss: loss, isolationProbability: 0, capacityLoss: 0)
  }

  @Test func metricsOnKnownPairs() {
    let pairs = [pair("total", "total", loss: 1), pair("major", "partial", loss: 0.3), pair("none", "major", loss: 0.6), pair("degraded", "degraded", loss: 0.05)]
    let metrics = Backtest.metrics(pairs, classes: classes)
    #expect(metrics.pairs == 4 && metrics.exactAccuracy == 0.5 && metrics.withinOneAccuracy == 0.75)
    #expect(metrics.confusion[4][4] == 1 && metrics.confusion[3][2] == 1 && metrics.confusion[0][3] == 1 && metrics.confusion[1][1] == 1)
    // Ranks of loss: 4, 2, 3, 1; of observed: 4, 3, 1, 2 → ρ = 1 - 6·Σd²/(n(n²-1)) = 1 - 6·6/60 = 0.4.
    #expect(abs((metrics.spearman ?? 0) - 0.4) < 1e-12)
  }

  @Test func spearmanHandlesTiesAndNoSpread() {
    #expect(Backtest.spearman([1, 2, 3], [1, 2, 3]) == 1)
    #expect(Backtest.spearman([1, 2, 3], [3, 2, 1]) == -1)
    #expect(Backtest.spearman([1, 1, 1], [1, 2, 3]) == nil)
    let tied = Backtest.spearman([1, 1, 2], [1, 2, 3]) ?? 0
    #expect(abs(tied - 0.8660254037844386) < 1e-12)
  }

  func write(_ text: String) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("incidents-\(UUID().uuidString).json").path
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    return path
  }

  func incidents(_ body: String) -> String {
    #"{"version": 1, "severityClasses": ["none", "degraded", "partial", "major", "total"], "incidents": ["# + body + "]}"
  }

  @Test func replayingAHandBuiltIncidentPredictsWhatHappened() throws {
    var world = WorldBuilder()
    world.country("HB")
    world.country("IS")
    world.country("TW")
    world.cable("c1", ("hb-1", "HB"), ("is-1", "IS"))
    world.cable("c2", ("hb-2", "HB"), ("tw-1", "TW"))
    world.cable("c3", ("hb-3", "HB"), ("tw-2", "TW"))
    let dataset = try world.load()
    let (fitted, hash) = try testModel(hubs: ["HB"])
    var model = fitted
    // The test states its own rerouting share (the fitted one moves with the incidents).
    model.outcome.reroutingEfficiency.value = 0.5
    let path = try write(incidents(#"""
      {"id": "cut", "name": "c1 and c2 cut", "date": "2023-05-01", "description": "", "sources": [],
       "failures": [{"cables": ["c1", "c2"]}],
       "observations": [{"country": "IS", "severity": "total", "source": "test"}, {"country": "TW", "severity": "major", "source": "test"}]}
      """#))
    let report = try Backtest.run(incidents: try IncidentFile.load(from: path), file: path, dataset: dataset, model: model,
      modelHash: hash, trials: 64, seed: 1, threads: 1)
    // IS is isolated. TW loses one of its two cables, which carry equal
    // shares of its lit capacity: x = 0.5 lost; with utilisation u the
    // survivor has headroom (1 - x)(1/u - 1), of which the share ρ takes
    // displaced traffic: drop = x - ρ (1 - x)(1/u - 1) = 0.5 - 0.5 · 0.5 · 1.5 = 0.125 (partial).
    let u = model.outcome.utilisation.value, rho = model.outcome.reroutingEfficiency.value
    #expect(report.pairs.map(\.predicted) == ["total", "partial"])
    let taiwan = try #require(report.pairs.last)
    #expect(abs(taiwan.capacityLoss - 0.5) < 1e-6)
    #expect(abs(taiwan.expectedLoss - max(0, 0.5 - rho * 0.5 * (1 / u - 1))) < 1e-6)
    #expect(report.overall.exactAccuracy == 0.5)
    // The snapshot carries both figures; one written before capacityLoss was added still reads.
    let snapshot = Snapshot.backtest(report, datasetHash: "d")
    let entry = snapshot["incidents"]?["cut"]?["countries"]?["TW"]
    #expect(entry?["capacityLoss"]?.doubleValue.map { abs($0 - taiwan.capacityLoss) < 1e-6 } == true)
    #expect(entry?["loss"]?.doubleValue.map { abs($0 - taiwan.expectedLoss) < 1e-6 } == true)
    let lines = snapshot.canonicalText.split(separator: "\n", omittingEmptySubsequences: false)
    let older = try write(lines.filter { !$0.contains("\"capacityLoss\"") }.joined(separator: "\n"))
    #expect(try Snapshot.load(from: older)["incidents"]?["cut"]?["countries"]?["TW"]?["capacityLoss"] == nil)
    let damaged = try write(snapshot.canonicalText.replacingOccurrences(of: "\"capacityLoss\": 0.5", with: "\"capacityLoss\": 2.5"))
    #expect(throws: InputError.self) { try Snapshot.load(from: damaged) }
  }

  @Test(arguments: [
    (#"{"id": "a", "name": "", "date": "2023-13-01", "description": "", "sources": [], "failures": [], "observations": []}"#,
     "incidents[0] (a): date must be YYYY-MM-DD, found '2023-13-01'"),
    (#"{"id": "a", "name": "", "date": "2023-01-01", "description": "", "sources": [], "failures": [], "observations": [{"country": "TO", "severity": "awful", "source": ""}]}"#,
     "incidents[0] (a).observations[0]: severity 'awful' is not one of none, degraded, partial, major, total"),
    (#"{"id": "a", "name": "", "date": "2023-01-01", "description": "", "sources": [], "failures": [], "observations": [], "severty": 1}"#,
     "unknown key 'severty' in incidents[0]"),
    (#"{"id": "a", "name": "", "date": "2023-01-01", "description": "", "sources": [], "failures": [], "observations": []}, {"id": "a", "name": "", "date": "2023-01-02", "description": "", "sources": [], "failures": [], "observations": []}"#,
     "incidents[1] (a): duplicate id"),
    (#"{"id": "a", "name": "", "date": "2023-01-01", "description": "", "sources": [], "failures": [], "observations": [{"country": "TO", "severity": "total", "source": ""}]}"#,
     "incidents[0] (a): failures is empty: say what failed"),
    (#"{"id": "a", "name": "", "date": "2023-01-01", "description": "", "sources": [], "failures": [{"cables": ["tonga-cable"]}], "observations": []}"#,
     "incidents[0] (a): observations is empty: an incident without an observation cannot be scored"),
    ("", "incidents is empty: the file must hold at least one incident"),
  ])
  func malformedIncidentFilesAreClearErrors(body: String, message: String) throws {
    let path = try write(incidents(body))
    do {
      _ = try IncidentFile.load(from: path)
      Issue.record("no error")
    } catch let error as InputError {
      #expect(error.message == message)
    }
  }

  @Test func shippedIncidentsReplayAndDiffBetweenModels() throws {
    let dataset = try Dataset.load(from: repositoryDatasets)
    var (model, hash) = try RiskModel.load(from: repositoryDatasets + "/models/default.json")
    let path = repositoryDatasets + "/incidents/incidents.json"
    var file = try IncidentFile.load(from: path)
    #expect(file.incidents.count >= 30)
    #expect(file.incidents.reduce(0) { $0 + $1.observations.count } >= 150)
    file.incidents = Array(file.incidents.prefix(12))  // enough to exercise the replay; the debug build is slow
    #expect(file.incidents.contains { $0.observations.contains { $0.severity == "none" } })
    let first = try Backtest.run(incidents: file, file: path, dataset: dataset, model: model, modelHash: hash, trials: 64, seed: 1, threads: 2)
    #expect(first.overall.pairs == file.incidents.reduce(0) { $0 + $1.observations.count })
    // A stricter "degraded" threshold changes predictions; diff sees it and the gate flips.
    model.backtest.rules[3].minTrafficDrop = 0.5
    model.backtest.rules[3].minCapacityLoss = nil
    hash += "-strict"
    let second = try Backtest.run(incidents: file, file: path, dataset: dataset, model: model, modelHash: hash, trials: 64, seed: 1, threads: 2)
    let datasetHash = try DatasetHash.compute(directory: repositoryDatasets)
    let comparison = try SnapshotDiff.compare(
      old: Snapshot.backtest(first, datasetHash: datasetHash), new: Snapshot.backtest(second, datasetHash: datasetHash),
      tolerances: DiffTolerances(maxScoreDelta: 0))
    // Losses below the partial threshold that were "degraded" are now "none", and nothing else moves.
    #expect(comparison.changes.contains { $0.oldClass == "degraded" && $0.newClass == "none" })
    #expect(comparison.changes.allSatisfy { $0.oldClass == "degraded" && $0.newClass == "none" })
    let moved = first.overall.exactAccuracy != second.overall.exactAccuracy
    #expect(comparison.withinTolerances == !moved)
  }

  /// The fit maximises agreement over the grid, so in sample it does at least
  /// as well as the model file's own point when that point is in the grid;
  /// every observation is predicted once out of sample; the fold parameters
  /// come from the grid.
  @Test func crossValidationFitsOnTheGridAndPredictsEveryObservation() throws {
    let dataset = try Dataset.load(from: repositoryDatasets)
    var (model, hash) = try RiskModel.load(from: repositoryDatasets + "/models/default.json")
    let path = repositoryDatasets + "/incidents/incidents.json"
    var file = try IncidentFile.load(from: path)
    file.incidents = file.incidents.filter { ["ace-mauritania-2018-03", "tonga-2019-01", "chad-2022-08", "iberia-2025-04"].contains($0.id) }
    #expect(file.incidents.count == 4)
    model.outcome.calibration.borderShare = [model.outcome.borderShare.value, 0.4]
    model.outcome.calibration.reroutingEfficiency = [model.outcome.reroutingEfficiency.value]
    model.outcome.calibration.cableShareExponent = [model.outcome.cableShareExponent.value]
    model.outcome.calibration.accessKeptInBlackout = [model.outcome.accessKeptInBlackout.value, 0]
    model.outcome.calibration.borderWithoutTransitEvidence = [model.outcome.borderWithoutTransitEvidence.value]
    model.outcome.calibration.transitPastBreak = [model.outcome.transitPastBreak.value]
    model.outcome.calibration.degradedCapacityLoss = [0.02, 0.3]
    let report = try Backtest.crossValidate(
      incidents: file, file: path, dataset: dataset, model: model, modelHash: hash, trials: 64, seed: 1, threads: 2)
    let pairs = file.incidents.reduce(0) { $0 + $1.observations.count }
    #expect(report.gridPoints == 8)
    #expect(report.inSample.pairs == pairs && report.outOfSample.pairs == pairs && report.modelMetrics.pairs == pairs)
    func agreement(_ m: BacktestMetrics) -> Double { 2 * m.exactAccuracy + (m.withinOneAccuracy - m.exactAccuracy) }
    #expect(agreement(report.inSample) >= agreement(report.modelMetrics) - 1e-12)
    #expect(agreement(report.inSample) >= agreement(report.outOfSample) - 1e-12)
    #expect(report.foldParameters.count == 4)
    #expect(report.foldParameters.allSatisfy { [model.outcome.borderShare.value, 0.4].contains($0.parameters.borderShare) })
    // The Tonga Cable cut isolates Tonga: total, whatever the fitted parameters.
    #expect(Backtest.report(try Backtest.simulate(incidents: file, file: path, dataset: dataset, model: model, trials: 64, seed: 1, threads: 1),
      incidents: file, model: model, modelHash: hash, thresholds: model.backtest, trials: 64, seed: 1)
      .pairs.first { $0.incident == "tonga-2019-01" }?.predicted == "total")
  }
}
