// Options shared by the commands that analyse a dataset under a model.
import Foundation
import NetRisk
import NetRiskData
import NetRiskReport

/// `--dataset DIR`, `--model FILE` and `--regions`, with their defaults.
struct CommonOptions {
  var dataset: String
  var model: String
  /// Whether the dataset's regions (Shetland, Matsu, ...) count as countries
  /// of their own.
  var regions: Bool

  static let help = """
      --dataset DIR   dataset directory (default: $NETRISK_DATASET, else ./Datasets,
                      else the Datasets/ folder of the netrisk clone)
      --model FILE    model file (default: models/default.json in the dataset directory)
      --regions       split the regions of the dataset's regions.csv (GB-ZET Shetland,
                      TW-LIE Matsu, US-HI Hawaii, ...) off their countries and treat
                      each as a country of its own
    """

  init(arguments: inout ArgumentList) throws {
    dataset = try arguments.option("--dataset") ?? Dataset.defaultDirectory
    model = try arguments.option("--model") ?? (dataset as NSString).appendingPathComponent("models/default.json")
    regions = arguments.flag("--regions")
  }

  /// Throws when the dataset directory does not exist: checked before the
  /// model, whose default lives inside it, so the error names the real problem.
  func checkDatasetDirectory() throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dataset, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw UsageError(message: "\(dataset): dataset directory not found")
    }
  }

  /// Checks the directory, then loads the model and the dataset once and
  /// cross-checks them (unknown hubs and registry seats are errors).
  /// - Throws: the dataset's problems (file, line, column), or the model's.
  func loadAssessment() throws -> Assessment {
    try checkDatasetDirectory()
    return try Assessment.load(datasetDirectory: dataset, modelFile: model, regions: regions)
  }

  /// Writes one shard's file for `netrisk merge` (atomically to `out`, or
  /// standard output): its manifest (this netrisk, the dataset's and model's
  /// hashes, `seed`, `trials`, `shard` and what else the run read, `input`)
  /// and its sums.
  func deliverShard(
    _ sums: some ShardSums, command: String, assessment: Assessment, seed: UInt64, trials: Int, shard: Shard, input: String = "",
    to out: String?
  ) throws {
    let manifest = ShardManifest(
      command: command, toolVersion: version, datasetHash: shardDatasetHash(try DatasetHash.compute(directory: dataset)),
      modelHash: assessment.modelHash, seed: seed, trials: trials, shard: shard, inputHash: input)
    try deliver(ShardFile(manifest: manifest, partial: sums).text, to: out)
  }

  /// The dataset a shard's manifest names: the directory's hash `hash`, with
  /// "+regions" when the regions are split off (the countries differ then,
  /// so `merge` must be given `--regions` too).
  func shardDatasetHash(_ hash: String) -> String {
    hash + (regions ? "+regions" : "")
  }

  /// What every JSON output records: this netrisk, the assessment's model
  /// and the hash of the dataset directory.
  func provenance(of assessment: Assessment) throws -> Provenance {
    assessment.provenance(datasetHash: try DatasetHash.compute(directory: dataset))
  }
}

/// Writes command output to standard output (no path, or `-`), or
/// atomically to `--out FILE`.
/// - Throws: `OutputError` when standard output cannot take it (closed, a
///   full device): the command then exits 2 with a message, never silently.
func deliver(_ text: String, to path: String?) throws {
  if let path, path != "-" {
    try AtomicFile.write(text, to: path)
  } else {
    do {
      try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
    } catch {
      throw OutputError(message: "cannot write to standard output: \(error.localizedDescription)")
    }
  }
}

/// The bytes of an input file, or of standard input for `-`; `what` names
/// the file in the error ("the incidents file").
/// - Throws: `InputError` naming the file when it cannot be read.
func readInput(_ path: String, what: String = "the file") throws -> Data {
  guard let data = InputFile.contents(atPath: path) else {
    throw InputError(file: path, message: "cannot read \(what) (missing or unreadable)")
  }
  return data
}

/// Output that could not be written.
struct OutputError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}

/// `--trials N`, `--seed S` and `--threads T`, shared by every command that
/// runs the Monte Carlo. The thread count never changes the results.
struct MonteCarloOptions {
  /// nil: the command's default (usually the model's).
  var trials: Int?
  var seed: UInt64
  var threads: Int

  static let help = help(trials: "the model's, 6400")

  /// The options' help, with the command's default trial count.
  static func help(trials: String) -> String {
    """
      --trials N      Monte Carlo trials (default: \(trials)); 0 turns it off
      --seed S        seed (default 1); the same seed gives the same bytes
      --threads T     threads (default: all cores); results do not depend on it
    """
  }

  init(arguments: inout ArgumentList, trials range: ClosedRange<Int> = 0 ... 10_000_000, defaultTrials: Int? = nil) throws {
    trials = try arguments.integer("--trials", in: range) ?? defaultTrials
    seed = UInt64(try arguments.integer("--seed", in: 0 ... Int.max) ?? 1)
    threads = try arguments.integer("--threads", in: 1 ... 256) ?? ProcessInfo.processInfo.activeProcessorCount
  }

  /// The library's settings value.
  var settings: MonteCarloSettings { MonteCarloSettings(trials: trials, seed: seed, threads: threads) }
}

extension ArgumentList {
  /// `--format table|json|csv` (default table).
  mutating func outputFormat() throws -> OutputFormat {
    try givenOutputFormat() ?? .table
  }

  /// `--format table|json|csv`, nil when not given.
  mutating func givenOutputFormat() throws -> OutputFormat? {
    guard let text = try option("--format") else { return nil }
    guard let format = OutputFormat(rawValue: text) else {
      throw UsageError(message: "--format expects table, json or csv, found '\(text)'")
    }
    return format
  }
}
