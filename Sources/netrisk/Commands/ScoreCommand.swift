// `netrisk score`: every country ranked by exposure.
import Foundation
import NetRisk
import NetRiskReport

struct ScoreCommand: Command {
  static let name = "score"
  static let summary = "Rank every country by how exposed its Internet is (the main job)"
  static let help = """
    Usage: netrisk score [--dataset DIR] [--model FILE] [--format table|json|csv] [--top N] [--out FILE]
                         [--trials N] [--seed S] [--threads T] [--shard i/n]

    Builds the dependency graph of the dataset under the model and ranks every
    country by its composite exposure score, 0 (robust) to 100 (one failure
    from isolation on every part). Columns: rank, score, k (independent
    failures of landing points, cables and border links that isolate the
    country), single points of failure, active cables, landing points, land
    neighbours, root letters with an instance in the country, IXPs, and the
    share of its international capacity that the weakest cut carries. With
    trials (the default), a Monte Carlo of the model's failure rates adds the
    probability of isolation, the expected and 95th-percentile share of
    capacity lost, and a score part for the expected loss.

    \(CommonOptions.help)
      --format F      table (default), json (every figure and reason) or csv
      --top N         only the N most exposed countries
      --out FILE      write to FILE (atomically; '-' is standard output) instead of standard output
    \(MonteCarloOptions.help)
    \(ShardOption.help)

    A long run can be split: 'score --trials 1000000 --shard i/4 --out part-i.json'
    for i = 0...3 (on as many machines), then 'netrisk merge part-*.json' writes
    exactly the bytes of the unsharded run (--format and --top go to merge).

    Run 'netrisk explain CC' for one country in full.
    """

  var options: CommonOptions
  var format: OutputFormat
  var top: Int?
  var out: String?
  var monteCarlo: MonteCarloOptions
  var shard: Shard?

  init(arguments: inout ArgumentList) throws {
    try self.init(arguments: &arguments, environment: ProcessInfo.processInfo.environment)
  }

  /// `environment` gives the batch engine's shard index for `--shard auto`.
  init(arguments: inout ArgumentList, environment: [String: String]) throws {
    options = try CommonOptions(arguments: &arguments)
    let givenFormat = try arguments.givenOutputFormat()
    format = givenFormat ?? .table
    top = try arguments.integer("--top", in: 1 ... 100_000)
    out = try arguments.option("--out")
    monteCarlo = try MonteCarloOptions(arguments: &arguments)
    shard = try arguments.option("--shard").map { try ShardOption.parse($0, environment: environment) }
    if shard != nil {
      guard givenFormat == nil, top == nil else {
        throw UsageError(message: "--shard writes the shard's sums; give --format and --top to 'netrisk merge'")
      }
      guard monteCarlo.trials != 0 else { throw UsageError(message: "--shard splits the Monte Carlo; --trials 0 has none") }
    }
  }

  func run() throws -> Int32 {
    let progress = ProgressLine(label: "score")
    if let shard {
      let assessment = try options.loadAssessment()
      let partial = assessment.exposurePartial(monteCarlo.settings, shard: shard, progress: progress.update)
      progress.finish()
      try options.deliverShard(
        partial, command: Self.name, assessment: assessment, seed: partial.seed, trials: partial.trials, shard: shard, to: out)
      return ExitStatus.success.rawValue
    }
    let assessment = try options.loadAssessment()
    let report = assessment.exposure(monteCarlo.settings, progress: progress.update)
    progress.finish()
    try deliver(try ExposureRenderer.render(report, format: format, top: top, provenance: try options.provenance(of: assessment)), to: out)
    return ExitStatus.success.rawValue
  }
}
