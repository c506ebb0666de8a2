import Foundation
import NetRiskData
import Testing
@testable import NetRisk

@Suite struct SnapshotTests {
  static func snapshot(weight: Double? = nil, trials: Int = 0, threads: Int = 1) throws -> JSONValue {
    var (model, hash) = try RiskModel.load(from: repositoryDatasets + "/models/default.json")
    if let weight {
      model.scoreWeights.isolation.value = weight
      hash += "-isolation-\(weight)"
    }
    let report = try Exposure.assess(
      dataset: try Dataset.load(from: repositoryDatasets), model: model, modelHash: hash, trials: trials, seed: 3, threads: threads)
    return Snapshot.exposure(report, datasetHash: try DatasetHash.compute(directory: repositoryDatasets))
  }

  @Test func identicalInputsGiveIdenticalBytesOnAnyThreadCount() throws {
    let one = try Self.snapshot(trials: 640, threads: 1).canonicalText
    let two = try Self.snapshot(trials: 640, threads: 2).canonicalText
    #expect(one == two)
    // Canonical text is a fixed point: read back and written again, the same bytes.
    #expect(try JSONValue.parse(Data(one.utf8)).canonicalText == one)
  }

  @Test func changedWeightShowsInDiffAndFlipsTheExitAtTheRightTolerance() throws {
    let before = try Self.snapshot(), after = try Self.snapshot(weight: 0.5)
    let open = try SnapshotDiff.compare(old: before, new: after)
    #expect(open.withinTolerances && !open.changes.isEmpty)
    #expect(open.oldModel != open.newModel && open.oldDatasetHash == open.newDatasetHash)
    let largest = try #require(open.changes.first).scoreDelta
    #expect(largest != 0)
    #expect(open.changes.allSatisfy { abs($0.scoreDelta) <= abs(largest) })
    let tight = try SnapshotDiff.compare(old: before, new: after, tolerances: DiffTolerances(maxScoreDelta: abs(largest) - 1e-6))
    #expect(!tight.withinTolerances)
    let loose = try SnapshotDiff.compare(old: before, new: after, tolerances: DiffTolerances(maxScoreDelta: abs(largest) + 1e-6))
    #expect(loose.withinTolerances)
    let same = try SnapshotDiff.compare(old: before, new: before, tolerances: DiffTolerances(maxScoreDelta: 0, maxRankShift: 0))
    #expect(same.changes.isEmpty && same.withinTolerances)
    let onlyTonga = try SnapshotDiff.compare(old: before, new: after, tolerances: DiffTolerances(countries: ["TO"]))
    #expect(onlyTonga.changes.map(\.code) == ["TO"])
  }

  @Test(arguments: [
    ("not json", "not valid JSON"),
    (#"{"schema": "other"}"#, #"not a netrisk snapshot: expected "schema": "netrisk-snapshot""#),
    (#"{"schema": "netrisk-snapshot", "schemaVersion": 9}"#, "schemaVersion 9; this netrisk reads version 2"),
    (#"{"schema": "netrisk-snapshot", "schemaVersion": 2, "kind": "movie"}"#, #"kind must be "exposure" or "backtest""#),
    (#"{"schema": "netrisk-snapshot", "schemaVersion": 2, "kind": "exposure", "model": {}, "dataset": {}}"#, #"missing "countries""#),
  ])
  func malformedSnapshotsAreClearErrors(text: String, message: String) throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString).json").path
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    do {
      _ = try Snapshot.load(from: path)
      Issue.record("no error for \(text)")
    } catch let error as InputError {
      #expect(error.location.file == path)
      #expect(error.message.hasPrefix(message), "\(error.message)")
    }
  }

  @Test func snapshotsOfDifferentKindsDoNotCompare() throws {
    let exposure = try Self.snapshot()
    let backtest = JSONValue.object(["kind": .string("backtest"), "incidents": .object([:])])
    #expect(throws: InputError.self) { try SnapshotDiff.compare(old: exposure, new: backtest) }
  }

  /// A snapshot written by netrisk, with one member of Tonga's entry replaced.
  static func tongaEntry(_ key: String, _ value: JSONValue?) throws -> String {
    guard case var .object(top) = try snapshot(), case var .object(countries)? = top["countries"],
      case var .object(tonga)? = countries["TO"]
    else {
      Issue.record("the snapshot has no countries.TO object")
      return ""
    }
    tonga[key] = value
    countries["TO"] = .object(tonga)
    top["countries"] = .object(countries)
    return JSONValue.object(top).canonicalText
  }

  @Test(arguments: [
    ("score", JSONValue.string("high"), "countries.TO.score: must be a number"),
    ("score", .number(101), "countries.TO.score: must be between 0.0 and 100.0, not 101.0"),
    ("rank", .integer(-3), "countries.TO.rank: must be between 1 and"),
    ("rank", .number(2.5), "countries.TO.rank: must be a whole number"),
    ("k", nil, "countries.TO: missing 'k'"),
    ("scroe", .number(1), "countries.TO: unknown member 'scroe'; did you mean 'score'?"),
    ("singlePointsOfFailure", .object(["landing:x": .integer(1)]), "countries.TO.singlePointsOfFailure: member 'landing:x' must be a string"),
  ])
  func snapshotBodiesAreCheckedAgainstTheirSchema(key: String, value: JSONValue?, message: String) throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString).json").path
    try Self.tongaEntry(key, value).write(toFile: path, atomically: false, encoding: .utf8)
    #expect {
      _ = try Snapshot.load(from: path)
    } throws: { error in
      (error as? InputError).map { $0.location.file == path && $0.message.hasPrefix(message) } == true
    }
  }

  /// Single points of failure are keyed by stable id: a new label for the
  /// same element is no change, another element is one (printed by label).
  @Test func diffComparesSinglePointsOfFailureByID() throws {
    let before = try JSONValue.parse(Data(try Self.tongaEntry("singlePointsOfFailure", .object([
      "landing:nukualofa-tonga": .string("landing point Nuku'alofa, Tonga"), "grid:TO": .string("power grid of Tonga"),
    ])).utf8))
    let after = try JSONValue.parse(Data(try Self.tongaEntry("singlePointsOfFailure", .object([
      "landing:nukualofa-tonga": .string("landing point Nukualofa (renamed)"), "segment:tonga-cable/1": .string("Tonga Cable"),
    ])).utf8))
    let tonga = try #require(try SnapshotDiff.compare(old: before, new: after).changes.first { $0.code == "TO" })
    #expect(tonga.spofsGained == ["Tonga Cable"])
    #expect(tonga.spofsLost == ["power grid of Tonga"])
  }

  @Test func unchangedSnapshotPassesItsOwnSchema() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString).json").path
    try Self.snapshot(trials: 64).canonicalText.write(toFile: path, atomically: false, encoding: .utf8)
    _ = try Snapshot.load(from: path)
  }

  @Test func malformedJSONSaysLineAndColumn() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("snapshot-\(UUID().uuidString).json").path
    try "{\n  \"schema\": \"netrisk-snapshot\",\n  \"kind\": ,\n}".write(toFile: path, atomically: false, encoding: .utf8)
    #expect {
      _ = try Snapshot.load(from: path)
    } throws: { error in
      (error as? InputError)?.message.contains("line 3, column") == true
    }
  }
}
