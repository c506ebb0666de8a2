// The graph passes behind a country's exposure, computed once per run and
// queried per country.
import NetRiskData
import NetRiskGraph

/// Precomputed dominator trees and grid-failure passes over a dependency
/// graph, queried per country.
struct StructuralAnalysis {
  let dependency: DependencyGraph
  let dataset: Dataset
  /// Dominator tree from the core over the whole graph.
  let tree: DominatorTree
  /// For each hub country: the tree without its own core link.
  let hubTrees: [RowIndex<Country>: DominatorTree]
  /// For each country: the grids (by the country they feed) whose failure isolates it.
  let isolatingGrids: RowValues<Country, [RowIndex<Country>]>
  /// Flow capacity per node in Gbit/s for the capacity cut: cables, segments
  /// and border links at their capacity, landing points at what lands there
  /// (each cable once), other nodes 0 (the cut treats them as unbounded).
  let cutCapacityGbps: [Int64]
  /// The transit part of the graph, where the max-flows run.
  let transit: TransitGraph

  init(dependency: DependencyGraph, dataset: Dataset) {
    self.dependency = dependency
    self.dataset = dataset
    let graph = dependency.graph
    tree = graph.dominatorTree(from: dependency.core)
    var hubTrees: [RowIndex<Country>: DominatorTree] = [:]
    for case let (country, link?) in zip(dependency.coreLinkNode.rowIndices, dependency.coreLinkNode) {
      hubTrees[country] = graph.removing([link]).dominatorTree(from: dependency.core)
    }
    self.hubTrees = hubTrees
    cutCapacityGbps = StructuralAnalysis.cutCapacities(dependency)
    isolatingGrids = StructuralAnalysis.gridFailures(dependency)
    transit = TransitGraph(dependency)
  }

  /// For every grid at once (64 per word of trials), the countries that lose
  /// every path to the core when that grid fails and the cascade runs.
  /// A hub is judged without its own core link, like its other failures.
  static func gridFailures(_ dependency: DependencyGraph) -> RowValues<Country, [RowIndex<Country>]> {
    let graph = dependency.graph
    let grids = dependency.gridNode
    let words = max((grids.count + 63) / 64, 1)
    var alive = TrialMasks(allAlive: graph.nodeCount, wordsPerNode: words)
    // Trial t fails the grid of country t.
    for (trial, grid) in grids.enumerated() {
      for node in dependency.cascade(from: [grid]).members { alive.set(node: node, trial: trial, to: false) }
    }
    var result = RowValues<Country, [RowIndex<Country>]>(repeating: [], count: dependency.countryNode.count)
    func collect(_ reach: TrialMasks, baseline: NodeMask, countries: some Sequence<RowIndex<Country>>) {
      for country in countries where baseline.contains(dependency.countryNode[country]) {
        for grid in grids.rowIndices where !reach.contains(node: dependency.countryNode[country], trial: grid.position) {
          result[country].append(grid)
        }
      }
    }
    let baseline = graph.reachable(from: [dependency.core])
    collect(graph.reachableTrials(from: [dependency.core], alive: alive), baseline: baseline,
      countries: dependency.countryNode.rowIndices.filter { dependency.coreLinkNode[$0] == nil })
    for case let (hub, link?) in zip(dependency.coreLinkNode.rowIndices, dependency.coreLinkNode) {
      var withoutLink = alive
      for word in 0 ..< words { withoutLink[link, word] = 0 }
      let hubBaseline = graph.removing([link]).reachable(from: [dependency.core])
      collect(graph.reachableTrials(from: [dependency.core], alive: withoutLink), baseline: hubBaseline, countries: [hub])
    }
    return result
  }

  /// The tree a country's failures are read from.
  func tree(for country: RowIndex<Country>) -> DominatorTree { hubTrees[country] ?? tree }

  /// Whether a node is a failure unit a person would name (not the core, a
  /// core link, or the country itself).
  func isFailureUnit(_ node: Int, of country: RowIndex<Country>) -> Bool {
    switch dependency.kinds[node] {
    case .core, .coreLink: return false
    case .country: return node != dependency.countryNode[country]
    default: return true
    }
  }

  // MARK: - Single points of failure

  func singlePointsOfFailure(of country: RowIndex<Country>) -> [SinglePointOfFailure] {
    let tree = tree(for: country)
    let node = dependency.countryNode[country]
    var result: [SinglePointOfFailure] = []
    for dominator in tree.dominators(of: node) where isFailureUnit(dominator, of: country) {
      // A hub's tree lacks its own core link, so it speaks for the hub alone;
      // the shared tree speaks for every country that is not a hub.
      let cutOff = hubTrees[country] != nil ? [country]
        : dependency.countryNode.rowIndices.filter {
          dependency.coreLinkNode[$0] == nil && tree.dominates(dominator, dependency.countryNode[$0])
        }
      result.append(failure(node: dominator, cutsOff: cutOff))
    }
    for grid in isolatingGrids[country] {
      let cutOff = dependency.countryNode.rowIndices.filter { isolatingGrids[$0].contains(grid) }
      result.append(failure(node: dependency.gridNode[grid], cutsOff: cutOff))
    }
    return result
  }

  func failure(node: Int, cutsOff countries: [RowIndex<Country>]) -> SinglePointOfFailure {
    SinglePointOfFailure(element: dependency.element(node, in: dataset), cutsOff: countries.map { dataset.countries[$0].code })
  }

  // MARK: - Cuts

  /// A maximum flow on the transit graph from `country` to the core, where
  /// landing points, cables and border links carry `capacity(node)` (nil:
  /// unbounded), countries and the other hubs' core links are unbounded, and
  /// the country's own core link is closed (a hub is measured against the
  /// other hubs). Returns the value and the cut, as dependency nodes.
  func flowToCore(from country: RowIndex<Country>, capacity: (Int) -> Int64?) -> (value: Int64?, cut: [Int]) {
    var capacities = [Int64](repeating: -1, count: transit.graph.nodeCount)
    for id in transit.nodes {
      let node = transit.dependencyNode(id)
      switch dependency.kinds[node] {
      case .landingPoint, .cable, .cableSegment, .borderLink: capacities[id.index] = capacity(node) ?? -1
      default: break
      }
    }
    if let ownLink = transit.coreLink[country] { capacities[ownLink.index] = 0 }
    let flow = transit.graph.maximumFlow(from: transit.country[country].index, to: transit.core.index, nodeCapacities: capacities)
    return (flow.value, flow.cutNodes.map { transit.dependencyNode(index: $0) })
  }

  /// k: the fewest landing points, cables and border links whose failure
  /// isolates the country, and one such set.
  func independentFailures(of country: RowIndex<Country>) -> (count: Int, failures: [DependencyElement]) {
    let flow = flowToCore(from: country) { _ in 1 }
    guard let value = flow.value else { return (Int.max, []) }
    return (Int(value), flow.cut.map { dependency.element($0, in: dataset) })
  }

  /// The weakest capacity cut between the country and the core (cables,
  /// segments and border links at their capacities; landing points at what
  /// lands there).
  func capacityCut(of country: RowIndex<Country>) -> (minCutTbps: Double, internationalTbps: Double, links: [DependencyElement]) {
    let flow = flowToCore(from: country) { cutCapacityGbps[$0] }
    return (Double(flow.value ?? 0) / 1000, attachedTbps(of: country), flow.cut.map { dependency.element($0, in: dataset) })
  }

  /// The capacity the country's own links can carry to the core when nothing
  /// beyond them binds: the maximum flow where only its shore landing points,
  /// the cables or segments that land there and its border links are
  /// capacitated. The capacity cut is never larger, so its share is at most 1
  /// (a sum of the links would count a trunk's two sides once, or a cable's
  /// two branches into one country once, while the cut counts both).
  /// - Complexity: one maximum flow on the transit graph.
  func attachedTbps(of country: RowIndex<Country>) -> Double {
    let graph = dependency.graph
    var own = Set<Int>()
    for landing in dependency.shoreLandingNodes(of: country) {
      own.insert(landing)
      for arc in graph.arcs(of: landing) {
        let link = graph.arcTarget(arc)
        if dependency.kinds[link] == .cable || dependency.kinds[link] == .cableSegment { own.insert(link) }
      }
    }
    for border in dependency.borderLinks where border.countryA == country || border.countryB == country { own.insert(border.node) }
    let flow = flowToCore(from: country) { own.contains($0) ? cutCapacityGbps[$0] : nil }
    return Double(flow.value ?? 0) / 1000
  }

  /// `cutCapacityGbps`. A landing point carries each of its cables once
  /// (`DependencyGraph.capacityTbps(ofCable:atLandings:)`), so that a trunk
  /// passing through (two segments of one cable) counts its capacity once;
  /// for whole cables (one node each) this never binds.
  /// - Complexity: O(*V* + *E*).
  static func cutCapacities(_ dependency: DependencyGraph) -> [Int64] {
    let graph = dependency.graph
    var capacity = (0 ..< dependency.nodeCount).map(dependency.linkCapacityGbps)
    for node in 0 ..< dependency.nodeCount where dependency.kinds[node] == .landingPoint {
      var total: Int64 = 0
      var segmented = Set<RowIndex<Cable>>()
      for arc in graph.arcs(of: node) {
        let link = graph.arcTarget(arc)
        switch dependency.kinds[link] {
        case .cable: total += capacity[link]
        case .cableSegment:
          if let cable = dependency.cable(ofNode: link), segmented.insert(cable).inserted {
            total += DependencyGraph.gbps(dependency.capacityTbps(ofCable: cable, atLandings: [node]))
          }
        default: break
        }
      }
      capacity[node] = total
    }
    return capacity
  }

  // MARK: - Diversity

  /// The countries other than `country` where `cable` lands ashore: empty for
  /// a domestic cable, which links a country's own landing points and carries
  /// no international capacity.
  func farEndCountries(of cable: RowIndex<Cable>, from country: RowIndex<Country>) -> Set<RowIndex<Country>> {
    var result = Set<RowIndex<Country>>()
    for point in dataset.cables[cable].landingPointIndices where dataset.landingPoints[point].kind == .shore {
      let other = dataset.landingPoints[point].countryIndex
      if other != country { result.insert(other) }
    }
    return result
  }

  /// The country's own international links: each active international cable
  /// at its shore landing points (once) and each border link, with capacity,
  /// entry point (a border is its own) and far-end countries.
  func entryUnits(of country: RowIndex<Country>) -> [(link: Int, entry: Int, tbps: Double, farEnds: [RowIndex<Country>])] {
    var units: [(Int, Int, Double, [RowIndex<Country>])] = []
    var seenCables = Set<RowIndex<Cable>>()
    let landings = dependency.shoreLandingNodes(of: country)
    for point in dataset.countries[country].landingPointIndices where dataset.landingPoints[point].kind == .shore {
      for cable in dataset.landingPoints[point].cableIndices {
        // A cable in segments enters by the segment at this landing (the
        // first, by number, where several end here).
        let node = dependency.cableNode[cable]
          ?? dependency.segments(ofCable: cable, in: dataset).first { $0.segment.touches(landingPoint: point) }?.node
        let farEnds = farEndCountries(of: cable, from: country).sorted()
        guard let node, !farEnds.isEmpty, seenCables.insert(cable).inserted else { continue }
        units.append((node, dependency.landingPointNode[point], dependency.capacityTbps(ofCable: cable, atLandings: landings), farEnds))
      }
    }
    for border in dependency.borderLinks where border.countryA == country || border.countryB == country {
      let neighbour = border.countryA == country ? border.countryB : border.countryA
      units.append((border.node, border.node, dependency.linkCapacityTbps[border.node], [neighbour]))
    }
    return units
  }

  struct Diversity {
    var cables: [String]
    var landingPoints: Int
    var farEnds: [String]
    var entryUnits: Int
    var entryConcentration: Double?
    var farEndConcentration: Double?
    var capacityByEntry: [EntryCapacity]
    var capacityByFarEnd: [FarEndCapacity]
  }

  /// Cables (international and domestic), landing points with an active
  /// cable, far-end countries and capacity concentration; domestic cables add
  /// no capacity to an entry point or a far end.
  func diversity(of country: RowIndex<Country>) -> Diversity {
    var cables = Set<RowIndex<Cable>>()
    var points = Set<RowIndex<LandingPoint>>()
    var capacityByEntry: [Int: Double] = [:]
    var capacityByFarEnd: [RowIndex<Country>: Double] = [:]
    for point in dataset.countries[country].landingPointIndices where dataset.landingPoints[point].kind == .shore {
      for cable in dataset.landingPoints[point].cableIndices where dependency.includes(cable: cable) {
        points.insert(point)
        cables.insert(cable)
      }
    }
    for unit in entryUnits(of: country) {
      capacityByEntry[unit.entry, default: 0] += unit.tbps
      for farEnd in unit.farEnds { capacityByFarEnd[farEnd, default: 0] += unit.tbps / Double(unit.farEnds.count) }
    }
    return Diversity(
      cables: cables.map { dataset.cables[$0].name }.sorted(), landingPoints: points.count,
      farEnds: capacityByFarEnd.keys.map { dataset.countries[$0].code }.sorted(),
      entryUnits: capacityByEntry.count,
      entryConcentration: herfindahl(capacityByEntry.keys.sorted().map { capacityByEntry[$0] ?? 0 }),
      farEndConcentration: herfindahl(capacityByFarEnd.keys.sorted().map { capacityByFarEnd[$0] ?? 0 }),
      capacityByEntry: capacityByEntry.map { EntryCapacity(element: dependency.element($0.key, in: dataset), tbps: $0.value) }
        .sorted { ($1.tbps, $0.element.id) < ($0.tbps, $1.element.id) },
      capacityByFarEnd: capacityByFarEnd.map { FarEndCapacity(country: dataset.countries[$0.key].code, tbps: $0.value) }
        .sorted { ($1.tbps, $0.country) < ($0.tbps, $1.country) })
  }
}

/// The Herfindahl–Hirschman index of `amounts`: Σ share², from 1/n (even)
/// to 1 (one holds all); nil when there is nothing.
func herfindahl(_ amounts: [Double]) -> Double? {
  let total = amounts.reduce(0, +)
  guard total > 0 else { return nil }
  return amounts.reduce(0) { $0 + ($1 / total) * ($1 / total) }
}
