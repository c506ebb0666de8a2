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
                         [--threads T] [--shard i/n] [--dataset DIR] [--model FILE]

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
      --threads T     threads for --pairs (default: all cores); results do not depend on it
    \(ShardOption.help)

    A sweep can be split: 'sweep --pairs --shard i/4 --out part-i.json' for
    i = 0 ... 3 (N-1: every 4th country each; N-2: the pairs whose first
    element is every 4th candidate), then 'netrisk merge part-*.json' writes
    exactly the bytes of the unsharded sweep (--format and --top go to merge).
    """

  var options: CommonOptions
  var pairs: Bool
  var kinds: Set<NodeKind>?
  var top: Int
  var format: OutputFormat
  var out: String?
  var shard: Shard?
  var threads: Int

  /// The contingencies listed when --top is not given.
  static let defaultTop = 20

  init(arguments: inout ArgumentList) throws {
    try self.init(arguments: &arguments, environment: ProcessInfo.processInfo.environment)
  }

  /// `environment` gives the batch engine's shard index for `--shard auto`.
  init(arguments: inout ArgumentList, environment: [String: String]) throws {
    options = try CommonOptions(arguments: &arguments)
    pairs = arguments.flag("--pairs")
    kinds = try arguments.nodeKinds(
      "--kinds", allowed: pairs ? NodeKind.pairSweepable : NodeKind.sweepable, reason: "cannot be swept in pairs")
    let givenTop = try arguments.integer("--top", in: 1 ... 1_000_000)
    top = givenTop ?? Self.defaultTop
    let givenFormat = try arguments.givenOutputFormat()
    format = givenFormat ?? .table
    out = try arguments.option("--out")
    threads = try arguments.integer("--threads", in: 1 ... 256) ?? ProcessInfo.processInfo.activeProcessorCount
    shard = try arguments.option("--shard").map { try ShardOption.parse($0, environment: environment) }
    if shard != nil, givenFormat != nil || givenTop != nil {
      throw UsageError(message: "--shard writes the shard's cuts; give --format and --top to 'netrisk merge'")
    }
  }

  func run() throws -> Int32 {
    let assessment = try options.loadAssessment()
    let kinds = kinds ?? Set(pairs ? [.cable, .cableSegment] : NodeKind.sweepable)
    let partial = assessment.sweepPartial(pairs: pairs, kinds: kinds, shard: shard ?? .whole, threads: threads)
    if let shard {
      try options.deliverShard(
        partial, command: Self.name, assessment: assessment, seed: 0, trials: 0, shard: shard, input: partial.options, to: out)
    } else {
      try deliver(try Self.render(partial, assessment: assessment, format: format, top: top, provenance: try options.provenance(of: assessment)), to: out)
    }
    return ExitStatus.success.rawValue
  }

  /// The sweep's output from its cuts (a whole sweep's, or its merged shards').
  static func render(
    _ partial: SweepPartial, assessment: Assessment, format: OutputFormat, top: Int, provenance: Provenance
  ) throws -> String {
    try SweepRenderer.render(
      assessment.contingencies(of: partial), total: partial.swept, pairs: partial.pairs, format: format, top: top,
      provenance: provenance)
  }
}
