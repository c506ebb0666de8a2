// Model files whose numbers the engine cannot use are rejected when read,
// with the key and what is allowed, before any integer conversion can trap.
import Foundation
import NetRiskData
import NetRiskGraph
import Testing
@testable import NetRisk

@Suite struct ModelValidationTests {
  func loadDefaultText() throws -> String {
    try String(contentsOfFile: repositoryDatasets + "/models/default.json", encoding: .utf8)
  }

  /// Writes the default model with one JSON value changed and loads it.
  func load(changing edit: (inout [String: Any]) -> Void) throws -> Error? {
    var object = try #require(try JSONSerialization.jsonObject(with: Data(try loadDefaultText().utf8)) as? [String: Any])
    edit(&object)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID().uuidString).json").path
    try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
    do {
      _ = try RiskModel.load(from: path)
      return nil
    } catch {
      return error
    }
  }

  static func set(_ object: inout [String: Any], _ path: [String], _ value: Any) {
    guard let key = path.first else { return }
    if path.count == 1 { object[key] = value; return }
    var child = object[key] as? [String: Any] ?? [:]
    set(&child, Array(path.dropFirst()), value)
    object[key] = child
  }

  @Test(arguments: [
    (["borderLinkCapacityTbps", "value"], 1e16 as Double, "borderLinkCapacityTbps must be in (0, 1000000] Tbit/s"),
    (["failures", "landingPointOutageProbability", "value"], -0.1, "failures.landingPointOutageProbability must be in [0, 1]"),
    (["failures", "backupFailsToStartProbability", "value"], 1.5, "failures.backupFailsToStartProbability must be in [0, 1]"),
    (["failures", "cableRepairDays", "value"], -3, "failures.cableRepairDays must be a finite number >= 0"),
    (["outcome", "utilisation", "value"], 0, "outcome.utilisation must be > 0"),
    (["outcome", "reroutingEfficiency", "value"], 2, "outcome.reroutingEfficiency must be in [0, 1]"),
    (["failures", "defaultScoreTrials"], 1_000_000_000_000 as Double, "failures.defaultScoreTrials must be in 0...10000000"),
    (["repair", "shipTransitKmPerDay", "value"], 0, "repair.shipTransitKmPerDay must be > 0"),
    (["repair", "cableWaitDays", "value"], -1, "repair.cableWaitDays must be a number of days in [0, 36500]"),
    (["repair", "deniedExtraDays", "value"], 1e9, "repair.deniedExtraDays must be a number of days in [0, 36500]"),
  ] as [([String], Double, String)])
  func outOfRangeValuesAreRejected(path: [String], value: Double, message: String) throws {
    let error = try load { Self.set(&$0, path, value) }
    #expect(error.map { "\($0)".contains(message) } == true, "\(error.map { "\($0)" } ?? "accepted")")
  }

  /// Every problem in one run, one per line, each with the file.
  @Test func everyProblemIsReportedNotJustTheFirst() throws {
    let error = try load {
      Self.set(&$0, ["failures", "cableRepairDays", "value"], -3)
      Self.set(&$0, ["outcome", "utilisation", "value"], 0)
    }
    let problems = try #require(error as? InputError)
    #expect(problems.more.count == 1)
    let lines = "\(problems)".split(separator: "\n")
    #expect(lines.count == 2 && lines.allSatisfy { $0.hasPrefix(problems.location.file + ": ") })
    #expect(lines.contains { $0.contains("outcome.utilisation must be > 0") })
    #expect(lines.contains { $0.contains("failures.cableRepairDays must be a finite number >= 0") })
  }

  @Test func theDefaultModelIsAccepted() throws {
    #expect(try load { _ in } == nil)
  }

  /// A failure probability too small for a geometric gap that fits an Int
  /// draws an empty word instead of trapping.
  @Test func tinyProbabilitiesDrawNothingAndDoNotTrap() {
    var rng = SplitMix64(seed: 1)
    for p in [1e-300, 1e-19, 4e-18, Double.leastNonzeroMagnitude] {
      #expect(bernoulliWord(p, &rng) == 0, "p \(p)")
    }
  }
}

@Suite struct ModelKeyAndSyntaxTests {
  func load(_ text: String) -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("model-\(UUID().uuidString).json").path
    do {
      try text.write(toFile: path, atomically: false, encoding: .utf8)
      _ = try RiskModel.load(from: path)
      return "accepted"
    } catch {
      return "\(error)".replacingOccurrences(of: path, with: "<model>")
    }
  }

  @Test func aMisspeltKeyIsAnErrorWithASuggestion() throws {
    let text = try String(contentsOfFile: repositoryDatasets + "/models/default.json", encoding: .utf8)
    let misspelt = text.replacingOccurrences(
      of: "\"isolation\": {\n      \"value\": 0.15,", with: "\"isolation\": {\n      \"value\": 0.15, \"sorce\": \"x\",")
    #expect(misspelt != text)
    #expect(load(misspelt) == "<model>: unknown key 'sorce' in scoreWeights.isolation; did you mean 'source'?")
    let extra = text.replacingOccurrences(of: #""includePlannedCables": false,"#, with: #""includePlannedCables": false, "includeFutureCables": true,"#)
    #expect(load(extra).hasPrefix("<model>: unknown key 'includeFutureCables' in the top level"))
  }

  @Test func malformedJSONSaysLineAndColumn() throws {
    #expect(load("{\n  \"name\": \"x\",\n  \"version\" \"1\"\n}\n").hasPrefix("<model>: not valid JSON at line 3, column"))
    // Scenario and incident files say it the same way.
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("scenario-\(UUID().uuidString).json").path
    try "{\n  \"name\": \"x\",\n  \"failures\": [\n    {\"cables\": [\"a\"]\n  ]\n}\n".write(toFile: path, atomically: false, encoding: .utf8)
    #expect(throws: InputError(file: path, message: "not valid JSON at line 5, column 3 (invalid value)")) { try Scenario.load(from: path) }
    #expect(throws: InputError(file: path, message: "not valid JSON at line 5, column 3 (invalid value)")) { try IncidentFile.load(from: path) }
  }
}
