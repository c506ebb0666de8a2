// Options shared by the commands that analyse a dataset under a model.
import Foundation
import NetRisk
import NetRiskData
import NetRiskReport

/// `--dataset DIR` and `--model FILE`, with their defaults.
struct CommonOptions {
  var dataset: String
  var model: String

  static let help = """
      --dataset DIR   dataset directory (default: $NETRISK_DATASET, else ./Datasets,
                      else the Datasets/ folder of the netrisk clone)
      --model FILE    model file (default: models/default.json in the dataset directory)
    """

  init(arguments: inout ArgumentList) throws {
    dataset = try arguments.option("--dataset") ?? Dataset.defaultDirectory
    model = try arguments.option("--model") ?? (dataset as NSString).appendingPathComponent("models/default.json")
  }

  /// Throws when the dataset directory does not exist: checked before the
  /// model, whose default lives inside it, so the error names the real problem.
  func checkDatasetDirectory() throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dataset, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw UsageError(message: "\(dataset): dataset directory not found")
    }
  }

  /// Loads the dataset, after checking that its directory exists.
  func loadDataset() throws -> Dataset {
    try checkDatasetDirectory()
    return try Dataset.load(from: dataset)
  }

  /// Loads the dataset and the model and runs the exposure analysis with the
  /// Monte Carlo options (trials nil: the model's default; 0: none).
  /// - Throws: the dataset's problems (file, line, column), or the model's.
  func assess(_ monteCarlo: MonteCarloOptions, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> ExposureReport {
    try checkDatasetDirectory()
    let (model, hash) = try RiskModel.load(from: model)
    let world = try loadDataset()
    return try Exposure.assess(
      dataset: world, model: model, modelHash: hash, trials: monteCarlo.trials ?? model.failures.defaultScoreTrials,
      seed: monteCarlo.seed, threads: monteCarlo.threads, progress: progress)
  }
}

/// Writes command output to standard output, or atomically to `--out FILE`.
func deliver(_ text: String, to path: String?) throws {
  if let path {
    try AtomicFile.write(text, to: path)
  } else {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}

/// `--trials N`, `--seed S` and `--threads T`, shared by the commands that
/// run the Monte Carlo. The thread count never changes the results.
struct MonteCarloOptions {
  /// nil: the command's default (usually the model's).
  var trials: Int?
  var seed: UInt64
  var threads: Int

  static let help = """
      --trials N      Monte Carlo trials (default: the model's, 6400); 0 turns it off
      --seed S        seed (default 1); the same seed gives the same bytes
      --threads T     threads (default: all cores); results do not depend on it
    """

  init(arguments: inout ArgumentList, trials range: ClosedRange<Int> = 0 ... 10_000_000) throws {
    trials = try arguments.integer("--trials", in: range)
    seed = UInt64(try arguments.integer("--seed", in: 0 ... Int.max) ?? 1)
    threads = try arguments.integer("--threads", in: 1 ... 256) ?? ProcessInfo.processInfo.activeProcessorCount
  }
}

extension ArgumentList {
  /// `--format table|json|csv` (default table).
  mutating func outputFormat() throws -> OutputFormat {
    let text = try option("--format") ?? "table"
    guard let format = OutputFormat(rawValue: text) else {
      throw UsageError(message: "--format expects table, json or csv, found '\(text)'")
    }
    return format
  }
}
