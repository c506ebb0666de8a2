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
  let hubTrees: [Int: DominatorTree]
  /// For each country: the grids (by country index) whose failure isolates it.
  let isolatingGrids: [[Int]]
  /// Cable capacity per node in Gbit/s, as flow capacities.
  let linkCapacityGbps: [Int64]

  init(dependency: DependencyGraph, dataset: Dataset) {
    self.dependency = dependency
    self.dataset = dataset
    let graph = dependency.graph
    tree = graph.dominatorTree(from: dependency.core)
    var hubTrees: [Int: DominatorTree] = [:]
    for (country, link) in dependency.coreLinkNode.enumerated() where link >= 0 {
      hubTrees[country] = graph.removing([link]).dominatorTree(from: dependency.core)
    }
    self.hubTrees = hubTrees
    linkCapacityGbps = dependency.linkCapacityTbps.map { Int64(($0 * 1000).rounded()) }
    isolatingGrids = StructuralAnalysis.gridFailures(dependency)
  }

  /// For every grid at once (64 per word of trials), the countries that lose
  /// every path to the core when that grid fails and the cascade runs.
  /// A hub is judged without its own core link, like its other failures.
  static func gridFailures(_ dependency: DependencyGraph) -> [[Int]] {
    let graph = dependency.graph
    let grids = dependency.gridNode
    let words = max((grids.count + 63) / 64, 1)
    var alive = TrialMasks(allAlive: graph.nodeCount, wordsPerNode: words)
    for (trial, grid) in grids.enumerated() {
      for node in dependency.cascade(from: [grid]).members { alive.set(node: node, trial: trial, to: false) }
    }
    var result = [[Int]](repeating: [], count: dependency.countryNode.count)
    func collect(_ reach: TrialMasks, baseline: NodeMask, countries: some Sequence<Int>) {
      for country in countries where baseline.contains(dependency.countryNode[country]) {
        for trial in grids.indices where !reach.contains(node: dependency.countryNode[country], trial: trial) {
          result[country].append(trial)
        }
      }
    }
    let hubs = dependency.coreLinkNode.indices.filter { dependency.coreLinkNode[$0] >= 0 }
    let baseline = graph.reachable(from: [dependency.core])
    collect(graph.reachableTrials(from: [dependency.core], alive: alive), baseline: baseline,
      countries: dependency.countryNode.indices.filter { dependency.coreLinkNode[$0] < 0 })
    for hub in hubs {
      var withoutLink = alive
      for word in 0 ..< words { withoutLink[dependency.coreLinkNode[hub], word] = 0 }
      let hubBaseline = graph.removing([dependency.coreLinkNode[hub]]).reachable(from: [dependency.core])
      collect(graph.reachableTrials(from: [dependency.core], alive: withoutLink), baseline: hubBaseline, countries: [hub])
    }
    return result
  }

  /// The tree a country's failures are read from.
  func tree(for country: Int) -> DominatorTree { hubTrees[country] ?? tree }

  /// Whether a node is a failure unit a person would name (not the core, a
  /// core link, or the country itself).
  func isFailureUnit(_ node: Int, of country: Int) -> Bool {
    switch dependency.kinds[node] {
    case .core, .coreLink: return false
    case .country: return node != dependency.countryNode[country]
    default: return true
    }
  }

  // MARK: - Single points of failure

  func singlePointsOfFailure(of country: Int) -> [SinglePointOfFailure] {
    let tree = tree(for: country)
    let node = dependency.countryNode[country]
    var result: [SinglePointOfFailure] = []
    for dominator in tree.dominators(of: node) where isFailureUnit(dominator, of: country) {
      // A hub's tree lacks its own core link, so it speaks for the hub alone;
      // the shared tree speaks for every country that is not a hub.
      let cutOff = hubTrees[country] != nil ? [country]
        : dependency.countryNode.indices.filter {
          dependency.coreLinkNode[$0] < 0 && tree.dominates(dominator, dependency.countryNode[$0])
        }
      result.append(failure(node: dominator, cutsOff: cutOff))
    }
    for grid in isolatingGrids[country] {
      let cutOff = dependency.countryNode.indices.filter { isolatingGrids[$0].contains(grid) }
      result.append(failure(node: dependency.gridNode[grid], cutsOff: cutOff))
    }
    return result
  }

  func failure(node: Int, cutsOff countries: [Int]) -> SinglePointOfFailure {
    let name = dependency.name(of: node, in: dataset)
    let names = countries.map { dataset.countries[$0].name }
    let who: String
    switch names.count {
    case 0: who = "nobody"
    case 1: who = names[0]
    case 2 ... 4: who = names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    default: who = names.prefix(3).joined(separator: ", ") + " and \(names.count - 3) more countries"
    }
    let verb = names.count == 1 ? "loses" : "lose"
    return SinglePointOfFailure(
      kind: dependency.kinds[node], name: name, cutsOff: countries.map { dataset.countries[$0].code },
      reason: "\(name): \(who) \(verb) all international paths")
  }

  // MARK: - Cuts

  /// Node capacities for a flow from `country` to the core: `unit` for each
  /// failure unit of the kinds counted, unbounded elsewhere, 0 for the
  /// country's own core link (a hub is measured against the other hubs).
  func nodeCapacities(for country: Int, unit: (Int) -> Int64?) -> [Int64] {
    var capacities = [Int64](repeating: -1, count: dependency.nodeCount)
    for node in 0 ..< dependency.nodeCount {
      switch dependency.kinds[node] {
      case .landingPoint, .cable, .borderLink: capacities[node] = unit(node) ?? -1
      case .grid, .internetExchange, .facility, .rootInstance: capacities[node] = 0
      default: break
      }
    }
    let ownLink = dependency.coreLinkNode[country]
    if ownLink >= 0 { capacities[ownLink] = 0 }
    return capacities
  }

  /// k: the fewest landing points, cables and border links whose failure
  /// isolates the country, and one such set, by name.
  func independentFailures(of country: Int) -> (count: Int, failures: [String]) {
    let capacities = nodeCapacities(for: country) { _ in 1 }
    let flow = dependency.graph.maximumFlow(
      from: dependency.countryNode[country], to: dependency.core, nodeCapacities: capacities)
    guard let value = flow.value else { return (Int.max, []) }
    return (Int(value), flow.cutNodes.map { dependency.name(of: $0, in: dataset) })
  }

  /// The weakest capacity cut between the country and the core (cables and
  /// border links at their capacities; landing points unbounded).
  func capacityCut(of country: Int) -> (minCutTbps: Double, internationalTbps: Double, links: [String]) {
    let capacities = nodeCapacities(for: country) { node in
      dependency.kinds[node] == .landingPoint ? nil : linkCapacityGbps[node]
    }
    let flow = dependency.graph.maximumFlow(
      from: dependency.countryNode[country], to: dependency.core, nodeCapacities: capacities)
    let own = entryUnits(of: country).reduce(0.0) { $0 + $1.tbps }
    let value = Double(flow.value ?? 0) / 1000
    return (value, own, flow.cutNodes.map { dependency.name(of: $0, in: dataset) })
  }

  // MARK: - Diversity

  /// The country's own international links: each active cable at its shore
  /// landing points (once) and each border link, with capacity and entry point.
  func entryUnits(of country: Int) -> [(link: Int, entry: Int, tbps: Double)] {
    var units: [(Int, Int, Double)] = []
    var seenCables = Set<Int>()
    for point in dataset.countries[country].landingPointIndices where dataset.landingPoints[point].kind == .shore {
      for cable in dataset.landingPoints[point].cableIndices {
        let node = dependency.cableNode[cable]
        guard node >= 0, seenCables.insert(cable).inserted else { continue }
        units.append((node, dependency.landingPointNode[point], dependency.linkCapacityTbps[node]))
      }
    }
    for border in dependency.borderLinks where border.countryA == country || border.countryB == country {
      units.append((border.node, border.node, dependency.linkCapacityTbps[border.node]))
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
  }

  func diversity(of country: Int) -> Diversity {
    let code = dataset.countries[country].code
    var cables: [String] = []
    var points = Set<Int>()
    var capacityByEntry: [Int: Double] = [:]
    var capacityByFarEnd: [String: Double] = [:]
    for point in dataset.countries[country].landingPointIndices where dataset.landingPoints[point].kind == .shore {
      for cable in dataset.landingPoints[point].cableIndices where dependency.cableNode[cable] >= 0 {
        points.insert(point)
        capacityByEntry[point, default: 0] += dependency.linkCapacityTbps[dependency.cableNode[cable]]
      }
    }
    var seen = Set<Int>()
    for point in points.sorted() {
      for cable in dataset.landingPoints[point].cableIndices where dependency.cableNode[cable] >= 0 && seen.insert(cable).inserted {
        cables.append(dataset.cables[cable].name)
        let farEnds = Set(dataset.cables[cable].landingPointIndices.map { dataset.landingPoints[$0] }
          .filter { $0.kind == .shore }.map { dataset.countries[$0.countryIndex].code }).subtracting([code])
        let tbps = dependency.linkCapacityTbps[dependency.cableNode[cable]]
        for farEnd in farEnds { capacityByFarEnd[farEnd, default: 0] += tbps / Double(farEnds.count) }
      }
    }
    for border in dependency.borderLinks where border.countryA == country || border.countryB == country {
      let other = border.countryA == country ? border.countryB : border.countryA
      capacityByEntry[border.node, default: 0] += dependency.linkCapacityTbps[border.node]
      capacityByFarEnd[dataset.countries[other].code, default: 0] += dependency.linkCapacityTbps[border.node]
    }
    return Diversity(
      cables: cables.sorted(), landingPoints: points.count, farEnds: capacityByFarEnd.keys.sorted(),
      entryUnits: capacityByEntry.count,
      entryConcentration: herfindahl(capacityByEntry.keys.sorted().map { capacityByEntry[$0] ?? 0 }),
      farEndConcentration: herfindahl(capacityByFarEnd.keys.sorted().map { capacityByFarEnd[$0] ?? 0 }))
  }
}

/// The Herfindahl–Hirschman index of `amounts`: Σ share², from 1/n (even)
/// to 1 (one holds all); nil when there is nothing.
func herfindahl(_ amounts: [Double]) -> Double? {
  let total = amounts.reduce(0, +)
  guard total > 0 else { return nil }
  return amounts.reduce(0) { $0 + ($1 / total) * ($1 / total) }
}
