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
                            [--background] [--format table|json|csv] [--out FILE]
                            [--dataset DIR] [--model FILE]

    Fails what the scenario names (cables, landing points, IXPs, facilities,
    grids for N hours) or selects (cables through a corridor, cables exposed to
    a solar storm, everything within a radius), cascades through power and
    facilities, and reports per affected country: probability of isolation,
    expected and 95th-percentile share of international capacity lost,
    probability of losing DNS root resolution, root letters lost when isolated,
    and the failed elements that touch it. Unaffected countries are counted.
    Shipped scenarios: Datasets/scenarios/ (see its README).

      --scenario FILE  the scenario (JSON; '-' reads standard input)
      --trials N       Monte Carlo trials, rounded up to a multiple of 64
                       (default: 64 when every failure is certain and there is no
                       background, else the model's default)
      --seed S         seed (default 1); the same seed gives the same bytes
      --threads T      threads (default: all cores); results do not depend on it
      --background     add the model's everyday failure rates to the scenario
      --format F       table (default), json or csv
      --out FILE       write to FILE (atomically; '-' is standard output) instead of standard output
    \(CommonOptions.help)
    """

  var options: CommonOptions
  var scenario: String
  var monteCarlo: MonteCarloOptions
  var background: Bool
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
    format = try arguments.outputFormat()
    out = try arguments.option("--out")
  }

  func run() throws -> Int32 {
    let assessment = try options.loadAssessment()
    let scenarioFile = try Scenario.load(from: scenario)
    let failures = try scenarioFile.resolve(in: assessment.dependency, dataset: assessment.dataset, file: scenario)
    let certain = scenarioFile.failures.allSatisfy { spec in
      spec.solarStorm == nil && [0, 1].contains(spec.probability ?? 1)
    }
    var settings = monteCarlo.settings
    settings.trials = monteCarlo.trials ?? (certain && !background ? 64 : assessment.model.failures.defaultScoreTrials)
    let progress = ProgressLine(label: "simulate")
    let report = ScenarioImpact.assess(
      scenario: scenarioFile, failures: failures, in: assessment, settings: settings, background: background,
      progress: progress.update)
    progress.finish()
    try deliver(try ScenarioRenderer.render(report, format: format, provenance: try options.provenance(of: assessment)), to: out)
    return ExitStatus.success.rawValue
  }
}
