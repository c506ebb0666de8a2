// Resolving a scenario's failure entries to dependency-graph nodes: one
// function per selector.
import Foundation
import NetRiskData

extension Scenario.FailureSpec {
  /// What one failure entry selects; the file format allows exactly one per entry.
  enum Selector {
    case cables([String])
    case landingPoints([String])
    case internetExchanges([Int])
    case facilities([Int])
    case grids([Scenario.GridOutage])
    case corridor(Scenario.Corridor)
    case solarStorm(Scenario.SolarStorm)
    case radius(Scenario.Radius)
    case borderLinks([[String]])
    case rootLetters([String])
    case cableSegments([Scenario.SegmentSelector])
    case jurisdiction(Scenario.Jurisdiction)
    case registryFailure(String)
  }

  /// Every selector the entry names, in the order of the format's keys.
  var selectors: [Selector] {
    var found: [Selector] = []
    if let cables { found.append(.cables(cables)) }
    if let landingPoints { found.append(.landingPoints(landingPoints)) }
    if let internetExchanges { found.append(.internetExchanges(internetExchanges)) }
    if let facilities { found.append(.facilities(facilities)) }
    if let grids { found.append(.grids(grids)) }
    if let corridor { found.append(.corridor(corridor)) }
    if let solarStorm { found.append(.solarStorm(solarStorm)) }
    if let radius { found.append(.radius(radius)) }
    if let borderLinks { found.append(.borderLinks(borderLinks)) }
    if let rootLetters { found.append(.rootLetters(rootLetters)) }
    if let cableSegments { found.append(.cableSegments(cableSegments)) }
    if let jurisdiction { found.append(.jurisdiction(jurisdiction)) }
    if let registryFailure { found.append(.registryFailure(registryFailure)) }
    return found
  }
}

extension Scenario {
  /// Resolves the scenario against a dependency graph.
  /// - Throws: `InputError` for an empty `failures`, an entry with no
  ///   selector or several, a probability outside [0, 1], an unknown id (with
  ///   a suggestion), or a malformed area (see each selector).
  /// - Complexity: O(entries × the elements each selector scans): a corridor
  ///   or solar storm visits every active cable, a radius every node.
  public func resolve(in dependency: DependencyGraph, dataset: Dataset, file: String) throws -> ScenarioFailures {
    guard !failures.isEmpty else {
      throw InputError(file: file, message: "failures is empty: a scenario must fail at least one element")
    }
    var resolution = Resolution(dependency: dependency, dataset: dataset, file: file)
    for (index, spec) in failures.enumerated() {
      resolution.index = index
      let selectors = spec.selectors
      guard selectors.count == 1, let selector = selectors.first else {
        throw resolution.fail("give exactly one of cables, landingPoints, internetExchanges, facilities, grids, corridor, solarStorm, radius, borderLinks, rootLetters, cableSegments, jurisdiction, registryFailure")
      }
      let p = spec.probability ?? 1
      guard (0 ... 1).contains(p) else { throw resolution.fail("probability must be in [0, 1], found \(p)") }
      switch selector {
      case let .cables(ids): try resolution.cables(ids, p)
      case let .cableSegments(selectors): try resolution.cableSegments(selectors, p)
      case let .landingPoints(ids): try resolution.landingPoints(ids, p)
      case let .internetExchanges(ids): try resolution.internetExchanges(ids, p)
      case let .facilities(ids): try resolution.facilities(ids, p)
      case let .borderLinks(pairs): try resolution.borderLinks(pairs, p)
      case let .rootLetters(letters): try resolution.rootLetters(letters, p)
      case let .grids(outages): try resolution.grids(outages)
      case let .corridor(corridor): try resolution.corridor(corridor, p)
      case let .solarStorm(storm): try resolution.solarStorm(storm, p)
      case let .radius(radius): try resolution.radius(radius, p)
      case let .jurisdiction(jurisdiction): try resolution.jurisdiction(jurisdiction, p)
      case let .registryFailure(name):
        guard let registry = RegionalRegistry(rawValue: name) else {
          throw resolution.fail("registryFailure: unknown registry '\(name)'; registries: "
            + RegionalRegistry.allCases.map(\.rawValue).joined(separator: " "))
        }
        resolution.registryFailures.append(registry)
      }
    }
    var failures = ScenarioFailures(
      name: name, nodes: resolution.probability.keys.sorted().map { ($0, resolution.probability[$0] ?? 0) },
      grids: resolution.gridHours.keys.sorted().map { ($0, resolution.gridHours[$0] ?? 0) })
    failures.withdrawals = resolution.withdrawals
    failures.registryFailures = resolution.registryFailures
    return failures
  }

  /// The nodes selected so far, and where in the file the entry being read is.
  struct Resolution {
    let dependency: DependencyGraph
    let dataset: Dataset
    let file: String
    var index = 0
    /// Where in the file an error is, when not in `failures[index]`.
    var context: String?
    /// Node and the probability it fails in a trial (the largest when selected twice).
    var probability: [Int: Double] = [:]
    /// Grid node and outage hours (the longest when given twice).
    var gridHours: [Int: Double] = [:]
    /// Jurisdiction withdrawals and failed registries, in file order.
    var withdrawals: [JurisdictionWithdrawal] = []
    var registryFailures: [RegionalRegistry] = []

    init(dependency: DependencyGraph, dataset: Dataset, file: String) {
      self.dependency = dependency
      self.dataset = dataset
      self.file = file
    }

    mutating func select(_ node: Int, _ p: Double) { probability[node] = max(probability[node] ?? 0, p) }

    func fail(_ message: String) -> InputError {
      InputError(file: file, message: "\(context ?? "failures[\(index)]"): \(message)")
    }

    /// The index of an active cable.
    func cable(_ id: String) throws -> RowIndex<Cable> {
      guard let cable = dataset.cableIndex(id) else {
        throw fail("unknown cable '\(id)'" + Scenario.suggestion(id, dataset.cables.map(\.id)))
      }
      guard dependency.includes(cable: cable) else { throw fail("cable '\(id)' is left out by the model (planned or not yet in service)") }
      return cable
    }

    /// Whole cables: a cable in segments fails in every segment.
    mutating func cables(_ ids: [String], _ p: Double) throws {
      for id in ids {
        for node in dependency.nodes(ofCable: try cable(id)) { select(node, p) }
      }
    }

    mutating func cableSegments(_ selectors: [SegmentSelector], _ p: Double) throws {
      for selector in selectors {
        for node in try Scenario.segmentNodes(selector, dependency: dependency, dataset: dataset, fail: fail) { select(node, p) }
      }
    }

    mutating func landingPoints(_ ids: [String], _ p: Double) throws {
      for id in ids {
        guard let point = dataset.landingPointIndex(id) else {
          throw fail("unknown landing point '\(id)'" + Scenario.suggestion(id, dataset.landingPoints.map(\.id)))
        }
        select(dependency.landingPointNode[point], p)
      }
    }

    mutating func internetExchanges(_ ids: [Int], _ p: Double) throws {
      for id in ids {
        guard let exchange = dataset.internetExchangeIndex(id), let node = dependency.nodeOf(.internetExchange, row: exchange.position) else {
          throw fail("unknown IXP id \(id)")
        }
        select(node, p)
      }
    }

    mutating func facilities(_ ids: [Int], _ p: Double) throws {
      for id in ids {
        guard let facility = dataset.facilityIndex(id), let node = dependency.nodeOf(.facility, row: facility.position) else {
          throw fail("unknown facility id \(id)")
        }
        select(node, p)
      }
    }

    mutating func borderLinks(_ pairs: [[String]], _ p: Double) throws {
      for pair in pairs {
        guard pair.count == 2, let a = dataset.countryIndex(pair[0]), let b = dataset.countryIndex(pair[1]) else {
          throw fail("a border link is a pair of alpha-2 codes of the dataset, found \(pair)")
        }
        let links = dependency.borderLinks.filter { Set([$0.countryA, $0.countryB]) == Set([a, b]) }
        guard !links.isEmpty else { throw fail("\(pair[0]) and \(pair[1]) share no land border in borders.csv") }
        for link in links { select(link.node, p) }
      }
    }

    mutating func rootLetters(_ letters: [String], _ p: Double) throws {
      for letter in letters {
        guard dataset.rootOperatorIndex(letter: letter) != nil else {
          throw fail("unknown root letter '\(letter)'; letters: \(dataset.rootOperators.map(\.letter).joined(separator: " "))")
        }
        for (row, instance) in dataset.rootInstances.enumerated() where instance.letter == letter {
          if let node = dependency.nodeOf(.rootInstance, row: row) { select(node, p) }
        }
      }
    }

    mutating func grids(_ outages: [GridOutage]) throws {
      for outage in outages {
        guard let country = dataset.countryIndex(outage.country) else {
          throw fail("unknown country '\(outage.country)'" + Scenario.suggestion(outage.country, dataset.countries.map(\.code)))
        }
        guard outage.hours >= 0 else { throw fail("grid hours must be >= 0, found \(outage.hours)") }
        gridHours[dependency.gridNode[country]] = max(gridHours[dependency.gridNode[country]] ?? 0, outage.hours)
      }
    }

    func checkPosition(_ what: String, latitude: Double, longitude: Double) throws {
      guard latitude.isFinite, longitude.isFinite, (-90 ... 90).contains(latitude), (-180 ... 180).contains(longitude) else {
        throw fail("\(what): latitude must be in [-90, 90] and longitude in [-180, 180], found \(latitude), \(longitude)")
      }
    }

    /// The corridor's area as a polygon, checked: a box with min ≤ max, or a
    /// simple polygon of at least 3 vertices, every position on the globe.
    func area(of corridor: Corridor) throws -> [GeoPoint] {
      guard (corridor.box == nil) != (corridor.polygon == nil) else {
        throw fail("corridor '\(corridor.name)' needs exactly one of box and polygon")
      }
      if let box = corridor.box {
        try checkPosition("corridor '\(corridor.name)' box", latitude: box.minLatitude, longitude: box.minLongitude)
        try checkPosition("corridor '\(corridor.name)' box", latitude: box.maxLatitude, longitude: box.maxLongitude)
        guard box.minLatitude <= box.maxLatitude, box.minLongitude <= box.maxLongitude else {
          throw fail("corridor '\(corridor.name)' box: minLatitude and minLongitude must not exceed maxLatitude and maxLongitude")
        }
        return [
          GeoPoint(latitude: box.minLatitude, longitude: box.minLongitude), GeoPoint(latitude: box.minLatitude, longitude: box.maxLongitude),
          GeoPoint(latitude: box.maxLatitude, longitude: box.maxLongitude), GeoPoint(latitude: box.maxLatitude, longitude: box.minLongitude),
        ]
      }
      guard let vertices = corridor.polygon, vertices.count >= 3, vertices.allSatisfy({ $0.count == 2 }) else {
        throw fail("corridor '\(corridor.name)' needs a box or a polygon of at least 3 [longitude, latitude] vertices")
      }
      let polygon = vertices.map { GeoPoint(latitude: $0[1], longitude: $0[0]) }
      for (number, vertex) in polygon.enumerated() {
        try checkPosition("corridor '\(corridor.name)' polygon vertex \(number)", latitude: vertex.latitude, longitude: vertex.longitude)
      }
      if let crossing = Geo.firstSelfCrossing(polygon) {
        throw fail("corridor '\(corridor.name)' polygon crosses itself (edges \(crossing.0) and \(crossing.1))")
      }
      return polygon
    }

    /// Every active cable (or only those `corridor.cables` names) whose
    /// drawn route crosses the area: for a cable in segments with routes, the
    /// segments that cross it; otherwise the whole cable.
    mutating func corridor(_ corridor: Corridor, _ p: Double) throws {
      let polygon = try area(of: corridor)
      func crosses(_ points: [GeoPoint]) -> Bool {
        zip(points, points.dropFirst()).contains { Geo.segment($0, $1, meets: polygon) }
          || (points.count == 1 && Geo.contains(polygon, points[0]))
      }
      let candidates = try corridor.cables.map { ids in try ids.map { try cable($0) } }
        ?? dataset.cables.rowIndices.filter { dependency.includes(cable: $0) }
      var crossed = Set<RowIndex<Cable>>()
      for cable in candidates {
        let segments = dependency.segments(ofCable: cable, in: dataset)
        if !segments.isEmpty, segments.allSatisfy({ !$0.segment.route.isEmpty || $0.segment.lengthKilometres == 0 }) {
          // A cable in segments with their routes: the segments the corridor crosses.
          for (node, segment) in segments where crosses(segment.route) {
            select(node, p)
            crossed.insert(cable)
          }
          continue
        }
        // Whole cables, and segments without routes: the whole cable.
        if dataset.cables[cable].routeSegmentIndices.contains(where: { crosses(dataset.cableRouteSegments[$0].points) }) {
          for node in dependency.nodes(ofCable: cable) { select(node, p) }
          crossed.insert(cable)
        }
      }
      // A named cable that misses the area is a mistake in the file, not a cut.
      if let named = corridor.cables {
        for id in named where dataset.cableIndex(id).map({ !crossed.contains($0) }) == true {
          throw fail("corridor '\(corridor.name)': the drawn route of cable '\(id)' does not cross the area")
        }
      }
    }

    /// Every active cable, each node failing with the chance that one of its
    /// repeaters fails in the band of the cable's highest-latitude landing.
    mutating func solarStorm(_ storm: SolarStorm, _ p: Double) throws {
      guard storm.repeaterSpacingKm > 0, !storm.bands.isEmpty,
        storm.bands.allSatisfy({ (0 ... 1).contains($0.repeaterFailureProbability) })
      else { throw fail("solarStorm needs repeaterSpacingKm > 0 and bands with probabilities in [0, 1]") }
      let bands = storm.bands.sorted { $0.minGeomagneticLatitude > $1.minGeomagneticLatitude }
      for cable in dataset.cables.rowIndices where dependency.includes(cable: cable) {
        let latitude = dataset.cables[cable].landingPointIndices
          .map { abs(Geo.geomagneticLatitude(dataset.landingPoints[$0].location)) }.max() ?? 0
        guard let band = bands.first(where: { latitude >= $0.minGeomagneticLatitude }) else { continue }
        // Whole or per segment: the repeaters on each node's length.
        for node in dependency.nodes(ofCable: cable) {
          let repeaters = (dependency.cableLengthOfNode[node] / storm.repeaterSpacingKm).rounded(.down)
          let q = 1 - pow(1 - band.repeaterFailureProbability, repeaters)
          if q > 0 { select(node, q * p) }
        }
      }
    }

    /// Every element of the listed kinds within the distance of the point.
    mutating func radius(_ radius: Radius, _ p: Double) throws {
      try checkPosition("radius", latitude: radius.latitude, longitude: radius.longitude)
      guard radius.kilometres.isFinite, radius.kilometres > 0 else {
        throw fail("radius: kilometres must be a number > 0, found \(radius.kilometres)")
      }
      guard !radius.kinds.isEmpty else { throw fail("radius: kinds is empty: name at least one kind of element") }
      let centre = GeoPoint(latitude: radius.latitude, longitude: radius.longitude)
      func near(_ point: GeoPoint) -> Bool { Geo.distanceKm(centre, point) <= radius.kilometres }
      for node in 0 ..< dependency.nodeCount
      where radius.kinds.contains(dependency.kinds[node])
        || (dependency.kinds[node] == .cableSegment && radius.kinds.contains(.cable))
      {
        guard let row = dependency.rows[node] else { continue }  // the core has no place
        let hit: Bool
        switch dependency.kinds[node] {
        case .cable:
          let cable = dataset.cables[row]
          hit = cable.landingPointIndices.contains { near(dataset.landingPoints[$0].location) }
            || cable.routeSegmentIndices.contains { dataset.cableRouteSegments[$0].points.contains(where: near) }
        case .cableSegment:
          // A segment is hit when one of its ends (a landing or a branching
          // unit) lies within the radius.
          let segment = dataset.cableSegments[row]
          hit = [segment.from, segment.to].contains { end in
            switch end {
            case let .landingPoint(point): return near(dataset.landingPoints[point].location)
            case let .branchingUnit(unit): return near(dataset.branchingUnits[unit].location)
            }
          }
        case .landingPoint: hit = near(dataset.landingPoints[row].location)
        case .facility: hit = dataset.facilities[row].location.map(near) ?? false
        case .rootInstance: hit = near(dataset.rootInstances[row].location)
        case .internetExchange:
          hit = dataset.internetExchanges[row].facilityIndices.contains { dataset.facilities[$0].location.map(near) ?? false }
        default: hit = false
        }
        if hit { select(node, p) }
      }
    }
  }
}

extension Scenario {
  /// The nodes a segment selector fails: the segments on the fewest-segment
  /// way between its two ends, or those ending at its landing point; the
  /// cable's node when the model keeps it whole.
  static func segmentNodes(
    _ selector: SegmentSelector, dependency: DependencyGraph, dataset: Dataset, fail: (String) -> InputError
  ) throws -> [Int] {
    guard let cable = dataset.cableIndex(selector.cable) else {
      throw fail("cableSegments: unknown cable '\(selector.cable)'" + Self.suggestion(selector.cable, dataset.cables.map(\.id)))
    }
    guard dependency.includes(cable: cable) else {
      throw fail("cableSegments: cable '\(selector.cable)' is left out by the model (planned or not yet in service)")
    }
    let record = dataset.cables[cable]
    let names = record.landingPointIndices.map { dataset.landingPoints[$0].id }
      + record.branchingUnitIndices.map { dataset.branchingUnits[$0].id }
    func end(_ id: String) throws -> SegmentEnd {
      if let point = dataset.landingPointIndex(id), record.landingPointIndices.contains(point) { return .landingPoint(point) }
      if let unit = record.branchingUnitIndices.first(where: { dataset.branchingUnits[$0].id == id }) { return .branchingUnit(unit) }
      throw fail("cableSegments: '\(id)' is not a landing point or branching unit of cable '\(selector.cable)'" + Self.suggestion(id, names))
    }
    let ends: [SegmentEnd]
    switch (selector.between, selector.at) {
    case let (between?, nil) where between.count == 2: ends = [try end(between[0]), try end(between[1])]
    case let (nil, at?):
      guard case .landingPoint = try end(at) else { throw fail("cableSegments: 'at' must name a landing point") }
      ends = [try end(at)]
    default: throw fail("cableSegments: give either 'between' (two ends) or 'at' (one landing point) for cable '\(selector.cable)'")
    }
    let segments = dependency.segments(ofCable: cable, in: dataset)
    guard !segments.isEmpty else { return dependency.nodes(ofCable: cable) }  // a whole system
    if ends.count == 1 { return segments.filter { $0.segment.from == ends[0] || $0.segment.to == ends[0] }.map(\.node) }
    guard let found = dependency.segmentWays(ofCable: cable, from: ends[0], in: dataset)[ends[1]], !found.isEmpty else {
      throw fail("cableSegments: no segments between '\(selector.between?[0] ?? "")' and '\(selector.between?[1] ?? "")' on cable '\(selector.cable)'")
    }
    return found
  }

}
