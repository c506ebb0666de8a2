// Every pair of elements whose joint failure cuts a country off though
// neither does alone (N-2), from one dominator tree per element.
import NetRiskData
import NetRiskGraph

extension NodeKind {
  /// The kinds a pair sweep fails: those that carry international traffic
  /// (sites and grids cut countries off through the cascade, which the N-1
  /// sweep covers).
  public static let pairSweepable: [NodeKind] = [.landingPoint, .cable, .cableSegment, .borderLink]
}

extension Assessment {
  /// The transit-graph nodes of the elements of `kinds` that carry traffic
  /// (those of `NodeKind.pairSweepable`): what a pair sweep or an attacker can fail.
  func transitNodes(of kinds: Set<NodeKind>) -> [TransitGraph.Node] { structure.transit.nodes(of: kinds, in: dependency) }

  /// The N-2 sweep: every pair of elements of `kinds` (of `pairSweepable`)
  /// whose joint failure isolates a country that neither failure isolates
  /// alone, ranked like the N-1 sweep. Pairs that contain a single point of
  /// failure of a country are listed only for the countries that the pair,
  /// not its single point, cuts off. Structural: isolation only.
  ///
  /// Exact, not sampled: on the transit graph, for each element, the
  /// dominator tree without it gives every partner that completes a cut
  /// (`Graph.separatingPairs`). A hub is judged against the other hubs, as
  /// in the N-1 sweep, and only when its own k is 2 or less.
  /// - Complexity: O(*C* · *E* log *V*) for *C* elements of those kinds on
  ///   the transit graph, plus the same per hub with k ≤ 2.
  public func pairFailureSweep(kinds: Set<NodeKind>) -> [Contingency] {
    contingencies(of: pairFailureCuts(kinds: kinds, shard: .whole))
  }

  /// The cuts behind `pairFailureSweep` whose first element falls in `shard`
  /// (`Graph.separatingPairs`' slices): per pair (two nodes, ascending), the
  /// countries it cuts off. The shards' cuts are disjoint and add up to the whole.
  func pairFailureCuts(kinds: Set<NodeKind>, shard: Shard) -> SweepPartial.Cuts {
    let transit = structure.transit
    let candidates = transitNodes(of: kinds).map(\.index)
    let slice = (shard.index, shard.count)
    var cutOff: SweepPartial.Cuts = [:]
    func collect(_ pairs: [SeparatingPair], countryOf: [Int: RowIndex<Country>]) {
      for pair in pairs {
        cutOff[[transit.dependencyNode(index: pair.first), transit.dependencyNode(index: pair.second)].sorted(), default: []]
          .formUnion(pair.separated.compactMap { countryOf[$0] })
      }
    }
    let others = dataset.countries.rowIndices.filter { transit.coreLink[$0] == nil }
    collect(
      transit.graph.separatingPairs(
        from: transit.core.index, candidates: candidates, targets: others.map { transit.country[$0].index }, slice: slice),
      countryOf: Dictionary(uniqueKeysWithValues: others.map { (transit.country[$0].index, $0) }))
    for case let (hub, link?) in zip(transit.coreLink.rowIndices, transit.coreLink) where structure.independentFailures(of: hub).count <= 2 {
      collect(
        transit.graph.separatingPairs(
          from: transit.core.index, candidates: candidates, targets: [transit.country[hub].index], removed: [link.index],
          slice: slice),
        countryOf: [transit.country[hub].index: hub])
    }
    return cutOff
  }
}
