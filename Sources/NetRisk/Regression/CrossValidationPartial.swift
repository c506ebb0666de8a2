// The replays of some grid points of a cross-validation: what one shard of
// `backtest --cross-validate --shard i/n` computes and `merge` adds up.
import NetRiskData

/// The simulated observations of some points of the calibration grid.
public struct CrossValidationPartial: Sendable {
  /// Points in the whole grid; trials (a multiple of 64) and seed of every replay.
  public let pointCount: Int
  public let trials: Int
  public let seed: UInt64
  /// Per grid point: every observation of the incident file, in file order.
  let points: [Int: [Backtest.SimulatedObservation]]

  init(pointCount: Int, trials: Int, seed: UInt64, points: [Int: [Backtest.SimulatedObservation]]) {
    self.pointCount = pointCount
    self.trials = trials
    self.seed = seed
    self.points = points
  }

  /// Canonical JSON: per point, one [traffic drop, capacity loss, isolation]
  /// triple per observation, each number as the hex of its IEEE bits so that
  /// merging gives back exactly the same doubles.
  public var json: JSONValue {
    .object([
      "pointCount": .integer(pointCount), "trials": .integer(trials), "seed": .string(String(seed)),
      "points": .object(Dictionary(uniqueKeysWithValues: points.map { index, observations in
        (String(index), JSONValue.array(observations.map { observation in
          .array([observation.trafficDrop, observation.capacityLoss, observation.isolationProbability].map {
            .string(String($0.bitPattern, radix: 16))
          })
        }))
      })),
    ])
  }

  /// Reads `json` back against `incidents` (whose observations it must match in number).
  /// - Throws: `InputError` naming the JSON path of the first bad value.
  public init(json: JSONValue, incidents: IncidentFile, file: String, path: String) throws {
    func fail(_ key: String, _ what: String) -> InputError {
      var location = SourceLocation(file: file)
      location.field = "\(path).\(key)"
      return InputError(location, what)
    }
    guard let object = json.objectValue, let pointCount = object["pointCount"]?.intValue, pointCount > 0,
      let trials = object["trials"]?.intValue, trials > 0, let seed = object["seed"]?.stringValue.flatMap({ UInt64($0) }),
      let points = object["points"]?.objectValue
    else { throw fail("", "expected pointCount, trials, seed and points") }
    let observations = incidents.incidents.enumerated().flatMap { position, incident in incident.observations.map { (position, $0) } }
    var read: [Int: [Backtest.SimulatedObservation]] = [:]
    for (key, value) in points {
      guard let index = Int(key), (0 ..< pointCount).contains(index), let rows = value.arrayValue, rows.count == observations.count else {
        throw fail("points.\(key)", "expected a grid point below \(pointCount) with \(observations.count) observations")
      }
      read[index] = try zip(rows, observations).enumerated().map { row, pair in
        let bits = pair.0.arrayValue?.compactMap { $0.stringValue.flatMap { UInt64($0, radix: 16) } } ?? []
        guard bits.count == 3 else { throw fail("points.\(key)[\(row)]", "expected three numbers as hex bit patterns") }
        return Backtest.SimulatedObservation(
          incident: pair.1.0, observation: pair.1.1, trafficDrop: Double(bitPattern: bits[0]),
          capacityLoss: Double(bitPattern: bits[1]), isolationProbability: Double(bitPattern: bits[2]))
      }
    }
    self.init(pointCount: pointCount, trials: trials, seed: seed, points: read)
  }

  /// The points of several shards of one run together.
  static func merging(_ parts: [CrossValidationPartial]) -> CrossValidationPartial? {
    guard let first = parts.first else { return nil }
    var points: [Int: [Backtest.SimulatedObservation]] = [:]
    for part in parts { points.merge(part.points) { earlier, _ in earlier } }
    return CrossValidationPartial(pointCount: first.pointCount, trials: first.trials, seed: first.seed, points: points)
  }
}
