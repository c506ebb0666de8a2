// Loading and validating a dataset directory.
import Foundation

extension Dataset {
  /// Loads the dataset in `directory`, checking every file against its schema
  /// and every reference between files.
  ///
  /// Checks: each file exists, is well-formed CSV and has the schema's
  /// columns; each record has the header's field count; required values are
  /// present; numbers are numbers within range (latitudes in [-90, 90],
  /// longitudes in [-180, 180], percentages, years); ids are unique; every
  /// reference (country codes, cable and landing point ids, root letters,
  /// PeeringDB ids) names an existing row, with a "did you mean" suggestion
  /// when a close id exists; `countries.csv` is not empty.
  ///
  /// - Throws: `DatasetValidationFailure` holding every problem found (the
  ///   first 100 and a count), never only the first.
  /// - Complexity: O(*n*) expected in the size of the files, plus
  ///   suggestions for unknown references on the error path.
  public static func load(from directory: String) throws(DatasetValidationFailure) -> Dataset {
    var loader = DatasetLoader(directory: directory)
    loader.loadAll()
    guard loader.problems.count == 0 else {
      throw DatasetValidationFailure(
        directory: directory, problems: loader.problems.kept, totalProblemCount: loader.problems.count,
        summary: loader.dataset.loadSummary)
    }
    return loader.dataset
  }
}
