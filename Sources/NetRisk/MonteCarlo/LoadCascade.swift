// Overload cascades on international links (Motter–Lai).
import NetRiskData

/// Each country's international demand (Internet users times a per-user
/// rate) spreads over its usable international links in proportion to its
/// share of their capacity (a cable shared by n countries gives each 1/n of
/// it). A country's "pressure" is its demand over its usable share, and the
/// load on a link is proportional to the sum of its users' pressures. As in
/// Motter and Lai, "Cascade-based attacks on complex networks" (2002),
/// https://doi.org/10.1103/PhysRevE.66.065102, a link fails when its load
/// exceeds (1 + tolerance) times its load with nothing failed; here it must
/// also exceed (1 + tolerance) times its physical capacity, so that a
/// lightly used link never "overloads" (a small island's demand moving onto
/// its other cable). A failed link fails for every country using it, their
/// traffic moves to their other links, and the cascade repeats until nothing
/// changes.
///
/// Only the share of capacity lost changes: a country whose links all fail
/// from overload has lost all its capacity, though it is still reachable.
///
/// Units (a country's use of one link) are numbered globally: unit `g` of
/// country `c` is `unitOffset[c] + u`.
struct LoadCascade: Sendable {
  let demandGbps: [Double]
  let unitOffset: [Int]
  let unitCountry: [Int32]
  let unitLink: [Int32]
  /// The country's share of the link's capacity, Gbit/s.
  let unitShare: [Double]
  /// Units of each link, CSR: `linkUnits[linkStart[l] ..< linkStart[l + 1]]`.
  let linkStart: [Int]
  let linkUnits: [Int32]
  let tolerance: Double
  /// Pressure of each country and summed pressure on each link with nothing failed.
  let baselinePressure: [Double]
  let baselineLoad: [Double]

  /// Reusable buffers for one thread's trials. Between trials `pressure`
  /// holds the baseline pressures and the other arrays are clear.
  struct Scratch {
    var usable: [Bool]
    var pressure: [Double]
    var linkFailed: [Bool]
    var extra: [Double]
    var touched: [Int]
    var overloaded: [Int]
    var linkStamp: [Int]
    var stamp: Int
  }

  init(units: [[TrialEvaluator.Unit]], dataset: Dataset, model: LoadModel) {
    let demands = dataset.countries.map { country -> Double in
      guard let population = country.population, let share = country.internetUsersPercent else { return 0 }
      return Double(population) * share / 100 * model.internationalMbpsPerUser.value / 1000
    }
    var offsets = [0], countryOf: [Int32] = [], linkOf: [Int32] = [], capacity: [Double] = []
    var linkIndex: [TrialEvaluator.Unit.SharedLink: Int] = [:]
    for (country, list) in units.enumerated() {
      for unit in list {
        let link = linkIndex[unit.shared] ?? linkIndex.count
        linkIndex[unit.shared] = link
        countryOf.append(Int32(country))
        linkOf.append(Int32(link))
        capacity.append(Double(unit.capacityGbps))
      }
      offsets.append(countryOf.count)
    }
    var start = [Int](repeating: 0, count: linkIndex.count + 1)
    for link in linkOf { start[Int(link) + 1] += 1 }
    for link in 0 ..< linkIndex.count { start[link + 1] += start[link] }
    var fill = start
    var members = [Int32](repeating: 0, count: linkOf.count)
    for (unit, link) in linkOf.enumerated() {
      members[fill[Int(link)]] = Int32(unit)
      fill[Int(link)] += 1
    }
    let shares = capacity.indices.map { capacity[$0] / Double(start[Int(linkOf[$0]) + 1] - start[Int(linkOf[$0])]) }
    let pressures = units.indices.map { country -> Double in
      let total = (offsets[country] ..< offsets[country + 1]).reduce(0.0) { $0 + shares[$1] }
      return total > 0 ? demands[country] / total : 0
    }
    demandGbps = demands
    unitOffset = offsets
    unitCountry = countryOf
    unitLink = linkOf
    unitShare = shares
    linkStart = start
    linkUnits = members
    tolerance = model.overloadTolerance.value
    baselinePressure = pressures
    baselineLoad = (0 ..< linkIndex.count).map { link in
      (start[link] ..< start[link + 1]).reduce(0.0) { $0 + pressures[Int(countryOf[Int(members[$1])])] }
    }
  }

  var unitCount: Int { unitCountry.count }
  var linkCount: Int { baselineLoad.count }

  func makeScratch() -> Scratch {
    Scratch(
      usable: [Bool](repeating: false, count: unitCount), pressure: baselinePressure,
      linkFailed: [Bool](repeating: false, count: linkCount), extra: [Double](repeating: 0, count: linkCount),
      touched: [], overloaded: [], linkStamp: [Int](repeating: 0, count: linkCount), stamp: 0)
  }

  /// Whether a link with summed pressure `load` is overloaded: past
  /// (1 + tolerance) times both its normal load and its physical capacity.
  /// Every user of a link gets the same share of it (capacity / n), so the
  /// load in Gbit/s is share × Σ pressure, and the physical capacity is
  /// reached when Σ pressure = n.
  @inline(__always) func isOverloaded(_ link: Int, load: Double) -> Bool {
    let users = Double(linkStart[link + 1] - linkStart[link])
    return load > (1 + tolerance) * max(baselineLoad[link], users)
  }

  /// False when no link can be overloaded in a trial. Only countries that
  /// lost capacity (`changed`) press harder than at baseline; adding their
  /// increase to the links they still use bounds every link's load from
  /// above. O(units of the changed countries).
  func mayOverload(changed: [Int], isUsable: (Int) -> Bool, scratch: inout Scratch) -> Bool {
    defer {
      for link in scratch.touched { scratch.extra[link] = 0 }
      scratch.touched.removeAll(keepingCapacity: true)
    }
    for country in changed where demandGbps[country] > 0 {
      var usable = 0.0
      for unit in unitOffset[country] ..< unitOffset[country + 1] where isUsable(unit) { usable += unitShare[unit] }
      guard usable > 0 else { continue }  // nothing usable: it loads no link
      let increase = demandGbps[country] / usable - baselinePressure[country]
      for unit in unitOffset[country] ..< unitOffset[country + 1] where isUsable(unit) {
        let link = Int(unitLink[unit])
        if scratch.extra[link] == 0 { scratch.touched.append(link) }
        scratch.extra[link] += increase
        if isOverloaded(link, load: baselineLoad[link] + scratch.extra[link]) { return true }
      }
    }
    return false
  }

  /// Runs the cascade on `scratch.usable` (one trial's usable units, set by
  /// the caller) where `changed` are the countries that lost a unit; returns
  /// whether any link failed. Incremental: only the pressures of countries
  /// that lost units change, and only their links are examined each round.
  /// - Complexity: O(rounds · units of the affected countries and their links).
  func run(_ scratch: inout Scratch, changed: [Int]) -> Bool {
    var affected = changed
    var touchedCountries = changed
    var failedLinks: [Int] = []
    var anyFailed = false
    while !affected.isEmpty {
      for country in affected {
        var capacity = 0.0
        for unit in unitOffset[country] ..< unitOffset[country + 1] where scratch.usable[unit] { capacity += unitShare[unit] }
        scratch.pressure[country] = capacity > 0 ? demandGbps[country] / capacity : 0
      }
      scratch.stamp += 1
      scratch.overloaded.removeAll(keepingCapacity: true)
      for country in affected {
        for unit in unitOffset[country] ..< unitOffset[country + 1] where scratch.usable[unit] {
          let link = Int(unitLink[unit])
          guard scratch.linkStamp[link] != scratch.stamp, !scratch.linkFailed[link] else { continue }
          scratch.linkStamp[link] = scratch.stamp
          var load = 0.0
          for position in linkStart[link] ..< linkStart[link + 1] {
            let member = Int(linkUnits[position])
            if scratch.usable[member] { load += scratch.pressure[Int(unitCountry[member])] }
          }
          if isOverloaded(link, load: load) { scratch.overloaded.append(link) }
        }
      }
      affected.removeAll(keepingCapacity: true)
      for link in scratch.overloaded {
        scratch.linkFailed[link] = true
        failedLinks.append(link)
        anyFailed = true
        for position in linkStart[link] ..< linkStart[link + 1] {
          let member = Int(linkUnits[position])
          scratch.usable[member] = false
          let country = Int(unitCountry[member])
          affected.append(country)
          touchedCountries.append(country)
        }
      }
      affected = Array(Set(affected)).sorted()
    }
    // Leave the scratch as found: baseline pressures, no failed link.
    for country in touchedCountries { scratch.pressure[country] = baselinePressure[country] }
    for link in failedLinks { scratch.linkFailed[link] = false }
    return anyFailed
  }
}
