// Past incidents and what was observed in each country, for backtests.
import Foundation
import NetRiskData

/// An incidents file (`Datasets/incidents/incidents.json`); format in
/// Datasets/incidents/README.md.
public struct IncidentFile: Codable, Sendable {
  public var version: Int
  /// The ordinal severity classes, mildest first.
  public var severityClasses: [String]
  public var incidents: [Incident]

  /// Loads and checks an incidents file: known keys only, ISO dates, unique
  /// ids, severities among the declared classes.
  /// - Throws: `InputError` naming the file and the place.
  public static func load(from path: String) throws -> IncidentFile {
    guard let data = InputFile.contents(atPath: path) else {
      throw InputError(file: path, message: "cannot read the incidents file (missing or unreadable)")
    }
    return try load(data: data, file: path)
  }

  /// The same checks on bytes already read (`file` names them in errors), for
  /// a caller that also hashes them.
  public static func load(data: Data, file path: String) throws -> IncidentFile {
    let file: IncidentFile
    do {
      var allowed = Scenario.allowedKeys
      allowed[""] = ["version", "severityClasses", "incidents"]
      allowed["incidents[]"] = ["id", "name", "date", "description", "failures", "baselineFailures", "observations", "sources"]
      allowed["baselineFailures[]"] = allowed["failures[]"]
      allowed["observations[]"] = ["country", "severity", "source", "alternativeSeverity", "alternativeSource"]
      try JSONKeyCheck.check(try JSONSerialization.jsonObject(with: data), allowed: allowed) { InputError(file: path, message: $0) }
      file = try JSONDecoder().decode(IncidentFile.self, from: data)
    } catch let error as InputError {
      throw error
    } catch let error as DecodingError {
      throw InputError(file: path, message: error.readableDescription)
    } catch {
      throw InputError(file: path, message: JSONErrorText.describe(error, in: data))
    }
    guard file.version == 1 else { throw InputError(file: path, message: "version \(file.version); this netrisk reads version 1") }
    var seen = Set<String>()
    for (index, incident) in file.incidents.enumerated() {
      let place = "incidents[\(index)] (\(incident.id))"
      guard seen.insert(incident.id).inserted else { throw InputError(file: path, message: "\(place): duplicate id") }
      guard incident.year != nil else {
        throw InputError(file: path, message: "\(place): date must be YYYY-MM-DD, found '\(incident.date)'")
      }
      for (position, observation) in incident.observations.enumerated() {
        for severity in [observation.severity] + (observation.alternativeSeverity.map { [$0] } ?? [])
        where !file.severityClasses.contains(severity) {
          throw InputError(file: path, message: "\(place).observations[\(position)]: severity '\(severity)' is not one of \(file.severityClasses.joined(separator: ", "))")
        }
        guard (observation.alternativeSeverity == nil) == (observation.alternativeSource == nil) else {
          throw InputError(file: path, message: "\(place).observations[\(position)]: alternativeSeverity and alternativeSource go together")
        }
      }
    }
    // What a replay needs, after the checks of each field above.
    guard !file.incidents.isEmpty else {
      throw InputError(file: path, message: "incidents is empty: the file must hold at least one incident")
    }
    for (index, incident) in file.incidents.enumerated() {
      let place = "incidents[\(index)] (\(incident.id))"
      guard !incident.failures.isEmpty else {
        throw InputError(file: path, message: "\(place): failures is empty: say what failed")
      }
      guard !incident.observations.isEmpty else {
        throw InputError(file: path, message: "\(place): observations is empty: an incident without an observation cannot be scored")
      }
    }
    return file
  }
}

public struct Incident: Codable, Sendable {
  public var id: String
  public var name: String
  public var date: String
  public var description: String
  public var failures: [Scenario.FailureSpec]
  /// What was already down when the incident began; its loss is measured against that state.
  public var baselineFailures: [Scenario.FailureSpec]?
  public var observations: [Observation]
  public var sources: [String]

  /// The year of `date` when it is a valid YYYY-MM-DD date, else nil.
  public var year: Int? {
    let parts = date.split(separator: "-")
    guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      (1 ... 12).contains(month), (1 ... 31).contains(day)
    else { return nil }
    return year
  }
}

/// What was observed in one country, with its source.
public struct Observation: Codable, Sendable {
  public var country: String
  public var severity: String
  public var source: String
  /// A second source's class where sources disagree, and that source.
  public var alternativeSeverity: String?
  public var alternativeSource: String?
}

