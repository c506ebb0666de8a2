// `netrisk sweep`: every single element's failure (or, with --pairs, every
// pair's), ranked by people cut off.
import Foundation
import NetRisk
import NetRiskReport

struct SweepCommand: Command {
  static let name = "sweep"
  static let summary = "Fail every element, or every pair, in turn: which cut off the most people (N-1, N-2)"
  static let help = """
    Usage: netrisk sweep [--pairs] [--kinds K,K,...] [--top N] [--format table|json|csv] [--out FILE]
                         [--dataset DIR] [--model FILE]

    Fails every element of the dependency graph on its own (an N-1 sweep) and
    lists those whose loss isolates at least one country, ranked by the
    people in the countries cut off. Read from the dominator trees in one
    pass (no element is removed and re-analysed), so it takes about as long
    as 'netrisk score --trials 0'. Structural: it counts isolation, not the
    traffic lost when some capacity survives (run 'simulate' for that).

    With --pairs, every pair of elements failing together (N-2): the pairs
    whose joint loss isolates a country that neither element isolates alone.
    Exact: for each element, one dominator tree of the graph without it
    finds every partner that completes a cut (no pair is searched on its
    own). A pair need not share a country: a border crossing and the one
    cable of the neighbour behind it are a pair too.

    \(CommonOptions.help)
      --pairs         fail elements two at a time (default kinds: cable, cableSegment;
                      allowed: \(NodeKind.pairSweepable.map(\.rawValue).joined(separator: ", ")))
      --kinds K,...   only these element kinds: \(NodeKind.sweepable.map(\.rawValue).joined(separator: ", "))
                      (default: all of them)
      --top N         only the N contingencies that cut off the most people (default 20)
      --format F      table (default), json or csv
      --out FILE      write to FILE (atomically; '-' is standard output) instead of standard output
    """

  var options: CommonOptions
  var pairs: Bool
  var kinds: Set<NodeKind>?
  var top: Int
  var format: OutputFormat
  var out: String?

  init(arguments: inout ArgumentList) throws {
    options = try CommonOptions(arguments: &arguments)
    pairs = arguments.flag("--pairs")
    kinds = try arguments.nodeKinds(
      "--kinds", allowed: pairs ? NodeKind.pairSweepable : NodeKind.sweepable, reason: "cannot be swept in pairs")
    top = try arguments.integer("--top", in: 1 ... 1_000_000) ?? 20
    format = try arguments.outputFormat()
    out = try arguments.option("--out")
  }

  func run() throws -> Int32 {
    let assessment = try options.loadAssessment()
    let kinds = kinds ?? Set(pairs ? [.cable, .cableSegment] : NodeKind.sweepable)
    let swept = (0 ..< assessment.dependency.nodeCount).filter { kinds.contains(assessment.dependency.kinds[$0]) }.count
    let contingencies = pairs ? assessment.pairFailureSweep(kinds: kinds) : assessment.singleFailureSweep(kinds: kinds)
    try deliver(
      try SweepRenderer.render(
        contingencies, total: swept, pairs: pairs, format: format, top: top, provenance: try options.provenance(of: assessment)),
      to: out)
    return ExitStatus.success.rawValue
  }
}
