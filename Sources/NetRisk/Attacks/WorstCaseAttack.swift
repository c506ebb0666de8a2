// The worst-case attacker on the physical layer: the few elements whose
// simultaneous loss cuts off the most people.
import NetRiskData
import NetRiskGraph

/// The result of `Assessment.worstCaseAttack`.
public struct WorstCaseAttack: Hashable, Sendable {
  /// The elements an attacker fails, in the order chosen.
  public var elements: [DependencyElement]
  /// The countries (alpha-2, dataset order) cut off from the core, of those targeted.
  public var isolated: [String]
  /// Their people; countries without a population figure count 0.
  public var people: Int
  /// True when no set within the budget cuts off more people (budget 1 or 2).
  public var isExact: Bool
  /// No set within the budget cuts off more people than this: the people of
  /// the targeted countries whose k (over the chosen kinds) is at most the budget.
  public var upperBoundPeople: Int
  public var budget: Int
  /// How many countries were targeted, and how many elements could be failed.
  public var targetedCountries: Int
  public var candidateElements: Int
}

extension Assessment {
  /// At most `budget` elements of `kinds` (of `NodeKind.pairSweepable`: the
  /// links that carry international traffic) whose simultaneous failure cuts
  /// off the most people among `countries` (dataset indices; all when nil).
  /// Exact for a budget of 1 or 2; greedy in steps of two beyond, with an
  /// upper bound on the optimum (`Graph.worstCaseSeparation`). Structural:
  /// isolation only, on the transit graph. A hub reaches the core through its
  /// own core link, which never fails, so a hub is never cut off here.
  /// - Complexity: O(⌈*b*/2⌉ · *C* · *E* log *V*) for *C* candidate elements,
  ///   plus one max-flow per targeted country for the bound.
  public func worstCaseAttack(budget: Int, kinds: Set<NodeKind>, countries: [RowIndex<Country>]? = nil) -> WorstCaseAttack {
    WorstCaseAttack(budget: budget, kinds: kinds, countries: countries, dependency: dependency, transit: structure.transit, dataset: dataset)
  }
}

extension WorstCaseAttack {
  /// The attack on any dependency graph (one with investments built, for the
  /// planner), given its transit graph; see `Assessment.worstCaseAttack`.
  init(
    budget: Int, kinds: Set<NodeKind>, countries: [RowIndex<Country>]?, dependency: DependencyGraph, transit: TransitGraph, dataset: Dataset
  ) {
    let candidates = transit.nodes(of: kinds, in: dependency).map(\.index)
    let targeted = Set(countries ?? Array(dataset.countries.rowIndices)).sorted()
    let result = transit.graph.worstCaseSeparation(
      from: transit.core.index, candidates: candidates, targets: targeted.map { transit.country[$0].index },
      weights: targeted.map { dataset.countries[$0].population ?? 0 }, budget: budget)
    let countryOf = Dictionary(uniqueKeysWithValues: targeted.map { (transit.country[$0].index, $0) })
    let isolated = result.separated.compactMap { countryOf[$0] }.sorted()
    self.init(
      elements: result.removed.map { dependency.element(transit.dependencyNode(index: $0), in: dataset) },
      isolated: isolated.map { dataset.countries[$0].code }, people: result.weight, isExact: result.isExact,
      upperBoundPeople: result.upperBound, budget: budget, targetedCountries: targeted.count,
      candidateElements: candidates.count)
  }
}
