// Collects dataset problems while loading, keeping the first few.

/// The problems found so far; keeps the first `DatasetValidationFailure.problemLimit`
/// and counts the rest.
struct ProblemLog {
  private(set) var kept: [DatasetError] = []
  private(set) var count = 0

  mutating func add(_ problem: DatasetError) {
    count += 1
    if kept.count < DatasetValidationFailure.problemLimit { kept.append(problem) }
  }
}
