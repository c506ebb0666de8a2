// `netrisk validate`: load a dataset and report every problem.
import Foundation
import NetRiskData

/// Loads a dataset directory, prints its summary (counts per entity) and
/// every problem found.
struct ValidateCommand: Command {
  static let name = "validate"
  static let summary = "Load a dataset directory and report every problem in it"
  static let help = """
    Usage: netrisk validate [<dir> | --dataset DIR]

    Loads a dataset directory and checks it: every file present, well-formed
    CSV with the expected columns; required values present; numbers that are
    numbers, within range (latitudes in [-90, 90], longitudes in [-180, 180],
    percentages, years); unique ids; every reference valid (country codes,
    cables and landing points of cable landings, IXPs and facilities, root
    letters), with a suggestion when a close id exists. Each problem names the
    file, line and column, the value found and what was expected. Prints the
    load summary (counts per entity, flagged rows in parentheses), then every
    problem (the first 100, and how many more).

    The directory is given as <dir> or, as for every other command, with
    --dataset DIR (not both). It defaults to $NETRISK_DATASET, else ./Datasets when present, else the
    Datasets/ folder of the netrisk clone.

    Exit status: 0 clean; 1 problems found; 2 the directory does not exist, or
    bad usage.
    """

  var directory: String

  init(arguments: inout ArgumentList) throws {
    let named = try arguments.option("--dataset"), positional = arguments.positional()
    if named != nil && positional != nil {
      throw UsageError(message: "give the dataset directory once: as <dir> or with --dataset")
    }
    directory = named ?? positional ?? Dataset.defaultDirectory
  }

  func run() throws -> Int32 {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
      printError("netrisk validate: \(directory): dataset directory not found")
      return ExitStatus.badInput.rawValue
    }
    do {
      let dataset = try Dataset.load(from: directory)
      try deliver("Dataset \(directory): valid\n\(dataset.loadSummary)\n", to: nil)
      return ExitStatus.success.rawValue
    } catch let error as DatasetValidationFailure {
      let count = error.totalProblemCount
      try deliver("Dataset \(directory): \(count) problem\(count == 1 ? "" : "s")\nRows loaded without problems:\n\(error.summary)\n\n\(error)\n", to: nil)
      return ExitStatus.findings.rawValue
    }
  }
}
