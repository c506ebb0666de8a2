// Canonical snapshots of results, for regression tests of risk models.
import Foundation
import NetRiskData

/// A snapshot: canonical JSON of results (schema in Datasets/snapshots/README.md).
///
/// The same inputs always give the same bytes: sorted keys, fixed number
/// formats, no timestamps and no paths. Two kinds: `exposure` (every
/// country's score and figures, from `netrisk snapshot`) and `backtest`
/// (predicted and observed severities, from `netrisk backtest --out`).
public enum Snapshot {
  public static let schema = "netrisk-snapshot"
  public static let schemaVersion = 2

  /// The exposure snapshot of a report.
  public static func exposure(_ report: ExposureReport, datasetHash: String) -> JSONValue {
    var countries: [String: JSONValue] = [:]
    for country in report.countries {
      var entry: [String: JSONValue] = [
        "name": .string(country.name),
        "rank": .integer(country.rank),
        "score": .number(country.score),
        "k": .integer(country.independentFailuresToIsolate),
        // Keyed by stable id (so that diffs compare elements, not labels), with the label.
        "singlePointsOfFailure": .object(Dictionary(
          country.singlePointsOfFailure.map { ($0.element.id, JSONValue.string($0.element.name)) }, uniquingKeysWith: { first, _ in first })),
        "minCutShare": .number(country.minCutShare),
        "parts": .object(Dictionary(uniqueKeysWithValues: country.parts.map { ($0.key.rawValue, JSONValue.number($0.value)) })),
      ]
      if let risk = country.risk {
        entry["isolationProbability"] = .number(risk.isolationProbability)
        entry["isolationStandardError"] = .number(risk.isolationStandardError)
        entry["expectedCapacityLoss"] = .number(risk.expectedCapacityLoss)
        entry["expectedCapacityLossStandardError"] = .number(risk.expectedCapacityLossStandardError)
        entry["expectedTrafficDrop"] = .number(risk.expectedTrafficDrop)
        entry["expectedTrafficDropStandardError"] = .number(risk.expectedTrafficDropStandardError)
        entry["capacityLoss95"] = .number(risk.capacityLoss95)
        entry["rootResolutionLossProbability"] = .number(risk.rootResolutionLossProbability)
      }
      countries[country.code] = .object(entry)
    }
    return header(kind: "exposure", modelName: report.modelName, modelVersion: report.modelVersion,
      modelHash: report.modelHash, datasetHash: datasetHash, extra: [
        "monteCarlo": .object(["trials": .integer(report.monteCarloTrials), "seed": .integer(Int(truncatingIfNeeded: report.seed))]),
        "countries": .object(countries),
      ])
  }

  static func header(
    kind: String, modelName: String, modelVersion: String, modelHash: String, datasetHash: String,
    extra: [String: JSONValue]
  ) -> JSONValue {
    var object: [String: JSONValue] = [
      "schema": .string(schema), "schemaVersion": .integer(schemaVersion), "kind": .string(kind),
      "model": .object(["name": .string(modelName), "version": .string(modelVersion), "hash": .string(modelHash)]),
      "dataset": .object(["hash": .string(datasetHash)]),
    ]
    object.merge(extra) { $1 }
    return .object(object)
  }

  /// Reads a snapshot file and checks its schema.
  /// - Throws: `InputError` naming the file and what is wrong.
  public static func load(from path: String) throws -> JSONValue {
    guard let data = InputFile.contents(atPath: path) else {
      throw InputError(file: path, message: "cannot read the snapshot (missing or unreadable)")
    }
    let value: JSONValue
    do { value = try JSONValue.parse(data) } catch { throw InputError(file: path, message: "\(error)") }
    guard value["schema"]?.stringValue == schema else {
      throw InputError(file: path, message: "not a netrisk snapshot: expected \"schema\": \"\(schema)\"")
    }
    guard let version = value["schemaVersion"]?.intValue, version == schemaVersion else {
      throw InputError(file: path, message: "schemaVersion \(value["schemaVersion"]?.intValue.map(String.init) ?? "missing"); this netrisk reads version \(schemaVersion)")
    }
    guard let kind = value["kind"]?.stringValue, ["exposure", "backtest"].contains(kind) else {
      throw InputError(file: path, message: "kind must be \"exposure\" or \"backtest\"")
    }
    for key in ["model", "dataset"] where value[key]?.objectValue == nil {
      throw InputError(file: path, message: "missing object \"\(key)\"")
    }
    let body = kind == "exposure" ? "countries" : "incidents"
    guard value[body] != nil else {
      throw InputError(file: path, message: "missing \"\(body)\"")
    }
    if let problem = bodyProblem(value, kind: kind) { throw InputError(file: path, message: problem) }
    return value
  }
}

