// Every problem found while loading a dataset, thrown at once.

/// The problems that stopped a dataset from loading: all of them, so that a
/// user can fix a file in one pass. At most `problemLimit` are kept;
/// `totalProblemCount` counts them all.
public struct DatasetValidationFailure: Error, Hashable, Sendable, CustomStringConvertible {
  /// How many problems are kept in `problems`.
  public static let problemLimit = 100

  /// The directory that was loaded.
  public var directory: String
  /// The first `problemLimit` problems, in the order found (file by file).
  public var problems: [DatasetError]
  /// How many problems were found in all.
  public var totalProblemCount: Int
  /// Counts of the rows that did load, for context.
  public var summary: DatasetSummary

  /// Creates the value from its fields.
  public init(directory: String, problems: [DatasetError], totalProblemCount: Int, summary: DatasetSummary) {
    self.directory = directory
    self.problems = problems
    self.totalProblemCount = totalProblemCount
    self.summary = summary
  }

  public var description: String {
    let noun = totalProblemCount == 1 ? "problem" : "problems"
    var lines = ["\(totalProblemCount) \(noun) in dataset \(directory):"]
    lines += problems.map(\.description)
    if totalProblemCount > problems.count {
      lines.append("... and \(totalProblemCount - problems.count) more (only the first \(problems.count) are shown)")
    }
    return lines.joined(separator: "\n")
  }
}
