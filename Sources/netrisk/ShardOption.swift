// `--shard i/n`: which part of a long run this process computes, given on the
// command line or read from the batch engine that started it.
import NetRisk

enum ShardOption {
  static let help = """
      --shard SPEC    compute one shard of the run and write its sums (JSON) for
                      'netrisk merge': SPEC is i/n (shard i of n, from 0), or 'auto'
                      (Slurm job arrays: SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT),
                      or auto/n (n shards; the index from SLURM_ARRAY_TASK_ID,
                      Kubernetes Indexed Jobs' JOB_COMPLETION_INDEX or AWS Batch's
                      AWS_BATCH_JOB_ARRAY_INDEX)
    """

  /// The shard `text` names, with `environment` for `auto`.
  /// - Throws: `UsageError` saying what is wrong or missing.
  static func parse(_ text: String, environment: [String: String]) throws -> Shard {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard (1 ... 2).contains(parts.count) else { throw bad(text) }
    let index: Int
    if parts[0] == "auto" {
      guard let found = batchIndex(environment) else {
        throw UsageError(message: "--shard auto: no shard index in the environment "
          + "(SLURM_ARRAY_TASK_ID, JOB_COMPLETION_INDEX or AWS_BATCH_JOB_ARRAY_INDEX)")
      }
      index = found
    } else {
      guard let given = Int(parts[0]) else { throw bad(text) }
      index = given
    }
    let count: Int
    if parts.count == 2 {
      guard let given = Int(parts[1]) else { throw bad(text) }
      count = given
    } else if parts[0] == "auto", let slurm = environment["SLURM_ARRAY_TASK_COUNT"].flatMap({ Int($0) }) {
      count = slurm
    } else {
      throw UsageError(message: "--shard \(text): give the number of shards (i/n, or auto/n outside a Slurm job array)")
    }
    guard let shard = Shard(index: index, count: count) else {
      throw UsageError(message: "--shard \(text): expected 0 <= i < n (shard \(index) of \(count))")
    }
    return shard
  }

  /// The array index a batch engine gives this task: Slurm's counted from the
  /// array's first index (SLURM_ARRAY_TASK_MIN), so arrays like 1-4 work too.
  static func batchIndex(_ environment: [String: String]) -> Int? {
    if let id = environment["SLURM_ARRAY_TASK_ID"].flatMap({ Int($0) }) {
      return id - (environment["SLURM_ARRAY_TASK_MIN"].flatMap { Int($0) } ?? 0)
    }
    return environment["JOB_COMPLETION_INDEX"].flatMap { Int($0) }
      ?? environment["AWS_BATCH_JOB_ARRAY_INDEX"].flatMap { Int($0) }
  }

  private static func bad(_ text: String) -> UsageError {
    UsageError(message: "--shard expects i/n, auto or auto/n, found '\(text)'")
  }
}
