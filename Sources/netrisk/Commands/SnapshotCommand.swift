// `netrisk snapshot --out FILE`: canonical JSON of every country's results.
import Foundation
import NetRisk
import NetRiskData

struct SnapshotCommand: Command {
  static let name = "snapshot"
  static let summary = "Write a canonical snapshot of every country's results, for regression tests"
  static let help = """
    Usage: netrisk snapshot --out FILE [--dataset DIR] [--model FILE] [--trials N] [--seed S] [--threads T]

    Writes canonical JSON (sorted keys, fixed number formats, no timestamps or
    paths) of every country's score, rank, k, single points of failure, score
    parts and Monte Carlo figures, with the model's name, version and hash and
    the dataset's hash. The same inputs always give the same bytes, on any
    number of threads. Compare two snapshots with 'netrisk diff OLD NEW'.
    Schema: Datasets/snapshots/README.md.

      --out FILE      the snapshot to write (atomically)
    \(MonteCarloOptions.help)
    \(CommonOptions.help)
    """

  var options: CommonOptions
  var out: String
  var monteCarlo: MonteCarloOptions

  init(arguments: inout ArgumentList) throws {
    options = try CommonOptions(arguments: &arguments)
    guard let out = try arguments.option("--out") else { throw UsageError(message: "give the file to write: --out FILE") }
    self.out = out
    monteCarlo = try MonteCarloOptions(arguments: &arguments)
  }

  func run() throws -> Int32 {
    let progress = ProgressLine(label: "snapshot")
    let report = try options.loadAssessment().exposure(monteCarlo.settings, progress: progress.update)
    progress.finish()
    let snapshot = Snapshot.exposure(report, datasetHash: try DatasetHash.compute(directory: options.dataset))
    try deliver(snapshot.canonicalText, to: out)
    return ExitStatus.success.rawValue
  }
}
