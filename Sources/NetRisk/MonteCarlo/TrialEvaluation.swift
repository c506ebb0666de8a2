// What each trial means for each country: isolated or not, share of
// international capacity lost, root resolution lost. Bit-parallel and scalar.
import NetRiskData
import NetRiskGraph

/// Per-country outcomes of one block of 64 trials.
struct BlockOutcome: Equatable {
  /// Per country: bit t set when isolated in trial t.
  var isolated: [UInt64]
  /// Per country: bit t set when no root letter answers in trial t.
  var rootResolutionLost: [UInt64]
  /// Per country, per trial: share of today's lit international capacity
  /// lost, and the national traffic drop, in millionths.
  var lossMicros: [[Int64]]
  var dropMicros: [[Int64]]
}

/// The structure the outcomes are read from, prepared once per run.
struct TrialEvaluator: Sendable {
  /// One international link of a country: the link node, its entry landing
  /// point, its capacity, and where its far side is.
  struct Unit: Sendable {
    /// What a unit's capacity is shared on, for the load cascade: a link node
    /// (a whole cable, a border link), or a cable in segments (its dataset row).
    enum SharedLink: Hashable, Sendable {
      case node(Int)
      case cableInSegments(RowIndex<Cable>)
    }
    /// The link node that must be up; nil for a cable in segments, whose
    /// segments are on the paths to each far point instead.
    var link: Int?
    /// The landing point node it enters by; nil for a border.
    var entry: Int?
    var capacityGbps: Int64
    /// For a cable: far landing points and their countries (empty for a border).
    var farPoints: [(point: Int, country: RowIndex<Country>)]
    /// For a border: the neighbouring country (nil for a cable).
    var neighbour: RowIndex<Country>?
    /// For a cable in segments, per far point: the segment nodes on the way
    /// there from `entry` (fewest segments; the only way on a tree). Empty
    /// lists otherwise.
    var farPaths: [[Int]] = []
    var shared: SharedLink
  }

  let dependency: DependencyGraph
  let transit: TransitGraph
  /// Per country (by position in `Dataset.countries`, as every per-country
  /// array of the Monte Carlo): its international units.
  let units: [[Unit]]
  let localRoots: [[Int]]
  let load: LoadCascade
  let traffic: TrafficModel
  /// Per far end of a unit (positions of `traffic.farCountry`, which names
  /// the country it must reach): the landing point it needs up (nil for a border).
  let farPoint: [Int?]
  /// Per far end: the segment nodes that must be up on the way (empty but
  /// for cables in segments).
  let farPath: [[Int]]

  /// `transit` is the transit part of `dependency` when the caller has it
  /// already (it is built otherwise).
  init(
    dependency: DependencyGraph, dataset: Dataset, load model: LoadModel, outcome: OutcomeModel,
    scenarioGridHours: [Int: Double], transit: TransitGraph? = nil
  ) {
    self.dependency = dependency
    self.transit = transit ?? TransitGraph(dependency)
    // International units from the graph itself, so that investments (new
    // nodes and edges) count: country – landing point – cable – far landing
    // point – far country, and country – border link – neighbour.
    let graph = dependency.graph
    var countryOfShorePoint = [Int: RowIndex<Country>]()
    for (country, node) in zip(dependency.countryNode.rowIndices, dependency.countryNode) {
      for arc in graph.arcs(of: node) where dependency.kinds[graph.arcTarget(arc)] == .landingPoint {
        countryOfShorePoint[graph.arcTarget(arc)] = country
      }
    }
    var units = [[Unit]](repeating: [], count: dataset.countries.count)
    for (country, node) in zip(dependency.countryNode.rowIndices, dependency.countryNode) {
      var seen = Set<Unit.SharedLink>()
      for arc in graph.arcs(of: node) {
        let neighbour = graph.arcTarget(arc)
        switch dependency.kinds[neighbour] {
        case .landingPoint:
          for cableArc in graph.arcs(of: neighbour) {
            let cable = graph.arcTarget(cableArc)
            if dependency.kinds[cable] == .cableSegment, let index = dependency.cable(ofNode: cable),
              seen.insert(.cableInSegments(index)).inserted
            {
              if let unit = Self.segmentUnit(
                cable: index, entry: neighbour, country: country, dependency: dependency, dataset: dataset,
                countryOfShorePoint: countryOfShorePoint)
              {
                units[country.position].append(unit)
              }
              continue
            }
            guard dependency.kinds[cable] == .cable, seen.insert(.node(cable)).inserted else { continue }
            var far: [(point: Int, country: RowIndex<Country>)] = []
            for farArc in graph.arcs(of: cable) {
              let point = graph.arcTarget(farArc)
              if let farCountry = countryOfShorePoint[point], farCountry != country, !far.contains(where: { $0.point == point }) {
                far.append((point, farCountry))
              }
            }
            guard !far.isEmpty else { continue }  // a domestic cable carries no international capacity
            units[country.position].append(Unit(
              link: cable, entry: neighbour,
              capacityGbps: dependency.linkCapacityGbps(cable), farPoints: far, neighbour: nil, shared: .node(cable)))
          }
        case .borderLink:
          for farArc in graph.arcs(of: neighbour) where graph.arcTarget(farArc) != node {
            guard let other = dependency.rows[graph.arcTarget(farArc)] else { continue }  // a border joins two countries
            units[country.position].append(Unit(
              link: neighbour, entry: nil,
              capacityGbps: dependency.linkCapacityGbps(neighbour), farPoints: [],
              neighbour: RowIndex(other), shared: .node(neighbour)))
          }
        default:
          break
        }
      }
    }
    self.units = units
    localRoots = dependency.countryNode.map { node in
      graph.arcs(of: node).map(graph.arcTarget).filter { dependency.kinds[$0] == .rootInstance }
    }
    load = LoadCascade(units: units, dataset: dataset, model: model)
    traffic = TrafficModel(
      units: units, unitOffset: load.unitOffset, dependency: dependency, dataset: dataset, outcome: outcome,
      scenarioGridHours: scenarioGridHours)
    // In the order of `traffic.farCountry`: a border's neighbour, or a cable's far points.
    farPoint = units.flatMap { list in list.flatMap { unit in unit.neighbour != nil ? [nil] : unit.farPoints.map(\.point) } }
    farPath = units.flatMap { list in
      list.flatMap { unit in unit.neighbour != nil ? [[]] : unit.farPoints.indices.map { unit.farPaths.isEmpty ? [] : unit.farPaths[$0] } }
    }
  }

  /// The unit of a cable in segments entered at landing point node `entry`:
  /// its far points in other countries, each with the segments on the way.
  /// Nil when no far point can be reached (a domestic cable).
  static func segmentUnit(
    cable: RowIndex<Cable>, entry: Int, country: RowIndex<Country>, dependency: DependencyGraph, dataset: Dataset,
    countryOfShorePoint: [Int: RowIndex<Country>]
  ) -> Unit? {
    guard let entryPoint = dependency.rows[entry] else { return nil }  // a new station joins no segment
    let path = dependency.segmentWays(ofCable: cable, from: .landingPoint(RowIndex(entryPoint)), in: dataset)
    var far: [(point: Int, country: RowIndex<Country>)] = []
    var farPaths: [[Int]] = []
    for point in Set(dataset.cables[cable].landingPointIndices).sorted() {
      let node = dependency.landingPointNode[point]
      guard let farCountry = countryOfShorePoint[node], farCountry != country,
        let route = path[.landingPoint(point)]
      else { continue }
      far.append((node, farCountry))
      farPaths.append(route)
    }
    guard !far.isEmpty else { return nil }
    let capacityGbps = DependencyGraph.gbps(dependency.capacityTbps(ofCable: cable, atLandings: dependency.shoreLandingNodes(of: country)))
    return Unit(
      link: nil, entry: entry, capacityGbps: capacityGbps, farPoints: far, neighbour: nil,
      farPaths: farPaths, shared: .cableInSegments(cable))
  }

  var countryCount: Int { units.count }

  // MARK: - Bit-parallel

  /// All outcomes of a block at once: one bit-parallel reachability pass from
  /// the core (plus one per hub, without its own core link), then per-unit
  /// masks.
  func evaluate(failed: [UInt64]) -> BlockOutcome {
    let graph = transit.graph
    var alive = TrialMasks(nodeCount: graph.nodeCount, wordsPerNode: 1)
    for id in 0 ..< graph.nodeCount { alive.words[id] = ~failed[transit.dependencyNode(index: id)] }
    let core = transit.core.index
    let reach = graph.reachableTrials(from: [core], alive: alive)
    func reached(_ country: RowIndex<Country>) -> UInt64 { reach.words[transit.country[country].index] }

    var isolated = transit.country.rowIndices.map { ~reached($0) }
    var withoutLink = alive
    for case let (hub, link?) in zip(transit.coreLink.rowIndices, transit.coreLink) {
      withoutLink.words[link.index] = 0
      isolated[hub.position] = ~graph.trialsReaching(transit.country[hub].index, from: [core], alive: withoutLink)[0]
      withoutLink.words[link.index] = alive.words[link.index]
    }
    var lost = [[Int64]](repeating: [Int64](repeating: 0, count: 64), count: countryCount)
    var usableMasks = [UInt64](repeating: 0, count: load.unitCount)
    var rootLost = [UInt64](repeating: 0, count: countryCount)
    for country in 0 ..< countryCount {
      for (index, unit) in units[country].enumerated() {
        var usable = (unit.link.map { ~failed[$0] } ?? ~0) & ~isolated[country]
        if let entry = unit.entry { usable &= ~failed[entry] }
        var far: UInt64 = 0
        if let neighbour = unit.neighbour {
          far = reached(neighbour)
        } else {
          for (index, (point, farCountry)) in unit.farPoints.enumerated() {
            var up = ~failed[point] & reached(farCountry)
            if !unit.farPaths.isEmpty { for segment in unit.farPaths[index] { up &= ~failed[segment] } }
            far |= up
          }
        }
        usableMasks[load.unitOffset[country] + index] = usable & far
        var unusable = ~(usable & far)
        while unusable != 0 {
          lost[country][unusable.trailingZeroBitCount] += unit.capacityGbps
          unusable &= unusable - 1
        }
      }
      var anyRoot: UInt64 = 0
      for root in localRoots[country] { anyRoot |= ~failed[root] }
      rootLost[country] = isolated[country] & ~anyRoot
    }
    // Far ends up and reached, per block.
    var farWords = [UInt64](repeating: 0, count: farPoint.count)
    for position in farPoint.indices {
      var up = (farPoint[position].map { ~failed[$0] } ?? ~0) & reached(RowIndex(Int(traffic.farCountry[position])))
      for segment in farPath[position] { up &= ~failed[segment] }
      farWords[position] = up
    }
    // Per trial: the load cascade where some link could be overloaded, then the traffic model.
    var scratch = load.makeScratch()
    var trafficScratch = traffic.makeScratch()
    var changed: [Int] = []
    var usable = [Bool](repeating: false, count: load.unitCount)
    var capacityLoss = [Int64](repeating: 0, count: countryCount), drop = capacityLoss
    var lossMicros = [[Int64]](repeating: [Int64](repeating: 0, count: 64), count: countryCount)
    var dropMicros = lossMicros
    for trial in 0 ..< 64 {
      let bit: UInt64 = 1 << UInt64(trial)
      for unit in 0 ..< load.unitCount { usable[unit] = usableMasks[unit] & bit != 0 }
      changed.removeAll(keepingCapacity: true)
      for country in 0 ..< countryCount where lost[country][trial] > 0 { changed.append(country) }
      var cascaded = false
      if load.mayOverload(changed: changed, isUsable: { usable[$0] }, scratch: &scratch) {
        scratch.usable = usable
        if load.run(&scratch, changed: changed) {
          usable = scratch.usable
          cascaded = true
        }
      }
      for country in 0 ..< countryCount where isolated[country] & bit != 0 && lost[country][trial] == 0 { changed.append(country) }
      traffic.evaluate(
        usable: usable, state: WordTrialState(isolatedWords: isolated, farWords: farWords, failedWords: failed, bit: bit),
        changed: cascaded ? nil : changed, scratch: &trafficScratch, capacityLossMicros: &capacityLoss, dropMicros: &drop)
      for country in 0 ..< countryCount {
        lossMicros[country][trial] = capacityLoss[country]
        dropMicros[country][trial] = drop[country]
      }
    }
    return BlockOutcome(isolated: isolated, rootResolutionLost: rootLost, lossMicros: lossMicros, dropMicros: dropMicros)
  }

  // MARK: - Scalar reference

  /// The same outcomes, one trial at a time with plain breadth-first
  /// searches: the reference the bit-parallel engine is tested against.
  func evaluateScalar(failed: [UInt64]) -> BlockOutcome {
    let graph = transit.graph
    var outcome = BlockOutcome(
      isolated: [UInt64](repeating: 0, count: countryCount),
      rootResolutionLost: [UInt64](repeating: 0, count: countryCount),
      lossMicros: [[Int64]](repeating: [Int64](repeating: 0, count: 64), count: countryCount),
      dropMicros: [[Int64]](repeating: [Int64](repeating: 0, count: 64), count: countryCount))
    let core = transit.core.index
    var scratch = load.makeScratch()
    var trafficScratch = traffic.makeScratch()
    var capacityLoss = [Int64](repeating: 0, count: countryCount), drop = capacityLoss
    for trial in 0 ..< 64 {
      let bit: UInt64 = 1 << UInt64(trial)
      func down(_ node: Int) -> Bool { failed[node] & bit != 0 }
      var alive = NodeMask(none: graph.nodeCount)
      for id in 0 ..< graph.nodeCount where !down(transit.dependencyNode(index: id)) { alive.insert(id) }
      let reach = graph.induced(by: alive).reachable(from: [core])
      func reached(_ country: RowIndex<Country>) -> Bool { reach.contains(transit.country[country].index) }
      var isolated = transit.country.rowIndices.map { !reached($0) }
      for case let (hub, link?) in zip(transit.coreLink.rowIndices, transit.coreLink) {
        var withoutLink = alive
        withoutLink.remove(link.index)
        isolated[hub.position] = !graph.induced(by: withoutLink).reachable(from: [core]).contains(transit.country[hub].index)
      }
      var usable = [Bool]()
      for country in 0 ..< countryCount {
        if isolated[country] { outcome.isolated[country] |= bit }
        for unit in units[country] {
          let far = unit.neighbour.map(reached)
            ?? unit.farPoints.indices.contains { index in
              !down(unit.farPoints[index].point) && reached(unit.farPoints[index].country)
                && (unit.farPaths.isEmpty || !unit.farPaths[index].contains(where: down))
            }
          usable.append(
            !isolated[country] && !(unit.link.map(down) ?? false) && !(unit.entry.map(down) ?? false) && far)
        }
        if isolated[country] && localRoots[country].allSatisfy(down) { outcome.rootResolutionLost[country] |= bit }
      }
      func lostGbps(_ country: Int) -> Int64 {
        units[country].indices.reduce(0) { $0 + (usable[load.unitOffset[country] + $1] ? 0 : units[country][$1].capacityGbps) }
      }
      let changed = (0 ..< countryCount).filter { lostGbps($0) > 0 }
      if load.mayOverload(changed: changed, isUsable: { usable[$0] }, scratch: &scratch) {
        scratch.usable = usable
        _ = load.run(&scratch, changed: changed)
        usable = scratch.usable
      }
      func farUp(_ position: Int) -> Bool {
        !(farPoint[position].map(down) ?? false) && reached(RowIndex(Int(traffic.farCountry[position])))
          && !farPath[position].contains(where: down)
      }
      traffic.evaluate(
        usable: usable, isolated: { isolated[$0] }, farUp: farUp, exchangeDown: down, scratch: &trafficScratch,
        capacityLossMicros: &capacityLoss, dropMicros: &drop)
      for country in 0 ..< countryCount {
        outcome.lossMicros[country][trial] = capacityLoss[country]
        outcome.dropMicros[country][trial] = drop[country]
      }
    }
    return outcome
  }
}
