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
    \(CommonOptions.help)
    """

  var options: CommonOptions
  var scenario: String
  var monteCarlo: MonteCarloOptions
  var background: Bool
  /// The days of the loss-over-time curve; nil without --recovery.
  var recoveryDays: [Double]?
  var format: OutputFormat
  var out: String?

  init(arguments: inout ArgumentList) throws {
    options = try CommonOptions(arguments: &arguments)
    guard let scenario = try arguments.option("--scenario") else {
      throw UsageError(message: "name a scenario: --scenario Datasets/scenarios/tonga-cable-cut.json")
    }
    self.scenario = scenario
    monteCarlo = try MonteCarloOptions(arguments: &arguments, trials: 1 ... 10_000_000)
    background = arguments.flag("--background")
    let recovery = arguments.flag("--recovery")
    let days = try arguments.option("--days")
    if days != nil && !recovery { throw UsageError(message: "--days goes with --recovery") }
    recoveryDays = recovery ? try Self.days(days ?? "1,7,30,90,180") : nil
    format = try arguments.outputFormat()
    out = try arguments.option("--out")
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

  func run() throws -> Int32 {
    let assessment = try options.loadAssessment()
    let scenarioFile = try Scenario.load(from: scenario)
    let failures = try scenarioFile.resolve(in: assessment.dependency, dataset: assessment.dataset, file: scenario)
    let denied = try scenarioFile.deniedRepairNodes(in: assessment.dependency, dataset: assessment.dataset, file: scenario)
    let repair = try recoveryDays.map { _ in
      guard let repair = assessment.model.repair else {
        throw InputError(
          file: options.model, message: "the model has no 'repair' section, which --recovery needs (see Datasets/models/README.md)")
      }
      return repair
    }
    let certain = scenarioFile.failures.allSatisfy { spec in
      spec.solarStorm == nil && [0, 1].contains(spec.probability ?? 1)
    }
    var settings = monteCarlo.settings
    settings.trials = monteCarlo.trials
      ?? (certain && !background && recoveryDays == nil ? 64 : assessment.model.failures.defaultScoreTrials)
    let progress = ProgressLine(label: "simulate")
    let report = ScenarioImpact.assess(
      scenario: scenarioFile, failures: failures, in: assessment, settings: settings, background: background,
      progress: progress.update)
    progress.finish()
    var recovery: RecoveryReport?
    if let days = recoveryDays, let repair {
      let recovering = ProgressLine(label: "recovery")
      recovery = ScenarioImpact.recovery(
        of: report, failures: failures, denied: denied, denial: scenarioFile.repairDenied, repair: repair, in: assessment,
        settings: settings, background: background, days: days, progress: recovering.update)
      recovering.finish()
    }
    let text = try ScenarioRenderer.render(report, recovery: recovery, format: format, provenance: try options.provenance(of: assessment))
    try deliver(text, to: out)
    return ExitStatus.success.rawValue
  }
}
