// `netrisk diff OLD NEW`: what moved between two snapshots; a CI gate.
import Foundation
import NetRisk
import NetRiskData
import NetRiskReport

struct DiffCommand: Command {
  static let name = "diff"
  static let summary = "Compare two snapshots; exit 0 within tolerances, 1 outside, 2 on bad input"
  static let help = """
    Usage: netrisk diff OLD NEW [--max-score-delta X] [--max-rank-shift N] [--countries CC,CC,...] [--limit N]

    Lists what changed between two snapshots, largest first: score, rank, k,
    single points of failure gained or lost and isolation probability for
    exposure snapshots; predicted severity classes and accuracy figures for
    backtest snapshots. Both sides' model and dataset hashes are shown.
    One of OLD and NEW may be '-', read from standard input.

      --max-score-delta X   largest allowed change of a country's score (exposure),
                            or of the exact-class accuracy in points (backtest)
      --max-rank-shift N    largest allowed change of a country's rank
      --countries LIST      compare only these countries (alpha-2, comma-separated)
      --limit N             rows to show (default 50)

    Exit status: 0 within tolerances (or no tolerance given), 1 outside, 2 bad input.
    """

  var old: String
  var new: String
  var tolerances: DiffTolerances
  var limit: Int

  init(arguments: inout ArgumentList) throws {
    var tolerances = DiffTolerances()
    if let text = try arguments.option("--max-score-delta") {
      guard let value = Double(text), value >= 0 else { throw UsageError(message: "--max-score-delta expects a number >= 0, found '\(text)'") }
      tolerances.maxScoreDelta = value
    }
    tolerances.maxRankShift = try arguments.integer("--max-rank-shift", in: 0 ... 100_000)
    if let list = try arguments.option("--countries") {
      tolerances.countries = Set(list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() })
    }
    limit = try arguments.integer("--limit", in: 1 ... 100_000) ?? 50
    guard let old = arguments.positional(), let new = arguments.positional() else {
      throw UsageError(message: "give two snapshots: netrisk diff OLD NEW")
    }
    self.old = old
    self.new = new
    self.tolerances = tolerances
  }

  func run() throws -> Int32 {
    let before = try Snapshot.load(from: old), after = try Snapshot.load(from: new)
    let comparison: SnapshotComparison
    do {
      comparison = try SnapshotDiff.compare(old: before, new: after, tolerances: tolerances)
    } catch let error as InputError {
      throw InputError(file: new, message: error.message)
    }
    try deliver(DiffRenderer.render(comparison, limit: limit), to: nil)
    return (comparison.withinTolerances ? ExitStatus.success : ExitStatus.findings).rawValue
  }
}
