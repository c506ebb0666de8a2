// What moved between two snapshots, and whether it stays within tolerances.
import NetRiskData

/// Limits a comparison must stay within; nil means "any change is fine".
public struct DiffTolerances: Sendable {
  /// Largest allowed absolute change of a country's score (exposure), or of
  /// the exact-class accuracy in percentage points (backtest).
  public var maxScoreDelta: Double?
  /// Largest allowed change of a country's rank (exposure).
  public var maxRankShift: Int?
  /// Only these countries are compared (all when nil).
  public var countries: Set<String>?

  public init(maxScoreDelta: Double? = nil, maxRankShift: Int? = nil, countries: Set<String>? = nil) {
    self.maxScoreDelta = maxScoreDelta
    self.maxRankShift = maxRankShift
    self.countries = countries
  }
}

/// One country's changes between two exposure snapshots (or one incident's
/// predicted classes between two backtest snapshots, with `code` "incident/CC").
public struct CountryChange: Sendable, Equatable {
  public var code: String
  public var oldScore: Double?, newScore: Double?
  public var oldRank: Int?, newRank: Int?
  public var oldK: Int?, newK: Int?
  public var spofsGained: [String], spofsLost: [String]
  public var oldIsolationProbability: Double?, newIsolationProbability: Double?
  public var oldClass: String?, newClass: String?
  /// Whether this change alone is within the tolerances.
  public var withinTolerances: Bool

  public var scoreDelta: Double { (newScore ?? 0) - (oldScore ?? 0) }
  public var rankShift: Int { (newRank ?? 0) - (oldRank ?? 0) }
}

/// The model a snapshot was made with, as its header gives it (nil where a
/// member is missing).
public struct SnapshotModel: Sendable, Hashable {
  public var name: String?, version: String?, hash: String?
}

/// The comparison of two snapshots.
public struct SnapshotComparison: Sendable {
  public var kind: String
  public var oldModel: SnapshotModel, newModel: SnapshotModel
  public var oldDatasetHash: String, newDatasetHash: String
  /// Changed entries, largest score change first.
  public var changes: [CountryChange]
  /// Backtest metrics: (name, old, new).
  public var metrics: [(name: String, old: Double, new: Double)]
  public var withinTolerances: Bool
}

public enum SnapshotDiff {
  /// Compares two loaded snapshots.
  /// - Throws: `InputError` when their kinds differ or an entry is malformed.
  public static func compare(old: JSONValue, new: JSONValue, tolerances: DiffTolerances = DiffTolerances()) throws
    -> SnapshotComparison
  {
    let kind = old["kind"]?.stringValue ?? ""
    guard kind == new["kind"]?.stringValue else {
      throw InputError(file: "new", message: "cannot compare a \(kind) snapshot with a \(new["kind"]?.stringValue ?? "?") snapshot")
    }
    func model(_ snapshot: JSONValue) -> SnapshotModel {
      let model = snapshot["model"]
      return SnapshotModel(
        name: model?["name"]?.stringValue, version: model?["version"]?.stringValue, hash: model?["hash"]?.stringValue)
    }
    var comparison = SnapshotComparison(
      kind: kind, oldModel: model(old), newModel: model(new),
      oldDatasetHash: old["dataset"]?["hash"]?.stringValue ?? "?", newDatasetHash: new["dataset"]?["hash"]?.stringValue ?? "?",
      changes: [], metrics: [], withinTolerances: true)
    if kind == "exposure" {
      comparison.changes = try exposureChanges(old, new, tolerances)
      comparison.withinTolerances = comparison.changes.allSatisfy(\.withinTolerances)
    } else {
      comparison.changes = backtestChanges(old, new, tolerances)
      for name in ["exactAccuracy", "withinOneAccuracy", "spearman", "pairs"] {
        let before = old["metrics"]?[name]?.doubleValue ?? 0, after = new["metrics"]?[name]?.doubleValue ?? 0
        if before != after { comparison.metrics.append((name, before, after)) }
      }
      let drop = 100 * ((old["metrics"]?["exactAccuracy"]?.doubleValue ?? 0) - (new["metrics"]?["exactAccuracy"]?.doubleValue ?? 0))
      comparison.withinTolerances = tolerances.maxScoreDelta.map { abs(drop) <= $0 } ?? true
    }
    return comparison
  }

  static func exposureChanges(_ old: JSONValue, _ new: JSONValue, _ tolerances: DiffTolerances) throws -> [CountryChange] {
    let before = old["countries"]?.objectValue ?? [:], after = new["countries"]?.objectValue ?? [:]
    var changes: [CountryChange] = []
    for code in Set(before.keys).union(after.keys).sorted() where tolerances.countries?.contains(code) ?? true {
      let a = before[code], b = after[code]
      // Single points of failure compare by stable id and print by label.
      func spofs(_ entry: JSONValue?) -> [String: String] {
        (entry?["singlePointsOfFailure"]?.objectValue ?? [:]).compactMapValues(\.stringValue)
      }
      func labels(_ side: [String: String], without other: [String: String]) -> [String] {
        side.filter { other[$0.key] == nil }.map(\.value).sorted()
      }
      var change = CountryChange(
        code: code, oldScore: a?["score"]?.doubleValue, newScore: b?["score"]?.doubleValue,
        oldRank: a?["rank"]?.intValue, newRank: b?["rank"]?.intValue, oldK: a?["k"]?.intValue, newK: b?["k"]?.intValue,
        spofsGained: labels(spofs(b), without: spofs(a)), spofsLost: labels(spofs(a), without: spofs(b)),
        oldIsolationProbability: a?["isolationProbability"]?.doubleValue, newIsolationProbability: b?["isolationProbability"]?.doubleValue,
        oldClass: nil, newClass: nil, withinTolerances: true)
      guard a != b else { continue }
      // A country that appears or disappears is outside any tolerance given.
      let appeared = a == nil || b == nil
      let anyTolerance = tolerances.maxScoreDelta != nil || tolerances.maxRankShift != nil
      let scoreOK = tolerances.maxScoreDelta.map { abs(change.scoreDelta) <= $0 } ?? true
      let rankOK = tolerances.maxRankShift.map { abs(change.rankShift) <= $0 } ?? true
      change.withinTolerances = appeared ? !anyTolerance : (scoreOK && rankOK)
      changes.append(change)
    }
    return changes.sorted { (abs($0.scoreDelta), $1.code) > (abs($1.scoreDelta), $0.code) }
  }

  static func backtestChanges(_ old: JSONValue, _ new: JSONValue, _ tolerances: DiffTolerances) -> [CountryChange] {
    let before = old["incidents"]?.objectValue ?? [:], after = new["incidents"]?.objectValue ?? [:]
    var changes: [CountryChange] = []
    for incident in Set(before.keys).union(after.keys).sorted() {
      let a = before[incident]?["countries"]?.objectValue ?? [:], b = after[incident]?["countries"]?.objectValue ?? [:]
      for code in Set(a.keys).union(b.keys).sorted() where tolerances.countries?.contains(code) ?? true {
        let oldClass = a[code]?["predicted"]?.stringValue, newClass = b[code]?["predicted"]?.stringValue
        guard oldClass != newClass || a[code]?["loss"] != b[code]?["loss"] else { continue }
        changes.append(CountryChange(
          code: "\(incident)/\(code)", oldScore: a[code]?["loss"]?.doubleValue.map { 100 * $0 },
          newScore: b[code]?["loss"]?.doubleValue.map { 100 * $0 }, oldRank: nil, newRank: nil, oldK: nil, newK: nil,
          spofsGained: [], spofsLost: [], oldIsolationProbability: nil, newIsolationProbability: nil,
          oldClass: oldClass, newClass: newClass, withinTolerances: true))
      }
    }
    return changes.sorted { (abs($0.scoreDelta), $1.code) > (abs($1.scoreDelta), $0.code) }
  }
}
