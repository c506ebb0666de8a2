// Replaying past incidents and scoring how well the model predicted them.
import NetRiskData

/// The thresholds that turn a simulated outcome into a severity class.
public struct SeverityThresholds: Codable, Hashable, Sendable {
  /// Classes from the most severe down: a country gets the first class whose
  /// expected traffic drop, isolation probability or (for the mildest
  /// classes) share of lit capacity lost reaches the minimum.
  public struct Rule: Codable, Hashable, Sendable {
    public var severity: String
    public var minTrafficDrop: Double
    public var minIsolationProbability: Double?
    public var minCapacityLoss: Double?
  }
  public var rules: [Rule]
  /// The class when no rule applies.
  public var otherwise: String
  public var source: String

  public func classify(trafficDrop: Double, capacityLoss: Double, isolationProbability: Double) -> String {
    rules.first { rule in
      trafficDrop >= rule.minTrafficDrop || rule.minIsolationProbability.map { isolationProbability >= $0 } == true
        || rule.minCapacityLoss.map { capacityLoss >= $0 } == true
    }?.severity ?? otherwise
  }
}

/// One country's observed and predicted severity in one incident.
public struct BacktestPair: Sendable, Equatable {
  public var incident: String
  public var country: String
  public var observed: String
  public var predicted: String
  /// The simulated expected traffic drop the class is read from.
  public var expectedLoss: Double
  public var isolationProbability: Double
  /// The simulated share of lit international capacity lost.
  public var capacityLoss: Double
}

/// Agreement figures over a set of pairs.
public struct BacktestMetrics: Sendable, Equatable {
  public var pairs: Int
  public var exactAccuracy: Double
  public var withinOneAccuracy: Double
  /// Spearman rank correlation between simulated loss and observed class;
  /// nil when either side has no spread.
  public var spearman: Double?
  /// confusion[observed][predicted] counts, indices in class order.
  public var confusion: [[Int]]
}

/// The result of replaying an incidents file.
public struct BacktestReport: Sendable {
  public var modelName: String, modelVersion: String, modelHash: String
  public var classes: [String]
  public var pairs: [BacktestPair]
  public var perIncident: [(id: String, name: String, date: String, metrics: BacktestMetrics)]
  public var overall: BacktestMetrics
  public var trials: Int
  public var seed: UInt64
  /// Where the incidents file records a second source's class: how often
  /// the two labellings agree (observed = first class, predicted = second).
  public var labelAgreement: BacktestMetrics?
}

public enum Backtest {
  /// Replays every incident as a scenario on the dataset, with the cables
  /// that entered service after the incident's year left out (the model's
  /// `asOfYear` is set to that year), and compares the predicted class of
  /// every observed country with what was observed.
  /// - Throws: `InputError` for a failure that names an unknown element.
  public static func run(
    incidents: IncidentFile, file: String, dataset: Dataset, model: RiskModel, modelHash: String,
    trials: Int, seed: UInt64, threads: Int
  ) throws -> BacktestReport {
    let outcomes = try simulate(incidents: incidents, file: file, dataset: dataset, model: model, trials: trials, seed: seed, threads: threads)
    return report(outcomes, incidents: incidents, model: model, modelHash: modelHash, thresholds: model.backtest, trials: trials, seed: seed)
  }

  /// One observed country's simulated outcome in one incident, against the
  /// incident's baseline (what was already down) when it has one.
  struct SimulatedObservation: Sendable {
    var incident: Int
    var observation: Observation
    var trafficDrop: Double
    var capacityLoss: Double
    var isolationProbability: Double
  }

  /// Replays every incident and returns the simulated outcome of every observation.
  static func simulate(
    incidents: IncidentFile, file: String, dataset: Dataset, model: RiskModel, trials: Int, seed: UInt64, threads: Int
  ) throws -> [SimulatedObservation] {
    var result: [SimulatedObservation] = []
    var graphOfYear: [Int: DependencyGraph] = [:]  // incidents of one year share the cables of their time
    for (position, incident) in incidents.incidents.enumerated() {
      var atThatTime = model
      atThatTime.asOfYear = incident.year ?? model.asOfYear
      let dependency = try graphOfYear[atThatTime.asOfYear] ?? DependencyGraph(dataset: dataset, model: atThatTime)
      graphOfYear[atThatTime.asOfYear] = dependency
      func resolve(_ specs: [Scenario.FailureSpec]) throws -> ScenarioFailures {
        do {
          return try Scenario(name: incident.id, description: incident.description, sources: incident.sources, failures: specs)
            .resolve(in: dependency, dataset: dataset, file: file)
        } catch let error as InputError {
          throw InputError(file: file, message: "incident \(incident.id): \(error.message)")
        }
      }
      let baselineSpecs = incident.baselineFailures ?? []
      let failures = try resolve(incident.failures + baselineSpecs)
      let estimates = MonteCarlo(dependency: dependency, dataset: dataset, model: atThatTime, scenario: failures, background: false)
        .run(trials: trials, seed: seed, threads: threads)
      let baseline = baselineSpecs.isEmpty ? nil
        : MonteCarlo(dependency: dependency, dataset: dataset, model: atThatTime, scenario: try resolve(baselineSpecs), background: false)
          .run(trials: trials, seed: seed, threads: threads)
      for observation in incident.observations {
        guard let country = dataset.countryIndex(observation.country) else {
          throw InputError(file: file, message: "incident \(incident.id): unknown country '\(observation.country)'")
        }
        let risk = estimates.countries[country]
        // Against the baseline: the share of the traffic (capacity) still there before that is lost now.
        func relative(_ now: Double, _ before: Double?) -> Double {
          guard let before, before < 1 else { return now }
          return max(0, 1 - (1 - now) / (1 - before))
        }
        let before = baseline?.countries[country]
        result.append(SimulatedObservation(
          incident: position, observation: observation,
          trafficDrop: relative(risk.expectedTrafficDrop, before?.expectedTrafficDrop),
          capacityLoss: relative(risk.expectedCapacityLoss, before?.expectedCapacityLoss),
          isolationProbability: max(0, risk.isolationProbability - (before?.isolationProbability ?? 0))))
      }
    }
    return result
  }

  /// Classes every simulated observation with `thresholds` and computes the metrics.
  static func report(
    _ outcomes: [SimulatedObservation], incidents: IncidentFile, model: RiskModel, modelHash: String,
    thresholds: SeverityThresholds, trials: Int, seed: UInt64
  ) -> BacktestReport {
    let pairs = outcomes.map { outcome in
      BacktestPair(
        incident: incidents.incidents[outcome.incident].id, country: outcome.observation.country,
        observed: outcome.observation.severity,
        predicted: thresholds.classify(
          trafficDrop: outcome.trafficDrop, capacityLoss: outcome.capacityLoss, isolationProbability: outcome.isolationProbability),
        expectedLoss: outcome.trafficDrop, isolationProbability: outcome.isolationProbability, capacityLoss: outcome.capacityLoss)
    }
    let perIncident = incidents.incidents.map { incident in
      (incident.id, incident.name, incident.date, metrics(pairs.filter { $0.incident == incident.id }, classes: incidents.severityClasses))
    }
    return BacktestReport(
      modelName: model.name, modelVersion: model.version, modelHash: modelHash, classes: incidents.severityClasses,
      pairs: pairs, perIncident: perIncident, overall: metrics(pairs, classes: incidents.severityClasses),
      trials: max((trials + 63) / 64, 1) * 64, seed: seed,
      labelAgreement: labelAgreement(incidents))
  }

  /// Where the incidents file records a second source's class: the two
  /// labellings compared as if one predicted the other; nil when none is recorded.
  static func labelAgreement(_ incidents: IncidentFile) -> BacktestMetrics? {
    let alternatives = incidents.incidents.flatMap(\.observations).compactMap { observation in
      observation.alternativeSeverity.map {
        BacktestPair(incident: "", country: observation.country, observed: observation.severity, predicted: $0,
          expectedLoss: 0, isolationProbability: 0, capacityLoss: 0)
      }
    }
    return alternatives.isEmpty ? nil : metrics(alternatives, classes: incidents.severityClasses)
  }

  /// Exact and within-one accuracy, Spearman correlation and confusion matrix.
  public static func metrics(_ pairs: [BacktestPair], classes: [String]) -> BacktestMetrics {
    let rank = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($0.element, $0.offset) })
    var confusion = [[Int]](repeating: [Int](repeating: 0, count: classes.count), count: classes.count)
    var exact = 0, withinOne = 0
    for pair in pairs {
      let observed = rank[pair.observed] ?? 0, predicted = rank[pair.predicted] ?? 0
      confusion[observed][predicted] += 1
      if observed == predicted { exact += 1 }
      if abs(observed - predicted) <= 1 { withinOne += 1 }
    }
    let n = Double(max(pairs.count, 1))
    return BacktestMetrics(
      pairs: pairs.count, exactAccuracy: Double(exact) / n, withinOneAccuracy: Double(withinOne) / n,
      spearman: spearman(pairs.map(\.expectedLoss), pairs.map { Double(rank[$0.observed] ?? 0) }), confusion: confusion)
  }

  /// Spearman's ρ: Pearson correlation of the ranks (ties get their mean rank).
  public static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
    guard x.count == y.count, x.count >= 2 else { return nil }
    func ranks(_ values: [Double]) -> [Double] {
      let order = values.indices.sorted { values[$0] < values[$1] }
      var result = [Double](repeating: 0, count: values.count)
      var start = 0
      while start < order.count {
        var end = start
        while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
        let mean = Double(start + end) / 2 + 1
        for position in start ... end { result[order[position]] = mean }
        start = end + 1
      }
      return result
    }
    let rx = ranks(x), ry = ranks(y)
    let mx = rx.reduce(0, +) / Double(rx.count), my = ry.reduce(0, +) / Double(ry.count)
    var covariance = 0.0, vx = 0.0, vy = 0.0
    for i in rx.indices {
      covariance += (rx[i] - mx) * (ry[i] - my)
      vx += (rx[i] - mx) * (rx[i] - mx)
      vy += (ry[i] - my) * (ry[i] - my)
    }
    guard vx > 0, vy > 0 else { return nil }
    return covariance / (vx * vy).squareRoot()
  }
}

extension Snapshot {
  /// The backtest snapshot: per incident and country the observed and
  /// predicted class and simulated loss, with the metrics.
  public static func backtest(_ report: BacktestReport, datasetHash: String) -> JSONValue {
    func metrics(_ m: BacktestMetrics) -> JSONValue {
      .object([
        "pairs": .integer(m.pairs), "exactAccuracy": .number(m.exactAccuracy), "withinOneAccuracy": .number(m.withinOneAccuracy),
        "spearman": m.spearman.map { .number($0) } ?? .null,
        "confusion": .array(m.confusion.map { .array($0.map { .integer($0) }) }),
      ])
    }
    var incidents: [String: JSONValue] = [:]
    for entry in report.perIncident {
      let countries = report.pairs.filter { $0.incident == entry.id }.map { pair in
        (pair.country, JSONValue.object([
          "observed": .string(pair.observed), "predicted": .string(pair.predicted),
          "loss": .number(pair.expectedLoss), "isolation": .number(pair.isolationProbability),
          "capacityLoss": .number(pair.capacityLoss),
        ]))
      }
      incidents[entry.id] = .object([
        "date": .string(entry.date), "name": .string(entry.name),
        "countries": .object(Dictionary(countries, uniquingKeysWith: { first, _ in first })), "metrics": metrics(entry.metrics),
      ])
    }
    return header(kind: "backtest", modelName: report.modelName, modelVersion: report.modelVersion, modelHash: report.modelHash,
      datasetHash: datasetHash, extra: [
        "classes": .array(report.classes.map { .string($0) }), "incidents": .object(incidents), "metrics": metrics(report.overall),
        "monteCarlo": .object(["trials": .integer(report.trials), "seed": .integer(Int(truncatingIfNeeded: report.seed))]),
      ])
  }
}
