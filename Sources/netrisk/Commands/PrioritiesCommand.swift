// `netrisk priorities`: what to build first, under a budget, and why.
import Foundation
import NetRisk
import NetRiskData
import NetRiskReport

struct PrioritiesCommand: Command {
  static let name = "priorities"
  static let summary = "Rank candidate investments by risk reduced per dollar under a budget"
  static let help = """
    Usage: netrisk priorities [--country CC | --region NAME | --world] --budget AMOUNT
                              [--objective expected-loss|isolation|attack] [--attack-budget B]
                              [--kinds K,K,...] [--candidates FILE]
                              [--trials N] [--seed S] [--threads T] [--exact] [--format table|json|csv]

    Generates candidate investments for the countries in scope (a cable to the
    nearest hub or to a new far-end country, a second landing station, a
    cross-border link, a local root instance, backup power at a landing
    station, a first IXP; costs from the model file with their sources), adds
    the user's own from --candidates, and picks greedily by objective reduced
    per dollar until the budget runs out, re-evaluating after each pick. Every
    evaluation uses the same failure samples (common random numbers). Each pick
    says what it fixes. IXPs do not change either objective (both come from
    the Monte Carlo of connectivity and capacity), so they are never picked.

      --country CC       one country (default when no scope is given: none; give one)
      --region NAME      every country of a region or subregion (Oceania, Western Africa)
      --world            every country (slow: about a thousand candidates)
      --budget AMOUNT    US dollars, e.g. 50000000 or 50M
      --objective O      expected-loss (default: population-weighted expected national
                         traffic drop), isolation (probability), or attack: the share of
                         the scope's people that the worst-case attacker of 'netrisk
                         attack' cuts off with --attack-budget elements; the planner then
                         buys what raises the attacker's cost most (structural: exact for
                         a budget of 1 or 2, greedy beyond)
      --attack-budget B  with --objective attack: elements the attacker fails (default 1; 1-4)
      --kinds K,...      with --objective attack: which elements it can fail (default: all
                         of \(NodeKind.pairSweepable.map(\.rawValue).joined(separator: ", ")))
      --candidates FILE  CSV kind,country,target,cost,title (kind: cable, station,
                         border, root, backup, ixp)
    \(MonteCarloOptions.help(trials: "1280 per evaluation"))
      --exact            plain greedy (re-evaluate every candidate after each pick)
                         instead of lazy evaluation
      --format F         table (default), json or csv
    \(CommonOptions.help)
    """

  var options: CommonOptions
  var country: String?
  var region: String?
  var world: Bool
  var budget: Double
  var objective: PriorityObjective
  var attackBudget: Int
  var attackKinds: Set<NodeKind>
  var candidates: String?
  var monteCarlo: MonteCarloOptions
  var exact: Bool
  var format: OutputFormat

  init(arguments: inout ArgumentList) throws {
    options = try CommonOptions(arguments: &arguments)
    country = try arguments.option("--country")
    region = try arguments.option("--region")
    world = arguments.flag("--world")
    guard [country != nil, region != nil, world].filter({ $0 }).count == 1 else {
      throw UsageError(message: "give exactly one scope: --country CC, --region NAME or --world")
    }
    guard let text = try arguments.option("--budget") else { throw UsageError(message: "give a budget: --budget 50M") }
    let multiplier: Double = text.hasSuffix("M") ? 1e6 : text.hasSuffix("B") ? 1e9 : text.hasSuffix("k") ? 1e3 : 1
    guard let amount = Double(multiplier == 1 ? text : String(text.dropLast())), amount.isFinite, amount > 0, (amount * multiplier).isFinite else {
      throw UsageError(message: "--budget expects an amount in US dollars (50000000, 50M), found '\(text)'")
    }
    budget = amount * multiplier
    let objectiveText = try arguments.option("--objective") ?? "expected-loss"
    guard let objective = PriorityObjective(rawValue: objectiveText) else {
      throw UsageError(message: "--objective expects expected-loss, isolation or attack, found '\(objectiveText)'")
    }
    self.objective = objective
    let budgetGiven = try arguments.integer("--attack-budget", in: 1 ... 4)
    let kindsGiven = try arguments.nodeKinds("--kinds", allowed: NodeKind.pairSweepable, reason: "carries no traffic an attacker can cut")
    if objective != .attack && (budgetGiven != nil || kindsGiven != nil) {
      throw UsageError(message: "--attack-budget and --kinds go with --objective attack")
    }
    attackBudget = budgetGiven ?? 1
    attackKinds = kindsGiven ?? Set(NodeKind.pairSweepable)
    candidates = try arguments.option("--candidates")
    monteCarlo = try MonteCarloOptions(arguments: &arguments, trials: 64 ... 1_000_000, defaultTrials: 1280)
    exact = arguments.flag("--exact")
    format = try arguments.outputFormat()
  }

  func run() throws -> Int32 {
    let assessment = try options.loadAssessment()
    let (dataset, model) = (assessment.dataset, assessment.model)
    let scope: [RowIndex<Country>]
    if let country {
      scope = [try dataset.resolveCountry(country)]
    } else if let region {
      scope = dataset.countries.rowIndices.filter {
        [dataset.countries[$0].region, dataset.countries[$0].subregion, dataset.countries[$0].intermediateRegion]
          .contains { $0?.lowercased() == region.lowercased() }
      }
      guard !scope.isEmpty else {
        let names = Set(dataset.countries.flatMap { [$0.region, $0.subregion].compactMap { $0 } }).sorted()
        throw UsageError(message: "no country in region '\(region)'; regions: \(names.joined(separator: ", "))")
      }
    } else {
      scope = dataset.countries.rowIndices.filter { dataset.countries[$0].population != nil }
    }
    var pool = CandidateGenerator.generate(dataset: dataset, model: model, scope: scope)
    if let candidates { pool += try CandidateFile.load(from: candidates, dataset: dataset, model: model) }
    let planner = PriorityPlanner(
      dataset: dataset, model: model, scope: scope, objective: objective, trials: monteCarlo.trials ?? 1280,
      seed: monteCarlo.seed, threads: monteCarlo.threads, attackBudget: attackBudget, attackKinds: attackKinds)
    let plan = try planner.plan(candidates: pool, budget: budget, lazy: !exact)
    try deliver(try PrioritiesRenderer.render(plan, format: format, provenance: try options.provenance(of: assessment)), to: nil)
    return ExitStatus.success.rawValue
  }
}
