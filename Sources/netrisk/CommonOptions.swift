// Options shared by the commands that analyse a dataset under a model.
import Foundation
import NetRisk
import NetRiskData

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

  /// Loads the dataset and the model and runs the exposure analysis, with
  /// `trials` Monte Carlo trials (nil: the model's default; 0: none).
  /// - Throws: the dataset's problems (file, line, column), or the model's.
  func assess(
    trials: Int? = 0, seed: UInt64 = 1, threads: Int = 1, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> ExposureReport {
    try checkDatasetDirectory()
    let (model, hash) = try RiskModel.load(from: model)
    let world = try loadDataset()
    return try Exposure.assess(
      dataset: world, model: model, modelHash: hash, trials: trials ?? model.failures.defaultScoreTrials,
      seed: seed, threads: threads, progress: progress)
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
