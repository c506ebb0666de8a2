// `netrisk backtest`: replay past incidents and score the model against them.
import Foundation
import NetRisk
import NetRiskData
import NetRiskReport

struct BacktestCommand: Command {
  static let name = "backtest"
  static let summary = "Replay past incidents and score how well the model predicted what was observed"
  static let help = """
    Usage: netrisk backtest [--incidents FILE] [--out SNAPSHOT] [--trials N] [--seed S]
                            [--dataset DIR] [--model FILE]

    Replays each incident of the incidents file as a scenario on the dataset,
    with the cables that entered service after the incident's year left out,
    predicts a severity class per observed country from the simulated loss
    (thresholds in the model file) and reports, per incident and overall,
    exact-class accuracy, within-one-class accuracy, the Spearman rank
    correlation between simulated loss and observed severity, and the
    confusion matrix. --out writes the result as a backtest snapshot, which
    'netrisk diff' compares between two models.

      --incidents FILE  default: incidents/incidents.json in the dataset directory
      --out FILE        also write a backtest snapshot (atomically)
      --trials N        Monte Carlo trials per incident (default 64: incidents are certain failures)
      --seed S          seed (default 1)
    \(CommonOptions.help)
    """

  var options: CommonOptions
  var incidents: String
  var out: String?
  var trials: Int
  var seed: UInt64

  init(arguments: inout ArgumentList) throws {
    options = try CommonOptions(arguments: &arguments)
    incidents = try arguments.option("--incidents") ?? (options.dataset as NSString).appendingPathComponent("incidents/incidents.json")
    out = try arguments.option("--out")
    trials = try arguments.integer("--trials", in: 1 ... 10_000_000) ?? 64
    seed = UInt64(try arguments.integer("--seed", in: 0 ... Int.max) ?? 1)
  }

  func run() throws -> Int32 {
    try options.checkDatasetDirectory()
    let (model, hash) = try RiskModel.load(from: options.model)
    let file = try IncidentFile.load(from: incidents)
    let dataset = try options.loadDataset()
    let report = try Backtest.run(
      incidents: file, file: incidents, dataset: dataset, model: model, modelHash: hash,
      trials: trials, seed: seed, threads: ProcessInfo.processInfo.activeProcessorCount)
    if let out {
      try AtomicFile.write(Snapshot.backtest(report, datasetHash: try DatasetHash.compute(directory: options.dataset)).canonicalText, to: out)
    }
    print(BacktestRenderer.render(report), terminator: "")
    return 0
  }
}
