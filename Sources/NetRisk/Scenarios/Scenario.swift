// Hazard scenarios: failures named directly or selected by a predicate.
import Foundation
import NetRiskData

/// A scenario file (`Datasets/scenarios/*.json`): what fails, named directly
/// or selected by a corridor, a radius or a solar-storm model. Format in
/// Datasets/scenarios/README.md.
public struct Scenario: Codable, Hashable, Sendable {
  public var name: String
  public var description: String
  public var sources: [String]
  public var failures: [FailureSpec]

  public struct GridOutage: Codable, Hashable, Sendable {
    public var country: String
    public var hours: Double
  }

  public struct Box: Codable, Hashable, Sendable {
    public var minLatitude: Double, maxLatitude: Double, minLongitude: Double, maxLongitude: Double
  }

  public struct Corridor: Codable, Hashable, Sendable {
    public var name: String
    public var box: Box?
    /// [longitude, latitude] vertices, not closed.
    public var polygon: [[Double]]?
  }

  public struct SolarStorm: Codable, Hashable, Sendable {
    public struct Band: Codable, Hashable, Sendable {
      public var minGeomagneticLatitude: Double
      public var repeaterFailureProbability: Double
    }
    public var repeaterSpacingKm: Double
    public var bands: [Band]
  }

  public struct Radius: Codable, Hashable, Sendable {
    public var latitude: Double
    public var longitude: Double
    public var kilometres: Double
    public var kinds: [NodeKind]
  }

  /// One entry of `failures`: exactly one selector, and the chance each
  /// selected element fails in a trial (default 1).
  public struct FailureSpec: Codable, Hashable, Sendable {
    public var cables: [String]?
    public var landingPoints: [String]?
    public var internetExchanges: [Int]?
    public var facilities: [Int]?
    public var grids: [GridOutage]?
    public var corridor: Corridor?
    public var solarStorm: SolarStorm?
    public var radius: Radius?
    /// Land borders, as pairs of alpha-2 codes (either order).
    public var borderLinks: [[String]]?
    /// Every instance of these root letters.
    public var rootLetters: [String]?
    /// Stretches of cables: the segments on the way between two of a
    /// cable's landing points or branching units, or the segments that end at
    /// one landing point. Under a model without segments (or for a cable
    /// whose segments are unknown) the whole cable fails.
    public var cableSegments: [SegmentSelector]?
    public var probability: Double?
  }

  /// `{"cable": ID, "between": [A, B]}` or `{"cable": ID, "at": LANDING}`;
  /// A, B and LANDING are landing point ids, A and B may be branching unit
  /// ids (`<cable>/bu<n>`).
  public struct SegmentSelector: Codable, Hashable, Sendable {
    public var cable: String
    public var between: [String]?
    public var at: String?
  }
}

/// A scenario that cannot be used: the file and what is wrong in it.
public struct ScenarioError: Error, CustomStringConvertible, Equatable {
  public var file: String
  public var message: String
  public var description: String { "\(file): \(message)" }
}

/// The failures a scenario causes in a dependency graph: each selected node
/// with its failure probability per trial, and grids down for given hours.
public struct ScenarioFailures: Sendable {
  public var name: String
  /// Node and the probability it fails in a trial (the largest when selected twice).
  public var nodes: [(node: Int, probability: Double)]
  /// Grid node and outage hours.
  public var grids: [(node: Int, hours: Double)]

  public static let none = ScenarioFailures(name: "none", nodes: [], grids: [])
}

extension Scenario {
  /// Loads a scenario file.
  /// - Throws: `ScenarioError` naming the file and, for a decoding problem,
  ///   the JSON path and what was expected.
  public static func load(from path: String) throws -> Scenario {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ScenarioError(file: path, message: "cannot read the scenario file (missing or unreadable)")
    }
    do {
      try checkKeys(of: try JSONSerialization.jsonObject(with: data), file: path)
      return try JSONDecoder().decode(Scenario.self, from: data)
    } catch let error as ScenarioError {
      throw error
    } catch let error as DecodingError {
      throw ScenarioError(file: path, message: error.readableDescription)
    } catch {
      throw ScenarioError(file: path, message: JSONErrorText.describe(error, in: data))
    }
  }

  /// The keys each object of a scenario file may hold, by where it sits.
  static let allowedKeys: [String: Set<String>] = [
    "": ["name", "description", "sources", "failures"],
    "failures[]": ["cables", "landingPoints", "internetExchanges", "facilities", "grids", "corridor", "solarStorm", "radius",
      "borderLinks", "rootLetters", "cableSegments", "probability"],
    "cableSegments[]": ["cable", "between", "at"],
    "grids[]": ["country", "hours"],
    "corridor": ["name", "box", "polygon"],
    "box": ["minLatitude", "maxLatitude", "minLongitude", "maxLongitude"],
    "solarStorm": ["repeaterSpacingKm", "bands"],
    "bands[]": ["minGeomagneticLatitude", "repeaterFailureProbability"],
    "radius": ["latitude", "longitude", "kilometres", "kinds"],
  ]

  /// The nodes a segment selector fails: the segments on the fewest-segment
  /// way between its two ends, or those ending at its landing point; the
  /// cable's node when the model keeps it whole.
  static func segmentNodes(
    _ selector: SegmentSelector, dependency: DependencyGraph, dataset: Dataset, fail: (String) -> ScenarioError
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
    let segments = dependency.segmentNodes[cable]
    guard !segments.isEmpty else { return dependency.nodes(ofCable: cable) }  // a whole system
    let segmentOf = { (node: Int) in dataset.cableSegments[dependency.rows[node]] }
    if ends.count == 1 { return segments.filter { segmentOf($0).from == ends[0] || segmentOf($0).to == ends[0] } }
    // Breadth-first from the first end; the way to the second, in segments.
    var way: [SegmentEnd: [Int]] = [ends[0]: []]
    var queue = [ends[0]]
    var head = 0
    while head < queue.count {
      let here = queue[head]
      head += 1
      for node in segments where segmentOf(node).from == here || segmentOf(node).to == here {
        let next = segmentOf(node).from == here ? segmentOf(node).to : segmentOf(node).from
        guard way[next] == nil else { continue }
        way[next] = (way[here] ?? []) + [node]
        queue.append(next)
      }
    }
    guard let found = way[ends[1]], !found.isEmpty else {
      throw fail("cableSegments: no segments between '\(selector.between?[0] ?? "")' and '\(selector.between?[1] ?? "")' on cable '\(selector.cable)'")
    }
    return found
  }

  /// Rejects keys the format does not have (a misspelt selector would
  /// otherwise be dropped in silence), with the closest allowed key.
  static func checkKeys(of value: Any, file: String) throws {
    try JSONKeyCheck.check(value, allowed: allowedKeys) { ScenarioError(file: file, message: $0) }
  }

  /// Resolves the scenario against a dependency graph.
  /// - Throws: `ScenarioError` for an unknown id (with a suggestion), an entry
  ///   with no selector or several, a probability outside [0, 1], a polygon
  ///   with fewer than 3 vertices.
  public func resolve(in dependency: DependencyGraph, dataset: Dataset, file: String) throws -> ScenarioFailures {
    var probability: [Int: Double] = [:]
    var grids: [Int: Double] = [:]
    func select(_ node: Int, _ p: Double) { probability[node] = max(probability[node] ?? 0, p) }
    func fail(_ index: Int, _ message: String) -> ScenarioError {
      ScenarioError(file: file, message: "failures[\(index)]: \(message)")
    }
    guard !failures.isEmpty else {
      throw ScenarioError(file: file, message: "failures is empty: a scenario must fail at least one element")
    }
    func checkPosition(_ index: Int, _ what: String, latitude: Double, longitude: Double) throws {
      guard latitude.isFinite, longitude.isFinite, (-90 ... 90).contains(latitude), (-180 ... 180).contains(longitude) else {
        throw fail(index, "\(what): latitude must be in [-90, 90] and longitude in [-180, 180], found \(latitude), \(longitude)")
      }
    }
    for (index, spec) in failures.enumerated() {
      let selectors = [spec.cables != nil, spec.landingPoints != nil, spec.internetExchanges != nil,
        spec.facilities != nil, spec.grids != nil, spec.corridor != nil, spec.solarStorm != nil, spec.radius != nil,
        spec.borderLinks != nil, spec.rootLetters != nil, spec.cableSegments != nil]
      guard selectors.filter({ $0 }).count == 1 else {
        throw fail(index, "give exactly one of cables, landingPoints, internetExchanges, facilities, grids, corridor, solarStorm, radius, borderLinks, rootLetters, cableSegments")
      }
      let p = spec.probability ?? 1
      guard (0 ... 1).contains(p) else { throw fail(index, "probability must be in [0, 1], found \(p)") }
      for id in spec.cables ?? [] {
        guard let cable = dataset.cableIndex(id) else {
          throw fail(index, "unknown cable '\(id)'" + Self.suggestion(id, dataset.cables.map(\.id)))
        }
        guard dependency.includes(cable: cable) else { throw fail(index, "cable '\(id)' is left out by the model (planned or not yet in service)") }
        // A cable in segments: the whole system (every segment) fails.
        for node in dependency.nodes(ofCable: cable) { select(node, p) }
      }
      for selector in spec.cableSegments ?? [] {
        for node in try Self.segmentNodes(selector, dependency: dependency, dataset: dataset, fail: { fail(index, $0) }) {
          select(node, p)
        }
      }
      for id in spec.landingPoints ?? [] {
        guard let point = dataset.landingPointIndex(id) else {
          throw fail(index, "unknown landing point '\(id)'" + Self.suggestion(id, dataset.landingPoints.map(\.id)))
        }
        select(dependency.landingPointNode[point], p)
      }
      for id in spec.internetExchanges ?? [] {
        guard let exchange = dataset.internetExchangeIndex(id), let node = dependency.nodeOf(.internetExchange, row: exchange) else {
          throw fail(index, "unknown IXP id \(id)")
        }
        select(node, p)
      }
      for id in spec.facilities ?? [] {
        guard let facility = dataset.facilityIndex(id), let node = dependency.nodeOf(.facility, row: facility) else {
          throw fail(index, "unknown facility id \(id)")
        }
        select(node, p)
      }
      for pair in spec.borderLinks ?? [] {
        guard pair.count == 2, let a = dataset.countryIndex(pair[0]), let b = dataset.countryIndex(pair[1]) else {
          throw fail(index, "a border link is a pair of alpha-2 codes of the dataset, found \(pair)")
        }
        let links = dependency.borderLinks.filter { Set([$0.countryA, $0.countryB]) == Set([a, b]) }
        guard !links.isEmpty else { throw fail(index, "\(pair[0]) and \(pair[1]) share no land border in borders.csv") }
        for link in links { select(link.node, p) }
      }
      for letter in spec.rootLetters ?? [] {
        guard dataset.rootOperatorIndex(letter: letter) != nil else {
          throw fail(index, "unknown root letter '\(letter)'; letters: \(dataset.rootOperators.map(\.letter).joined(separator: " "))")
        }
        for (row, instance) in dataset.rootInstances.enumerated() where instance.letter == letter {
          if let node = dependency.nodeOf(.rootInstance, row: row) { select(node, p) }
        }
      }
      for outage in spec.grids ?? [] {
        guard let country = dataset.countryIndex(outage.country) else {
          throw fail(index, "unknown country '\(outage.country)'" + Self.suggestion(outage.country, dataset.countries.map(\.code)))
        }
        guard outage.hours >= 0 else { throw fail(index, "grid hours must be >= 0, found \(outage.hours)") }
        grids[dependency.gridNode[country]] = max(grids[dependency.gridNode[country]] ?? 0, outage.hours)
      }
      if let corridor = spec.corridor {
        let polygon: [GeoPoint]
        guard (corridor.box == nil) != (corridor.polygon == nil) else {
          throw fail(index, "corridor '\(corridor.name)' needs exactly one of box and polygon")
        }
        if let box = corridor.box {
          try checkPosition(index, "corridor '\(corridor.name)' box", latitude: box.minLatitude, longitude: box.minLongitude)
          try checkPosition(index, "corridor '\(corridor.name)' box", latitude: box.maxLatitude, longitude: box.maxLongitude)
          guard box.minLatitude <= box.maxLatitude, box.minLongitude <= box.maxLongitude else {
            throw fail(index, "corridor '\(corridor.name)' box: minLatitude and minLongitude must not exceed maxLatitude and maxLongitude")
          }
          polygon = [
            GeoPoint(latitude: box.minLatitude, longitude: box.minLongitude), GeoPoint(latitude: box.minLatitude, longitude: box.maxLongitude),
            GeoPoint(latitude: box.maxLatitude, longitude: box.maxLongitude), GeoPoint(latitude: box.maxLatitude, longitude: box.minLongitude),
          ]
        } else if let vertices = corridor.polygon, vertices.count >= 3, vertices.allSatisfy({ $0.count == 2 }) {
          polygon = vertices.map { GeoPoint(latitude: $0[1], longitude: $0[0]) }
          for (number, vertex) in polygon.enumerated() {
            try checkPosition(
              index, "corridor '\(corridor.name)' polygon vertex \(number)", latitude: vertex.latitude, longitude: vertex.longitude)
          }
          if let crossing = Geo.firstSelfCrossing(polygon) {
            throw fail(index, "corridor '\(corridor.name)' polygon crosses itself (edges \(crossing.0) and \(crossing.1))")
          }
        } else {
          throw fail(index, "corridor '\(corridor.name)' needs a box or a polygon of at least 3 [longitude, latitude] vertices")
        }
        func crosses(_ points: [GeoPoint]) -> Bool {
          zip(points, points.dropFirst()).contains { Geo.segment($0, $1, meets: polygon) }
            || (points.count == 1 && Geo.contains(polygon, points[0]))
        }
        for cable in dataset.cables.indices where dependency.includes(cable: cable) {
          let segments = dependency.segmentNodes[cable]
          if !segments.isEmpty, segments.allSatisfy({ node in
            let segment = dataset.cableSegments[dependency.rows[node]]
            return !segment.route.isEmpty || segment.lengthKilometres == 0
          }) {
            // A cable in segments with their routes: the segments the corridor crosses.
            for node in segments where crosses(dataset.cableSegments[dependency.rows[node]].route) { select(node, p) }
            continue
          }
          // Whole cables, and segments without routes: the whole cable.
          let passes = dataset.cables[cable].routeSegmentIndices.contains { crosses(dataset.cableRouteSegments[$0].points) }
          if passes { for node in dependency.nodes(ofCable: cable) { select(node, p) } }
        }
      }
      if let storm = spec.solarStorm {
        guard storm.repeaterSpacingKm > 0, !storm.bands.isEmpty,
          storm.bands.allSatisfy({ (0 ... 1).contains($0.repeaterFailureProbability) })
        else { throw fail(index, "solarStorm needs repeaterSpacingKm > 0 and bands with probabilities in [0, 1]") }
        let bands = storm.bands.sorted { $0.minGeomagneticLatitude > $1.minGeomagneticLatitude }
        for cable in dataset.cables.indices where dependency.includes(cable: cable) {
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
      if let radius = spec.radius {
        try checkPosition(index, "radius", latitude: radius.latitude, longitude: radius.longitude)
        guard radius.kilometres.isFinite, radius.kilometres > 0 else {
          throw fail(index, "radius: kilometres must be a number > 0, found \(radius.kilometres)")
        }
        guard !radius.kinds.isEmpty else { throw fail(index, "radius: kinds is empty: name at least one kind of element") }
        let centre = GeoPoint(latitude: radius.latitude, longitude: radius.longitude)
        func near(_ point: GeoPoint) -> Bool { Geo.distanceKm(centre, point) <= radius.kilometres }
        for node in 0 ..< dependency.nodeCount
        where radius.kinds.contains(dependency.kinds[node])
          || (dependency.kinds[node] == .cableSegment && radius.kinds.contains(.cable))
        {
          let row = dependency.rows[node]
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
    return ScenarioFailures(
      name: name, nodes: probability.keys.sorted().map { ($0, probability[$0] ?? 0) },
      grids: grids.keys.sorted().map { ($0, grids[$0] ?? 0) })
  }

  private static func suggestion(_ id: String, _ candidates: [String]) -> String {
    id.closestMatch(in: candidates).map { "; did you mean '\($0)'?" } ?? ""
  }
}
