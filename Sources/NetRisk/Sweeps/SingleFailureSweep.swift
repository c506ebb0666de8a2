// Every single element's failure at once: who is cut off, from the dominator
// trees the structural analysis already holds.
import NetRiskData

/// One contingency of a sweep: one element (N-1) or two (N-2) whose failure
/// isolates countries, with the people in them.
public struct Contingency: Hashable, Sendable {
  /// The elements that fail together, ordered by stable id.
  public var elements: [DependencyElement]
  /// Countries (alpha-2) that lose every international path, in dataset order.
  public var isolated: [String]
  /// The population of those countries; countries without a population
  /// figure count 0 (`isolatedWithoutPopulation` says how many).
  public var people: Int
  public var isolatedWithoutPopulation: Int
}

extension NodeKind {
  /// The kinds of element a sweep fails: those that can fail in the model
  /// (not the core, core links or countries themselves).
  public static let sweepable: [NodeKind] = [
    .landingPoint, .cable, .cableSegment, .borderLink, .internetExchange, .facility, .rootInstance, .grid,
  ]
}

extension Assessment {
  /// The N-1 sweep: every element of `kinds` (all kinds when nil) whose
  /// failure alone isolates at least one country, ranked by people cut off,
  /// then countries cut off, then id. Structural only: isolation, not the
  /// traffic drop of a partial loss (that needs the Monte Carlo).
  ///
  /// Read from the dominator trees: an element isolates a country exactly
  /// when it dominates the country from the core (a hub judged without its
  /// own core link), and a grid when its cascade does; so every single
  /// failure is known from one pass per tree, with no element removed.
  /// - Complexity: O(*C* · *d* · *C*) for *C* countries with at most *d*
  ///   single points of failure each.
  public func singleFailureSweep(kinds: Set<NodeKind>? = nil) -> [Contingency] {
    contingencies(of: singleFailureCuts(kinds: kinds, shard: .whole))
  }

  /// The cuts behind `singleFailureSweep` read from `shard`'s countries (every
  /// n-th from the i-th): per element (a one-node key), the countries it cuts off.
  func singleFailureCuts(kinds: Set<NodeKind>?, shard: Shard) -> SweepPartial.Cuts {
    var cutOff: SweepPartial.Cuts = [:]
    let order = Dictionary(uniqueKeysWithValues: dataset.countries.enumeratedRows.map { ($1.code, $0) })
    for country in shard.items(of: dataset.countries.rowIndices) {
      for failure in structure.singlePointsOfFailure(of: country) where kinds?.contains(failure.element.kind) ?? true {
        cutOff[[failure.element.node], default: []].formUnion(failure.cutsOff.compactMap { order[$0] })
      }
    }
    return cutOff
  }

  /// The ranked contingencies of some cuts: per failed set of elements (their
  /// dependency-graph nodes), the countries cut off.
  func contingencies(of cutOff: SweepPartial.Cuts) -> [Contingency] {
    Contingency.ranked(cutOff.map { nodes, countries in
      contingency(nodes.map { dependency.element($0, in: dataset) }, isolating: countries)
    })
  }

  /// A contingency of `elements` that isolates the countries at `countries`
  /// (dataset indices), with their people.
  func contingency(_ elements: [DependencyElement], isolating countries: some Collection<RowIndex<Country>>) -> Contingency {
    let indices = Set(countries).sorted()
    let populations = indices.map { dataset.countries[$0].population }
    return Contingency(
      elements: elements.sorted { $0.id < $1.id }, isolated: indices.map { dataset.countries[$0].code },
      people: populations.reduce(0) { $0 + ($1 ?? 0) }, isolatedWithoutPopulation: populations.filter { $0 == nil }.count)
  }
}

extension Contingency {
  /// Ranked by people cut off, then countries cut off, then the elements' ids.
  static func ranked(_ contingencies: [Contingency]) -> [Contingency] {
    contingencies.sorted {
      ($0.people, $0.isolated.count) != ($1.people, $1.isolated.count)
        ? ($0.people, $0.isolated.count) > ($1.people, $1.isolated.count)
        : $0.elements.map(\.id).lexicographicallyPrecedes($1.elements.map(\.id))
    }
  }
}
