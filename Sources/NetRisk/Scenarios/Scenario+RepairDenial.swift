// Resolving a scenario's `repairDenied` to the dependency-graph nodes whose
// repair is slowed or blocked.
import NetRiskData

extension Scenario {
  /// The nodes whose repair `repairDenied` slows or blocks; empty without it.
  /// A node is denied when it has a landing, an end or a site in one of the
  /// listed countries (a border link: either side), or when the corridor
  /// selects it as it would select a cut (the segments whose drawn route
  /// crosses the area, else whole cables). Grids are not: they come back when
  /// their outage hours are over.
  /// - Throws: `InputError` for a denial with neither countries nor corridor,
  ///   an unknown country (with a suggestion), a negative `extraDays`, or a
  ///   malformed corridor.
  /// - Complexity: O(nodes + the corridor's scan of active cables).
  public func deniedRepairNodes(in dependency: DependencyGraph, dataset: Dataset, file: String) throws -> Set<Int> {
    guard let denial = repairDenied else { return [] }
    var resolution = Resolution(dependency: dependency, dataset: dataset, file: file)
    resolution.context = "repairDenied"
    guard denial.countries != nil || denial.corridor != nil else {
      throw resolution.fail("name the countries or the corridor where repair is denied")
    }
    if let extra = denial.extraDays, !(extra >= 0 && extra <= 36_500) {
      throw resolution.fail("extraDays must be a number of days in [0, 36500], found \(extra)")
    }
    var denied = Set<Int>()
    if let corridor = denial.corridor {
      try resolution.corridor(corridor, 1)
      denied.formUnion(resolution.probability.keys)
    }
    let countries = Set(try (denial.countries ?? []).map { code -> RowIndex<Country> in
      guard let country = dataset.countryIndex(code) else {
        throw resolution.fail("unknown country '\(code)'" + Scenario.suggestion(code, dataset.countries.map(\.code)))
      }
      return country
    })
    guard !countries.isEmpty else { return denied }
    let borderSides = Dictionary(uniqueKeysWithValues: dependency.borderLinks.map { ($0.node, [$0.countryA, $0.countryB]) })
    for node in 0 ..< dependency.nodeCount {
      guard let row = dependency.rows[node] else { continue }
      let places: [RowIndex<Country>]
      switch dependency.kinds[node] {
      case .cable: places = dataset.cables[row].landingPointIndices.map { dataset.landingPoints[$0].countryIndex }
      case .cableSegment:
        let segment = dataset.cableSegments[row]
        places = [segment.from, segment.to].compactMap { end in
          if case let .landingPoint(point) = end { return dataset.landingPoints[point].countryIndex }
          return nil
        }
      case .borderLink: places = borderSides[node] ?? []
      case .landingPoint, .facility, .internetExchange, .rootInstance: places = dependency.gridCountry[node].map { [$0] } ?? []
      case .country, .grid, .coreLink, .core: places = []
      }
      if places.contains(where: countries.contains) { denied.insert(node) }
    }
    return denied
  }
}
