// `netrisk simulate --scenario FILE`: what a hazard does to every country.
import Foundation
import NetRisk
import NetRiskData
import NetRiskReport

struct SimulateCommand: Command {
  static let name = "simulate"
  static let summary = "Run a hazard scenario (cable cuts, corridors, storms, grids) and report who loses what"
  static let help = """
    Usage: netrisk simulate --scenario FILE [--trials N] [--seed S] [--threads T]
                            [--background] [--recovery [--days LIST]]
                            [--format table|json|csv] [--out FILE]
                            [--dataset DIR] [--model FILE]

    Fails what the scenario names (cables, landing points, IXPs, facilities,
    grids for N hours) or selects (cables through a corridor, cables exposed to
    a solar storm, everything within a radius), cascades through power and
    facilities, and reports per affected country: probability of isolation,
    expected and 95th-percentile share of international capacity lost,
    probability of losing DNS root resolution, root letters lost when isolated,
    and the failed elements that touch it. Unaffected countries are counted.
    With --recovery, also the loss over time: each failed element's repair time
    (the model's repair figures: ship transit from the nearest base, permits,
    the scenario's repairDenied) and each country's expected traffic drop and
    chance of isolation on the days after the failure.
    Shipped scenarios: Datasets/scenarios/ (see its README).

      --scenario FILE  the scenario (JSON; '-' reads standard input)
      --trials N       Monte Carlo trials, rounded up to a multiple of 64
                       (default: 64 when every failure is certain and there is no
                       background, else the model's default)
      --seed S         seed (default 1); the same seed gives the same bytes
      --threads T      threads (default: all cores); results do not depend on it
      --background     add the model's everyday failure rates to the scenario
      --recovery       add the loss-over-time curve as repairs complete (default
                       trials: the model's, since repairs are uncertain)
      --days LIST      with --recovery: the days after the failure to measure,
                       comma-separated (default: 1,7,30,90,180)
      --format F       table (default), json or csv
      --out FILE       write to FILE (atomically; '-' is standard output) instead of standard output
    \(ShardOption.help)
    \(CommonOptions.help)

    A long run can be split: 'simulate --scenario F --trials 1000000
    --shard i/4 --out part-i.json' for i = 0 ... 3, then 'netrisk merge
    --scenario F part-*.json' writes exactly the bytes of the unsharded run
    (--format goes to merge; not with --recovery).
    """

  var options: CommonOptions
  var scenario: String
  var monteCarlo: MonteCarloOptions
  var background: Bool
  /// The days of the loss-over-time curve; nil without --recovery.
  var recoveryDays: [Double]?
  var format: OutputFormat
  var out: String?
  var shard: Shard?

  init(arguments: inout ArgumentList) throws {
    try self.init(arguments: &arguments, environment: ProcessInfo.processInfo.environment)
  }

  /// `environment` gives the batch engine's shard index for `--shard auto`.
  init(arguments: inout ArgumentList, environment: [String: String]) throws {
    options = try CommonOptions(arguments: &arguments)
    guard let scenario = try arguments.option("--scenario") else {
      throw UsageError(message: "name a scenario: --scenario Datasets/scenarios/tonga-cable-cut.json")
    }
    self.scenario = scenario
    monteCarlo = try MonteCarloOptions(arguments: &arguments, trials: 1 ... 10_000_000)
    background = arguments.flag("--background")
    recoveryDays = try ScenarioRun.recoveryDays(&arguments)
    let givenFormat = try arguments.givenOutputFormat()
    format = givenFormat ?? .table
    out = try arguments.option("--out")
    shard = try arguments.option("--shard").map { try ShardOption.parse($0, environment: environment) }
    if shard != nil {
      guard givenFormat == nil else { throw UsageError(message: "--shard writes the shard's sums; give --format to 'netrisk merge'") }
      guard recoveryDays == nil else { throw UsageError(message: "--shard splits the scenario's run; --recovery is not sharded") }
    }
  }

  func run() throws -> Int32 {
    let assessment = try options.loadAssessment()
    if let shard {
      // Read once: the manifest hashes the same bytes the run uses.
      let (bytes, loaded, failures) = try ScenarioRun.resolve(file: scenario, assessment: assessment)
      let settings = ScenarioRun.settings(
        for: loaded, model: assessment.model, monteCarlo: monteCarlo, background: background, recovery: false)
      let progress = ProgressLine(label: "simulate")
      let partial = ScenarioImpact.partial(
        failures: failures, in: assessment, settings: settings, background: background, shard: shard, progress: progress.update)
      progress.finish()
      try options.deliverShard(
        partial, command: Self.name, assessment: assessment, seed: partial.hit.seed, trials: partial.hit.trials, shard: shard,
        input: ScenarioRun.shardInput(scenarioBytes: bytes, background: background), to: out)
      return ExitStatus.success.rawValue
    }
    let run = try ScenarioRun(
      file: scenario, assessment: assessment, modelFile: options.model, monteCarlo: monteCarlo, background: background,
      recoveryDays: recoveryDays, label: "simulate")
    let text = try ScenarioRenderer.render(run.report, recovery: run.recovery, format: format, provenance: try options.provenance(of: assessment))
    try deliver(text, to: out)
    return ExitStatus.success.rawValue
  }
}
