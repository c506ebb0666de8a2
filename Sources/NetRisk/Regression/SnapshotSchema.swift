// The body of a snapshot checked against its schema (Datasets/snapshots/README.md),
// so that `netrisk diff` never reads a wrong type as a missing figure.
import NetRiskData

/// What one member of a snapshot object must hold.
enum SnapshotField {
  case string
  /// A whole number in the range (JSON integers, or numbers with no fraction).
  case integer(ClosedRange<Int>)
  /// A finite number in the range.
  case number(ClosedRange<Double>)
  /// A finite number in the range, or null.
  case optionalNumber(ClosedRange<Double>)
  /// One of the strings given (computed from the snapshot, e.g. its classes).
  case oneOf([String])
  /// An object whose members are all strings.
  case objectOfStrings
  /// An object whose members are all finite numbers.
  case objectOfNumbers
  /// An array of arrays of non-negative integers (a confusion matrix).
  case integerMatrix

  /// Nil when `value` fits; otherwise what was expected, in the file format's words.
  func problem(with value: JSONValue) -> String? {
    switch self {
    case .string:
      return value.stringValue == nil ? "must be a string" : nil
    case let .integer(range):
      guard let number = value.intValue else { return "must be a whole number" }
      return range.contains(number) ? nil : "must be between \(range.lowerBound) and \(range.upperBound), not \(number)"
    case let .number(range):
      return Self.numberProblem(value, range)
    case let .optionalNumber(range):
      return value == .null ? nil : Self.numberProblem(value, range)
    case let .oneOf(allowed):
      guard let text = value.stringValue else { return "must be a string" }
      return allowed.contains(text) ? nil : "'\(text)' is not one of \(allowed.joined(separator: ", "))"
    case .objectOfStrings:
      guard let members = value.objectValue else { return "must be an object of strings" }
      for key in members.keys.sorted() where members[key]?.stringValue == nil { return "member '\(key)' must be a string" }
      return nil
    case .objectOfNumbers:
      guard let members = value.objectValue else { return "must be an object of numbers" }
      for key in members.keys.sorted() where members[key]?.doubleValue.map(\.isFinite) != true {
        return "member '\(key)' must be a number"
      }
      return nil
    case .integerMatrix:
      guard let rows = value.arrayValue,
        rows.allSatisfy({ $0.arrayValue?.allSatisfy { ($0.intValue ?? -1) >= 0 } == true })
      else { return "must be an array of arrays of counts (whole numbers, 0 or more)" }
      return nil
    }
  }

  private static func numberProblem(_ value: JSONValue, _ range: ClosedRange<Double>) -> String? {
    guard let number = value.doubleValue, number.isFinite else { return "must be a number" }
    return range.contains(number) ? nil : "must be between \(range.lowerBound) and \(range.upperBound), not \(number)"
  }
}

extension Snapshot {
  static let share = 0.0 ... 1.0
  static let nonNegative = 0.0 ... Double.greatestFiniteMagnitude

  /// The members of one country of an exposure snapshot: required ones, then
  /// the Monte Carlo figures, present only when it ran.
  static let exposureRequired: [String: SnapshotField] = [
    "name": .string, "rank": .integer(1 ... Int.max), "score": .number(0 ... 100), "k": .integer(0 ... Int.max),
    "singlePointsOfFailure": .objectOfStrings, "minCutShare": .number(nonNegative), "parts": .objectOfNumbers,
  ]
  static let exposureOptional: [String: SnapshotField] = [
    "isolationProbability": .number(share), "isolationStandardError": .number(nonNegative),
    "expectedCapacityLoss": .number(share), "expectedCapacityLossStandardError": .number(nonNegative),
    "expectedTrafficDrop": .number(share), "expectedTrafficDropStandardError": .number(nonNegative),
    "capacityLoss95": .number(share), "rootResolutionLossProbability": .number(share),
  ]
  static let metricFields: [String: SnapshotField] = [
    "pairs": .integer(0 ... Int.max), "exactAccuracy": .number(share), "withinOneAccuracy": .number(share),
    "spearman": .optionalNumber(-1 ... 1), "confusion": .integerMatrix,
  ]

  /// The first problem of the body (the countries of an exposure snapshot,
  /// the incidents of a backtest one) as "path: what is wrong", in key order;
  /// nil when every member fits the schema.
  /// - Complexity: O(size of the snapshot).
  static func bodyProblem(_ snapshot: JSONValue, kind: String) -> String? {
    if kind == "exposure" {
      guard let countries = snapshot["countries"]?.objectValue else { return "countries: must be an object" }
      for code in countries.keys.sorted() {
        if let problem = objectProblem(
          countries[code], path: "countries.\(code)", required: exposureRequired, optional: exposureOptional)
        {
          return problem
        }
      }
      return nil
    }
    guard let classArray = snapshot["classes"]?.arrayValue, !classArray.isEmpty else {
      return "classes: must be a non-empty array of strings"
    }
    let classes = classArray.compactMap(\.stringValue)
    guard classes.count == classArray.count else { return "classes: must be a non-empty array of strings" }
    if let problem = objectProblem(snapshot["metrics"], path: "metrics", required: metricFields, optional: [:]) {
      return problem
    }
    guard let incidents = snapshot["incidents"]?.objectValue else { return "incidents: must be an object" }
    let pairFields: [String: SnapshotField] = [
      "observed": .oneOf(classes), "predicted": .oneOf(classes), "loss": .number(share), "isolation": .number(share),
    ]
    for id in incidents.keys.sorted() {
      let path = "incidents.\(id)"
      guard let entry = incidents[id]?.objectValue else { return "\(path): must be an object" }
      let incidentFields: [String: SnapshotField] = ["date": .string, "name": .string]
      let scalars = JSONValue.object(entry.filter { $0.key != "countries" && $0.key != "metrics" })
      if let problem = objectProblem(scalars, path: path, required: incidentFields, optional: [:]) { return problem }
      if let problem = objectProblem(entry["metrics"], path: "\(path).metrics", required: metricFields, optional: [:]) {
        return problem
      }
      guard let countries = entry["countries"]?.objectValue else { return "\(path).countries: must be an object" }
      for code in countries.keys.sorted() {
        // capacityLoss since model 0.10.0's netrisk: optional, so older snapshots still read.
        if let problem = objectProblem(
          countries[code], path: "\(path).countries.\(code)", required: pairFields, optional: ["capacityLoss": .number(share)])
        {
          return problem
        }
      }
    }
    return nil
  }

  /// The first problem of one object: not an object, a required member
  /// missing, an unknown member (with the nearest known name), or a member of
  /// the wrong type or range.
  static func objectProblem(
    _ value: JSONValue?, path: String, required: [String: SnapshotField], optional: [String: SnapshotField]
  ) -> String? {
    guard let members = value?.objectValue else { return "\(path): must be an object" }
    for key in required.keys.sorted() where members[key] == nil { return "\(path): missing '\(key)'" }
    for key in members.keys.sorted() {
      guard let field = required[key] ?? optional[key], let member = members[key] else {
        let known = Array(required.keys) + Array(optional.keys)
        let hint = key.closestMatch(in: known).map { "; did you mean '\($0)'?" } ?? ""
        return "\(path): unknown member '\(key)'\(hint)"
      }
      if let problem = field.problem(with: member) { return "\(path).\(key): \(problem)" }
    }
    return nil
  }
}
