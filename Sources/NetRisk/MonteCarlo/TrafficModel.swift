// One trial's failures turned into lost traffic per country: lit capacity
// from demand, transit limited by what the far side still has (a fixed
// point), rerouting onto the surviving headroom, power at the users' end and
// exchange outages. Formulas in `OutcomeModel` and Datasets/models/README.md.
import Foundation
import NetRiskData

/// The per-country outcome model, prepared once per Monte Carlo run and
/// evaluated per trial by both engines (bit-parallel and scalar), so that they
/// differ only in how they find which links are usable.
struct TrafficModel: Sendable {
  /// Demand and total lit capacity (Gbit/s) per country, and the lit
  /// capacity of the dataset's own links (without investments).
  let demandGbps: [Double]
  let litGbps: [Double]
  let referenceLitGbps: [Double]
  /// Lit capacity of each unit (global unit index, as in `LoadCascade`).
  let unitLitGbps: [Double]
  let unitOffset: [Int]
  /// Far ends of each unit: `farCountry[farStart[u] ..< farStart[u + 1]]`.
  let farStart: [Int]
  let farCountry: [Int32]
  /// Per unit: what a non-hub far end's availability counts for
  /// (`outcome.transitPastBreak` for a unit that reaches a hub when intact,
  /// so that it counts only once the hub ends are cut off; 1 otherwise).
  let nonHubFactor: [Double]
  /// Per country: the countries with a unit whose far end includes it (not
  /// for hubs, whose availability is always 1).
  let dependents: [[Int32]]
  let isHub: [Bool]
  let rerouting: Double
  /// Constant per run: share of access lost to the scenario's grid outages.
  let accessLoss: [Double]
  /// Per country: its IXP nodes with their share of its IXP members.
  let exchanges: [[(node: Int, share: Double)]]
  let exchangeOutageDrop: Double
  /// 1 / utilisation − 1: the headroom of a country without a demand figure.
  let defaultHeadroom: Double

  /// Reused buffers of one thread: availability per country (1 between trials).
  struct Scratch {
    var availability: [Double]
    var queued: [Bool]
    var queue: [Int]
    var touched: [Int]
  }

  init(
    units: [[TrialEvaluator.Unit]], unitOffset: [Int], dependency: DependencyGraph, dataset: Dataset,
    outcome: OutcomeModel, scenarioGridHours: [Int: Double]
  ) {
    let countries = dataset.countries.count
    let group: [DevelopmentGroupKey?] = dataset.countries.map {
      switch $0.developmentGroup {
      case .developed?: return .developed
      case .developing?: return .developing
      case .leastDeveloped?: return .leastDeveloped
      case nil: return nil
      }
    }
    let demand = dataset.countries.indices.map { index -> Double in
      let country = dataset.countries[index]
      guard let population = country.population, let share = country.internetUsersPercent else { return 0 }
      return Double(population) * share / 100 * outcome.kbpsPerUser.value(for: group[index]) / 1e6
    }
    let utilisation = min(max(outcome.utilisation.value, 0.01), 1)
    let cableLit = demand.map { $0 / utilisation }
    // A unit of the dataset, not of an investment (a cable in segments always is).
    let isBase = { (unit: TrialEvaluator.Unit) in unit.link.map { $0 < dependency.baseNodeCount } ?? true }
    let hub = dependency.coreLinkNode.map { $0 != nil }
    // Land borders across which the AS layer shows transit count fully,
    // the others at the model's weight (all fully without an AS layer).
    let transit = OperatorConcentration.transitShares(in: dataset)
    let unevidenced = min(max(outcome.borderWithoutTransitEvidence.value, 0), 1)
    let evidenceWeight = { (a: RowIndex<Country>, b: RowIndex<Country>) -> Double in
      guard dataset.hasAutonomousSystems else { return 1 }
      let minimum = outcome.transitEvidenceMinShare.value
      return (transit[a][b] ?? 0) >= minimum || (transit[b][a] ?? 0) >= minimum ? 1 : unevidenced
    }
    var unitLit = [Double](repeating: 0, count: unitOffset.last ?? 0)
    var farStart = [0], farCountry: [Int32] = []
    var nonHubFactor: [Double] = []
    let pastBreak = min(max(outcome.transitPastBreak.value, 0), 1)
    var dependents = [[Int32]](repeating: [], count: countries)
    for (country, list) in units.enumerated() {
      let cables = list.filter { $0.neighbour == nil }
      let exponent = outcome.cableShareExponent.value
      // A cable whose far ends are all non-hub countries carries at most what
      // the largest of them can take (the smaller side bounds it, as for a
      // border): a cable to a small island carries little of a large
      // country's traffic towards the core.
      let weight = { (unit: TrialEvaluator.Unit) -> Double in
        let design = pow(Double(max(unit.capacityGbps, 1)), exponent)
        guard cableLit[country] > 0, !unit.farPoints.contains(where: { hub[$0.country.position] }) else { return design }
        let largest = unit.farPoints.map { cableLit[$0.country.position] }.max() ?? 0
        return design * min(1, largest / cableLit[country])
      }
      let baseCableDesign = cables.filter(isBase).reduce(0.0) { $0 + weight($1) }
      let cableDesign = baseCableDesign > 0 ? baseCableDesign : cables.reduce(0.0) { $0 + weight($1) }
      let hasCables = !cables.filter(isBase).isEmpty
      let borderWeight = { (unit: TrialEvaluator.Unit) -> Double in
        guard let neighbour = unit.neighbour else { return 0 }
        return min(cableLit[country], cableLit[neighbour.position]) * evidenceWeight(RowIndex(country), neighbour)
      }
      let baseBorderWeight = list.filter { $0.neighbour != nil && isBase($0) }.reduce(0.0) { $0 + borderWeight($1) }
      for (index, unit) in list.enumerated() {
        let global = unitOffset[country] + index
        if cableLit[country] <= 0 {
          unitLit[global] = Double(unit.capacityGbps)  // no demand figure: design capacity stands in
        } else if unit.neighbour == nil {
          unitLit[global] = cableDesign > 0 ? cableLit[country] * weight(unit) / cableDesign : 0
        } else if hasCables {
          unitLit[global] = outcome.borderShare.value * borderWeight(unit)
        } else {
          unitLit[global] = baseBorderWeight > 0 ? cableLit[country] * borderWeight(unit) / baseBorderWeight : 0
        }
        let far = unit.neighbour.map { [$0] } ?? unit.farPoints.map(\.country)
        farCountry += far.map { Int32($0.position) }
        farStart.append(farCountry.count)
        nonHubFactor.append(far.contains(where: { hub[$0.position] }) ? pastBreak : 1)
        // A unit with a hub at one of its far ends depends on the others only
        // while that landing is down: it is not registered with them, so
        // their changes do not wake this country (an approximation that keeps
        // the fixed point local; both engines share it).
        guard !far.contains(where: { hub[$0.position] }) else { continue }
        for other in Set(far.map(\.position)) where other != country { dependents[other].append(Int32(country)) }
      }
    }
    demandGbps = demand
    unitLitGbps = unitLit
    self.unitOffset = unitOffset
    litGbps = (0 ..< countries).map { country in (unitOffset[country] ..< unitOffset[country + 1]).reduce(0.0) { $0 + unitLit[$1] } }
    referenceLitGbps = (0 ..< countries).map { country in
      units[country].indices.filter { isBase(units[country][$0]) }.reduce(0.0) { $0 + unitLit[unitOffset[country] + $1] }
    }
    self.farStart = farStart
    self.farCountry = farCountry
    self.nonHubFactor = nonHubFactor
    self.dependents = dependents.map { Array(Set($0)).sorted() }
    isHub = hub
    rerouting = min(max(outcome.reroutingEfficiency.value, 0), 1)
    accessLoss = (0 ..< countries).map { outcome.accessLoss(hours: scenarioGridHours[$0] ?? 0, group: group[$0]) }
    exchanges = dataset.countries.map { country in
      let members = country.internetExchangeIndices.map { Double(max(dataset.internetExchanges[$0].memberNetworks, 1)) }
      let total = members.reduce(0, +)
      return zip(country.internetExchangeIndices, members).compactMap { exchange, count in
        dependency.nodeOf(.internetExchange, row: exchange.position).map { ($0, count / total) }
      }
    }
    exchangeOutageDrop = outcome.exchangeOutageDrop.value
    defaultHeadroom = 1 / utilisation - 1
  }

  /// A country's availability is revised, and passed on to the countries
  /// whose transit runs through it, only when it falls by more than this:
  /// availabilities (and so the figures) are exact to about 10⁻³.
  static let tolerance = 1e-3

  func makeScratch() -> Scratch {
    Scratch(
      availability: [Double](repeating: 1, count: demandGbps.count), queued: [Bool](repeating: false, count: demandGbps.count),
      queue: [], touched: [])
  }

  /// Usable lit capacity of `country`: each usable unit at its lit capacity
  /// times the best availability among its far ends that are up (a hub
  /// counts 1; a non-hub far end its availability × the unit's `nonHubFactor`).
  @inline(__always)
  func usableLit<State: TrialState>(_ country: Int, usable: [Bool], state: State, availability: [Double]) -> Double {
    var total = 0.0
    for unit in unitOffset[country] ..< unitOffset[country + 1] where usable[unit] {
      var best = 0.0
      for position in farStart[unit] ..< farStart[unit + 1] where state.farUp(position) {
        let far = Int(farCountry[position])
        best = max(best, isHub[far] ? 1 : availability[far] * nonHubFactor[unit])
        if best >= 1 { break }
      }
      total += unitLitGbps[unit] * best
    }
    return total
  }

  /// One trial: `usable[u]` says whether unit `u` can carry traffic (its
  /// link and entry up, its country reached, the load cascade applied);
  /// `farUp(p)` whether far end `p` (a position in `farCountry`) is up and
  /// reached; `exchangeDown(node)` whether an IXP is down. Writes each
  /// country's share of today's lit capacity lost and its national traffic
  /// drop, both in millionths.
  ///
  /// Availability starts at 1 and only falls: the countries that lost a unit
  /// are evaluated first, then every country whose transit runs through one
  /// whose availability fell, until nothing falls by more than `tolerance`
  /// (at most 4 passes per country on average, so it always ends; the order
  /// is fixed, so the result is deterministic).
  /// - Complexity: O(units and far ends of the affected countries × passes).
  ///
  /// `changed`, when given, lists every country that lost a unit or is
  /// isolated (the bit-parallel engine knows them); nil scans every country.
  func evaluate(
    usable: [Bool], isolated: @escaping (Int) -> Bool, farUp: @escaping (Int) -> Bool, exchangeDown: @escaping (Int) -> Bool,
    changed: [Int]? = nil, scratch: inout Scratch, capacityLossMicros: inout [Int64], dropMicros: inout [Int64]
  ) {
    evaluate(
      usable: usable, state: ClosureTrialState(isolated: isolated, farUp: farUp, exchangeDown: exchangeDown), changed: changed,
      scratch: &scratch, capacityLossMicros: &capacityLossMicros, dropMicros: &dropMicros)
  }

  /// The same, with the trial's failures read through `state` (a concrete
  /// type, so that the optimiser specialises the loops for each engine).
  func evaluate<State: TrialState>(
    usable: [Bool], state: State, changed: [Int]? = nil,
    scratch: inout Scratch, capacityLossMicros: inout [Int64], dropMicros: inout [Int64]
  ) {
    let countries = demandGbps.count
    func lostUnit(_ country: Int) -> Bool {
      if state.isolated(country) { return true }
      for unit in unitOffset[country] ..< unitOffset[country + 1] where !usable[unit] { return true }
      return false
    }
    for country in changed ?? Array(0 ..< countries) where lostUnit(country) && !scratch.queued[country] {
      scratch.queued[country] = true
      scratch.queue.append(country)
    }
    var head = 0
    let limit = 4 * countries
    while head < scratch.queue.count && head < limit {
      let country = scratch.queue[head]
      head += 1
      scratch.queued[country] = false
      let total = litGbps[country]
      let value = state.isolated(country) || total <= 0
        ? (state.isolated(country) ? 0 : 1)
        : min(usableLit(country, usable: usable, state: state, availability: scratch.availability) / total, 1)
      guard value < scratch.availability[country] - Self.tolerance else { continue }
      if scratch.availability[country] == 1 { scratch.touched.append(country) }
      scratch.availability[country] = value
      for dependent in dependents[country] where !scratch.queued[Int(dependent)] {
        scratch.queued[Int(dependent)] = true
        scratch.queue.append(Int(dependent))
      }
    }
    for country in 0 ..< countries {
      let availability = scratch.availability[country]
      if availability == 1 && accessLoss[country] == 0 && exchanges[country].isEmpty && !state.isolated(country) {
        capacityLossMicros[country] = 0
        dropMicros[country] = 0
        continue
      }
      let total = litGbps[country], reference = referenceLitGbps[country]
      // Capacity lost, as the shortfall below today's lit capacity.
      let remaining = availability * total
      let capacityLoss = reference > 0 ? max(reference - remaining, 0) / reference : (state.isolated(country) ? 1 : 0)
      let lost = 1 - availability
      // Without a demand figure the capacity stands in for lit capacity and
      // the model's utilisation for the headroom.
      let headroom = demandGbps[country] > 0 ? max(total / demandGbps[country] - 1, 0) : defaultHeadroom
      let international = state.isolated(country) ? 1 : min(max(lost - rerouting * availability * headroom, 0), 1)
      var exchangeLoss = 0.0
      for (node, share) in exchanges[country] where state.exchangeDown(node) { exchangeLoss += share }
      let exchange = min(exchangeLoss, 1) * exchangeOutageDrop
      let drop = 1 - (1 - accessLoss[country]) * (1 - international) * (1 - exchange)
      capacityLossMicros[country] = Int64((min(max(capacityLoss, 0), 1) * 1e6).rounded())
      dropMicros[country] = Int64((min(max(drop, 0), 1) * 1e6).rounded())
    }
    for country in scratch.touched { scratch.availability[country] = 1 }
    for country in scratch.queue[head...] { scratch.queued[country] = false }
    scratch.touched.removeAll(keepingCapacity: true)
    scratch.queue.removeAll(keepingCapacity: true)
  }
}
