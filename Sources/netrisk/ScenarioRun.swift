// Running one scenario file, with its loss-over-time curve when asked: shared
// by `simulate` and `report --scenario`.
import Foundation
import NetRisk
import NetRiskData

/// A scenario file run on an assessment.
struct ScenarioRun {
  var report: ScenarioReport
  var recovery: RecoveryReport?

  /// Loads, resolves and runs `file`; with `recoveryDays`, also the loss on
  /// those days as repairs complete. Trials default to 64 when every failure
  /// is certain and nothing else is uncertain (no background, no recovery),
  /// else to the model's.
  /// - Throws: the scenario file's problems (file and JSON path), or an
  ///   `InputError` naming the model file when it has no repair figures.
  init(
    file: String, assessment: Assessment, modelFile: String, monteCarlo: MonteCarloOptions, background: Bool,
    recoveryDays: [Double]?, label: String
  ) throws {
    let scenario = try Scenario.load(from: file)
    let failures = try scenario.resolve(in: assessment.dependency, dataset: assessment.dataset, file: file)
    let denied = try scenario.deniedRepairNodes(in: assessment.dependency, dataset: assessment.dataset, file: file)
    let repair = try recoveryDays.map { _ in
      guard let repair = assessment.model.repair else {
        throw InputError(file: modelFile, message: "the model has no 'repair' section, which --recovery needs (see Datasets/models/README.md)")
      }
      return repair
    }
    let settings = Self.settings(
      for: scenario, model: assessment.model, monteCarlo: monteCarlo, background: background, recovery: recoveryDays != nil)
    let progress = ProgressLine(label: label)
    report = ScenarioImpact.assess(
      scenario: scenario, failures: failures, in: assessment, settings: settings, background: background, progress: progress.update)
    progress.finish()
    if let days = recoveryDays, let repair {
      let recovering = ProgressLine(label: "recovery")
      recovery = ScenarioImpact.recovery(
        of: report, failures: failures, denied: denied, denial: scenario.repairDenied, repair: repair, in: assessment,
        settings: settings, background: background, days: days, progress: recovering.update)
      recovering.finish()
    }
  }

  /// The Monte Carlo settings of a scenario's run: the trials given, else 64
  /// when every failure is certain and nothing else is uncertain (no
  /// background, no recovery), else the model's default.
  static func settings(
    for scenario: Scenario, model: RiskModel, monteCarlo: MonteCarloOptions, background: Bool, recovery: Bool
  ) -> MonteCarloSettings {
    let certain = scenario.failures.allSatisfy { spec in spec.solarStorm == nil && [0, 1].contains(spec.probability ?? 1) }
    var settings = monteCarlo.settings
    settings.trials = monteCarlo.trials ?? (certain && !background && !recovery ? 64 : model.failures.defaultScoreTrials)
    return settings
  }

  /// A scenario file read once (`-`: standard input), loaded and resolved on
  /// `assessment`: its bytes (which a shard's manifest hashes) and failures.
  /// - Throws: the file's problems, named by file and JSON path.
  static func resolve(
    file: String, assessment: Assessment
  ) throws -> (bytes: Data, scenario: Scenario, failures: ScenarioFailures) {
    let bytes = try readInput(file, what: "the scenario file")
    let name = file == "-" ? "standard input" : file
    let scenario = try Scenario.load(data: bytes, file: name)
    return (bytes, scenario, try scenario.resolve(in: assessment.dependency, dataset: assessment.dataset, file: name))
  }

  /// What a `simulate` shard's manifest records of its input: the hash of the
  /// scenario file's bytes, with "+background" when background failures are on.
  static func shardInput(scenarioBytes: Data, background: Bool) -> String {
    StableHash.hex(of: [UInt8](scenarioBytes)) + (background ? "+background" : "")
  }

  /// `1,7,30`: days after the failure, each > 0, ascending, at most 20.
  static func days(_ text: String) throws -> [Double] {
    let days = text.split(separator: ",", omittingEmptySubsequences: false).map { Double($0.trimmingCharacters(in: .whitespaces)) }
    guard !days.isEmpty, days.count <= 20, let values = days as? [Double], values.allSatisfy({ $0 > 0 && $0 <= 36_500 }),
      zip(values, values.dropFirst()).allSatisfy({ $0 < $1 })
    else {
      throw UsageError(message: "--days takes up to 20 ascending numbers of days in (0, 36500], comma-separated, e.g. 1,7,30,90; found '\(text)'")
    }
    return values
  }

  /// `--recovery [--days LIST]`: the days of the curve, nil without --recovery.
  static func recoveryDays(_ arguments: inout ArgumentList) throws -> [Double]? {
    let recovery = arguments.flag("--recovery")
    let days = try arguments.option("--days")
    if days != nil && !recovery { throw UsageError(message: "--days goes with --recovery") }
    return recovery ? try Self.days(days ?? "1,7,30,90,180") : nil
  }
}
