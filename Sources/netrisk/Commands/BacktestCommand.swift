// `netrisk backtest`: replay past incidents and score the model against them.
import Foundation
import NetRisk
import NetRiskData
import NetRiskReport

struct BacktestCommand: Command {
  static let name = "backtest"
  static let summary = "Replay past incidents and score how well the model predicted what was observed"
  static let help = """
    Usage: netrisk backtest [--incidents FILE] [--out SNAPSHOT | --cross-validate [--shard i/n --out FILE]]
                            [--trials N] [--seed S] [--threads T] [--dataset DIR] [--model FILE]

    Replays each incident of the incidents file as a scenario on the dataset,
    with the cables that entered service after the incident's year left out,
    predicts a severity class per observed country from the simulated loss
    (thresholds in the model file) and reports, per incident and overall,
    exact-class accuracy, within-one-class accuracy, the Spearman rank
    correlation between simulated loss and observed severity, and the
    confusion matrix. --out writes the result as a backtest snapshot, which
    'netrisk diff' compares between two models.

      --incidents FILE  default: incidents/incidents.json in the dataset directory ('-': standard input)
      --out FILE        also write a backtest snapshot (atomically; '-' is standard output)
      --cross-validate  fit the outcome model's free parameters on the incidents (grid in the
                        model file's outcome.calibration) and print in-sample and
                        leave-one-incident-out agreement side by side
      --shard SPEC      with --cross-validate: replay only shard i of n of the grid points and
                        write them for 'netrisk merge' (which prints the report, byte for byte
                        the unsharded one); SPEC is i/n, auto or auto/n as for 'score --shard'
    \(MonteCarloOptions.help(trials: "64 per incident: incidents are certain failures"))
    \(CommonOptions.help)
    """

  var options: CommonOptions
  var incidents: String
  var out: String?
  var monteCarlo: MonteCarloOptions
  var crossValidate: Bool
  var shard: Shard?

  /// The command a cross-validation shard's manifest names.
  static let crossValidationShardName = "backtest-cross-validate"

  init(arguments: inout ArgumentList) throws {
    try self.init(arguments: &arguments, environment: ProcessInfo.processInfo.environment)
  }

  /// `environment` gives the batch engine's shard index for `--shard auto`.
  init(arguments: inout ArgumentList, environment: [String: String]) throws {
    options = try CommonOptions(arguments: &arguments)
    incidents = try arguments.option("--incidents") ?? (options.dataset as NSString).appendingPathComponent("incidents/incidents.json")
    out = try arguments.option("--out")
    monteCarlo = try MonteCarloOptions(arguments: &arguments, trials: 1 ... 10_000_000, defaultTrials: 64)
    crossValidate = arguments.flag("--cross-validate")
    shard = try arguments.option("--shard").map { try ShardOption.parse($0, environment: environment) }
    if shard != nil && !crossValidate { throw UsageError(message: "--shard splits --cross-validate; a plain backtest takes seconds") }
    if crossValidate && out != nil && shard == nil {
      throw UsageError(message: "--out writes a backtest snapshot; it does not go with --cross-validate (except with --shard)")
    }
  }

  func run() throws -> Int32 {
    let assessment = try options.loadAssessment()
    // Read once: the shard manifest hashes the same bytes the replays use.
    let incidentBytes = try readInput(incidents, what: "the incidents file")
    let file = try IncidentFile.load(data: incidentBytes, file: incidents)
    if let shard {
      let progress = ProgressLine(label: "cross-validate", unit: "grid points")
      let partial = try Backtest.crossValidationSimulations(
        incidents: file, file: incidents, dataset: assessment.dataset, model: assessment.model,
        trials: monteCarlo.trials ?? 64, seed: monteCarlo.seed, threads: monteCarlo.threads, shard: shard, progress: progress.update)
      progress.finish()
      try options.deliverShard(
        partial, command: Self.crossValidationShardName, assessment: assessment, seed: partial.seed, trials: partial.trials,
        shard: shard, input: StableHash.hex(of: [UInt8](incidentBytes)), to: out)
      return ExitStatus.success.rawValue
    }
    if crossValidate {
      let progress = ProgressLine(label: "cross-validate", unit: "grid points")
      let report = try Backtest.crossValidate(
        incidents: file, file: incidents, dataset: assessment.dataset, model: assessment.model, modelHash: assessment.modelHash,
        trials: monteCarlo.trials ?? 64, seed: monteCarlo.seed, threads: monteCarlo.threads, progress: progress.update)
      progress.finish()
      try deliver(BacktestRenderer.render(report), to: nil)
      return ExitStatus.success.rawValue
    }
    let report = try Backtest.run(
      incidents: file, file: incidents, dataset: assessment.dataset, model: assessment.model, modelHash: assessment.modelHash,
      trials: monteCarlo.trials ?? 64, seed: monteCarlo.seed, threads: monteCarlo.threads)
    if let out {
      try deliver(Snapshot.backtest(report, datasetHash: try DatasetHash.compute(directory: options.dataset)).canonicalText, to: out)
    }
    try deliver(BacktestRenderer.render(report), to: nil)
    return ExitStatus.success.rawValue
  }
}
