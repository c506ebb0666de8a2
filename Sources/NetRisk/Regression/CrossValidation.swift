// Fitting the outcome model's free parameters on the incident set, and
// judging the fit by leave-one-incident-out cross-validation.
import Dispatch
import NetRiskData

/// The free parameters of the outcome model, one point of the calibration grid.
public struct FittedParameters: Sendable, Hashable {
  public var borderShare: Double
  public var reroutingEfficiency: Double
  public var degradedCapacityLoss: Double
  public var cableShareExponent: Double
  public var accessKeptInBlackout: Double
  public var borderWithoutTransitEvidence: Double
  public var transitPastBreak: Double

  /// The model with these parameters' outcome values (the degraded
  /// threshold is the backtest's, applied by the caller).
  func applied(to model: RiskModel) -> RiskModel {
    var variant = model
    variant.outcome.borderShare.value = borderShare
    variant.outcome.reroutingEfficiency.value = reroutingEfficiency
    variant.outcome.cableShareExponent.value = cableShareExponent
    variant.outcome.accessKeptInBlackout.value = accessKeptInBlackout
    variant.outcome.borderWithoutTransitEvidence.value = borderWithoutTransitEvidence
    variant.outcome.transitPastBreak.value = transitPastBreak
    return variant
  }
}

/// The result of `Backtest.crossValidate`.
public struct CrossValidationReport: Sendable {
  public var modelName: String, modelVersion: String, modelHash: String
  /// The model file's own values, and the metrics they give on every incident.
  public var modelParameters: FittedParameters
  public var modelMetrics: BacktestMetrics
  /// The best point of the grid on every incident (in-sample) and its metrics.
  public var bestParameters: FittedParameters
  public var inSample: BacktestMetrics
  /// Each incident predicted with the parameters fitted on all the others.
  public var outOfSample: BacktestMetrics
  /// Those predictions, pair by pair, and each incident's metrics over them.
  public var outOfSamplePairs: [BacktestPair]
  public var outOfSampleByIncident: [(id: String, date: String, metrics: BacktestMetrics)]
  /// Per incident, the parameters fitted without it.
  public var foldParameters: [(incident: String, parameters: FittedParameters)]
  public var gridPoints: Int
  public var incidents: Int
  public var trials: Int
  public var seed: UInt64
  /// How often two labellings of the same observation agree (from the
  /// incidents file's alternative classes).
  public var labelAgreement: BacktestMetrics?
}

extension Backtest {
  /// Fits `borderShare`, `reroutingEfficiency` and the `degraded` class's
  /// capacity-loss threshold on the incidents by grid search (the grid is the
  /// model file's `outcome.calibration`), maximising the number of exact plus
  /// within-one agreements (ties: the first point in grid order), and judges
  /// the fit by leaving each incident out in turn: fit on the others, predict
  /// it. Every grid point replays every incident once, on `threads` threads
  /// (the result does not depend on the thread count).
  /// - Complexity: (border shares × rerouting values × cable exponents ×
  ///   blackout values × border weights × transit past a break) backtests; the degraded
  ///   threshold costs nothing extra.
  public static func crossValidate(
    incidents: IncidentFile, file: String, dataset: Dataset, model: RiskModel, modelHash: String,
    trials: Int, seed: UInt64, threads: Int, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> CrossValidationReport {
    let whole = try crossValidationSimulations(
      incidents: incidents, file: file, dataset: dataset, model: model, trials: trials, seed: seed, threads: threads,
      shard: .whole, progress: progress)
    return try crossValidate(merged: whole, incidents: incidents, file: file, dataset: dataset, model: model, modelHash: modelHash)
  }

  /// The calibration grid's simulation points, in grid order (border share
  /// outermost, then rerouting, cable exponent, access kept, border without
  /// evidence, transit past a break); their degraded threshold is 0, as it
  /// needs no replay of its own.
  static func simulationPoints(_ model: RiskModel) -> [FittedParameters] {
    let grid = model.outcome.calibration
    return grid.borderShare.flatMap { border in
      grid.reroutingEfficiency.flatMap { rerouting in
        grid.cableShareExponent.flatMap { exponent in
          grid.accessKeptInBlackout.flatMap { kept in
            grid.borderWithoutTransitEvidence.flatMap { evidence in
              grid.transitPastBreak.map { pastBreak in
                FittedParameters(
                  borderShare: border, reroutingEfficiency: rerouting, degradedCapacityLoss: 0, cableShareExponent: exponent,
                  accessKeptInBlackout: kept, borderWithoutTransitEvidence: evidence, transitPastBreak: pastBreak)
              }
            }
          }
        }
      }
    }
  }

  /// The replays behind `crossValidate` for `shard`'s grid points (point p
  /// belongs to shard p mod n): every incident under each point's parameters,
  /// on `threads` threads (the result does not depend on the thread count).
  /// Merge every shard's (`CrossValidationPartial.merging`) and pass the
  /// whole to `crossValidate(merged:...)` for the unsharded report.
  public static func crossValidationSimulations(
    incidents: IncidentFile, file: String, dataset: Dataset, model: RiskModel, trials: Int, seed: UInt64, threads: Int,
    shard: Shard, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> CrossValidationPartial {
    let simulationPoints = simulationPoints(model)
    let mine = Array(stride(from: shard.index, to: simulationPoints.count, by: shard.count))
    let slots = LockedSlots<Result<[SimulatedObservation], Error>?>(repeating: nil, count: mine.count)
    let workers = max(1, min(threads, mine.count))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var position = worker
      while position < mine.count {
        let variant = simulationPoints[mine[position]].applied(to: model)
        slots.store(Result {
          try simulate(incidents: incidents, file: file, dataset: dataset, model: variant, trials: trials, seed: seed, threads: 1)
        }, at: position)
        if worker == 0 { progress?(position + 1, mine.count) }
        position += workers
      }
    }
    var points: [Int: [SimulatedObservation]] = [:]
    for (position, slot) in slots.values.enumerated() {
      guard let slot else { continue }
      points[mine[position]] = try slot.get()
    }
    return CrossValidationPartial(pointCount: simulationPoints.count, trials: max((trials + 63) / 64, 1) * 64, seed: seed, points: points)
  }

  /// The cross-validation report from the replays of every grid point
  /// (`crossValidationSimulations`, merged from shards or not).
  /// - Throws: `InputError` when a grid point is missing or its replays do
  ///   not fit the incidents (shards of another grid or incident file).
  public static func crossValidate(
    merged whole: CrossValidationPartial, incidents: IncidentFile, file: String, dataset: Dataset, model: RiskModel,
    modelHash: String
  ) throws -> CrossValidationReport {
    let grid = model.outcome.calibration
    let simulationPoints = simulationPoints(model)
    let (trials, seed) = (whole.trials, whole.seed)
    let observations = incidents.incidents.enumerated().flatMap { position, incident in incident.observations.map { (position, $0) } }
    guard whole.pointCount == simulationPoints.count else {
      throw InputError(file: file, message: "the replays cover a grid of \(whole.pointCount) points; the model's has \(simulationPoints.count)")
    }
    var simulated: [[SimulatedObservation]] = []
    for index in simulationPoints.indices {
      guard let point = whole.points[index], point.count == observations.count,
        zip(point, observations).allSatisfy({ $0.incident == $1.0 && $0.observation.country == $1.1.country })
      else {
        throw InputError(file: file, message: "the replays of grid point \(index) are missing or were made with another incident file")
      }
      simulated.append(point)
    }
    // Every grid point's pairs: simulation point × degraded threshold.
    var points: [(parameters: FittedParameters, pairs: [BacktestPair])] = []
    for (index, point) in simulationPoints.enumerated() {
      for threshold in grid.degradedCapacityLoss {
        var parameters = point
        parameters.degradedCapacityLoss = threshold
        let pairs = report(simulated[index], incidents: incidents, model: model, modelHash: modelHash,
          thresholds: model.backtest.withDegradedCapacityLoss(threshold), trials: trials, seed: seed).pairs
        points.append((parameters, pairs))
      }
    }
    let rank = Dictionary(uniqueKeysWithValues: incidents.severityClasses.enumerated().map { ($0.element, $0.offset) })
    func agreement(_ pairs: some Sequence<BacktestPair>) -> Int {
      pairs.reduce(0) { total, pair in
        let distance = abs((rank[pair.observed] ?? 0) - (rank[pair.predicted] ?? 0))
        return total + (distance == 0 ? 2 : distance == 1 ? 1 : 0)
      }
    }
    func best(excluding incident: String?) -> Int {
      var bestIndex = 0, bestScore = Int.min
      for (index, point) in points.enumerated() {
        let score = agreement(point.pairs.lazy.filter { $0.incident != incident })
        if score > bestScore { (bestIndex, bestScore) = (index, score) }
      }
      return bestIndex
    }
    let classes = incidents.severityClasses
    let inSampleIndex = best(excluding: nil)
    var outOfSample: [BacktestPair] = []
    var folds: [(incident: String, parameters: FittedParameters)] = []
    for incident in incidents.incidents {
      let fold = best(excluding: incident.id)
      folds.append((incident.id, points[fold].parameters))
      outOfSample += points[fold].pairs.filter { $0.incident == incident.id }
    }
    let own = FittedParameters(
      borderShare: model.outcome.borderShare.value, reroutingEfficiency: model.outcome.reroutingEfficiency.value,
      degradedCapacityLoss: model.backtest.rules.first { $0.severity == "degraded" }?.minCapacityLoss ?? 0,
      cableShareExponent: model.outcome.cableShareExponent.value, accessKeptInBlackout: model.outcome.accessKeptInBlackout.value,
      borderWithoutTransitEvidence: model.outcome.borderWithoutTransitEvidence.value,
      transitPastBreak: model.outcome.transitPastBreak.value)
    // The model file's own point is usually on the grid: no second replay then.
    let modelMetrics = try points.first { $0.parameters == own }.map { metrics($0.pairs, classes: classes) }
      ?? run(incidents: incidents, file: file, dataset: dataset, model: model, modelHash: modelHash,
        trials: trials, seed: seed, threads: 1).overall  // rare: the model file's point is off the grid
    return CrossValidationReport(
      modelName: model.name, modelVersion: model.version, modelHash: modelHash,
      modelParameters: own, modelMetrics: modelMetrics,
      bestParameters: points[inSampleIndex].parameters, inSample: metrics(points[inSampleIndex].pairs, classes: classes),
      outOfSample: metrics(outOfSample, classes: classes), outOfSamplePairs: outOfSample,
      outOfSampleByIncident: incidents.incidents.map { incident in
        (incident.id, incident.date, metrics(outOfSample.filter { $0.incident == incident.id }, classes: classes))
      },
      foldParameters: folds, gridPoints: points.count,
      incidents: incidents.incidents.count, trials: max((trials + 63) / 64, 1) * 64, seed: seed,
      labelAgreement: labelAgreement(incidents))
  }
}

extension SeverityThresholds {
  /// The same thresholds with the `degraded` class's capacity-loss minimum set to `threshold`.
  func withDegradedCapacityLoss(_ threshold: Double) -> SeverityThresholds {
    var copy = self
    for index in copy.rules.indices where copy.rules[index].severity == "degraded" { copy.rules[index].minCapacityLoss = threshold }
    return copy
  }
}
