// `netrisk attack`: the few simultaneous failures that cut off the most people.
import Foundation
import NetRisk
import NetRiskReport

struct AttackCommand: Command {
  static let name = "attack"
  static let summary = "The worst-case attacker: the few elements whose joint loss cuts off the most people"
  static let help = """
    Usage: netrisk attack [--budget-elements B] [--region CC,CC,... | --country CC] [--kinds K,K,...]
                          [--format table|json] [--out FILE] [--dataset DIR] [--model FILE]

    Finds at most B elements whose simultaneous failure cuts off the most
    people from the rest of the Internet, among the countries of the region
    (default: the world). Exact for B = 1 (the dominator trees) and B = 2
    (every separating pair, from one dominator tree per element); for a larger
    B the budget is spent greedily two elements at a time, and the output
    states the upper bound the optimum cannot exceed (the people in the
    countries that B failures can cut off at all, by max-flow). Structural:
    isolation only, not the traffic lost when some capacity survives. The
    hub countries of the global core are never cut off (their link to the
    core is a modelling device that does not fail).

    \(CommonOptions.help)
      --budget-elements B   how many elements the attacker fails (default 1; at most 10)
      --region CC,...       the countries whose people count (codes, alpha-3 or names;
                            repeatable); --country CC is the same for one country
      --kinds K,...         which elements can be failed: \(NodeKind.pairSweepable.map(\.rawValue).joined(separator: ", "))
                            (default: all of them)
      --format F            table (default) or json
      --out FILE            write to FILE (atomically; '-' is standard output) instead of standard output
    """

  var options: CommonOptions
  var budget: Int
  var region: [String]
  var kinds: Set<NodeKind>?
  var format: OutputFormat
  var out: String?

  init(arguments: inout ArgumentList) throws {
    options = try CommonOptions(arguments: &arguments)
    budget = try arguments.integer("--budget-elements", in: 1 ... 10) ?? 1
    region = try arguments.options("--region") + arguments.options("--country")
    kinds = try arguments.nodeKinds("--kinds", allowed: NodeKind.pairSweepable, reason: "carries no traffic an attacker can cut")
    format = try arguments.outputFormat()
    guard format != .csv else { throw UsageError(message: "--format: attack writes table or json, not csv") }
    out = try arguments.option("--out")
  }

  func run() throws -> Int32 {
    let assessment = try options.loadAssessment()
    let countries = region.isEmpty ? nil : try assessment.dataset.resolveCountries(region)
    let scope = countries.map { $0.map { assessment.dataset.countries[$0].code }.joined(separator: " ") } ?? "the world"
    let attack = assessment.worstCaseAttack(budget: budget, kinds: kinds ?? Set(NodeKind.pairSweepable), countries: countries)
    try deliver(AttackRenderer.render(attack, format: format, scope: scope, provenance: try options.provenance(of: assessment)), to: out)
    return ExitStatus.success.rawValue
  }
}
