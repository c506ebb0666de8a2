// `netrisk sweep`: every single element's failure, ranked by people cut off.
import Foundation
import NetRisk
import NetRiskReport

struct SweepCommand: Command {
  static let name = "sweep"
  static let summary = "Fail every single element in turn: which ones cut off the most people (N-1)"
  static let help = """
    Usage: netrisk sweep [--kinds K,K,...] [--top N] [--format table|json|csv] [--out FILE]
                         [--dataset DIR] [--model FILE]

    Fails every element of the dependency graph on its own (an N-1 sweep) and
    lists those whose loss isolates at least one country, ranked by the
    people in the countries cut off. Read from the dominator trees in one
    pass (no element is removed and re-analysed), so it takes about as long
    as 'netrisk score --trials 0'. Structural: it counts isolation, not the
    traffic lost when some capacity survives (run 'simulate' for that).

    \(CommonOptions.help)
      --kinds K,...   only these element kinds: \(NodeKind.sweepable.map(\.rawValue).joined(separator: ", "))
                      (default: all of them)
      --top N         only the N contingencies that cut off the most people (default 20)
      --format F      table (default), json or csv
      --out FILE      write to FILE (atomically; '-' is standard output) instead of standard output
    """

  var options: CommonOptions
  var kinds: Set<NodeKind>?
  var top: Int
  var format: OutputFormat
  var out: String?

  init(arguments: inout ArgumentList) throws {
    options = try CommonOptions(arguments: &arguments)
    if let text = try arguments.option("--kinds") {
      var kinds = Set<NodeKind>()
      for name in text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
        guard let kind = NodeKind(rawValue: name), NodeKind.sweepable.contains(kind) else {
          let names = NodeKind.sweepable.map(\.rawValue)
          throw UsageError(message: "--kinds: unknown kind '\(name)' (one of \(names.joined(separator: ", ")))"
            + (name.closestMatch(in: names).map { "; did you mean '\($0)'?" } ?? ""))
        }
        kinds.insert(kind)
      }
      self.kinds = kinds
    }
    top = try arguments.integer("--top", in: 1 ... 1_000_000) ?? 20
    format = try arguments.outputFormat()
    out = try arguments.option("--out")
  }

  func run() throws -> Int32 {
    let assessment = try options.loadAssessment()
    let kinds = kinds ?? Set(NodeKind.sweepable)
    let swept = (0 ..< assessment.dependency.nodeCount).filter { kinds.contains(assessment.dependency.kinds[$0]) }.count
    let contingencies = assessment.singleFailureSweep(kinds: kinds)
    try deliver(
      try SweepRenderer.render(contingencies, total: swept, format: format, top: top, modelHash: assessment.modelHash), to: out)
    return ExitStatus.success.rawValue
  }
}
