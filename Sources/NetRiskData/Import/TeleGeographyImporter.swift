// Cables, landing points, landings and routes from the TeleGeography API v3 dump.
import Foundation

/// Builds `landing_points.csv`, `cables.csv`, `cable_landings.csv` and
/// `cable_routes.csv` from `telegeography-submarine-cables/`.
///
/// - A landing point's country is the override in `landing-point-overrides.csv`
///   when there is one (territories TeleGeography files under their
///   sovereign), else its English country name mapped to a code. A landing
///   point with no mappable country or no coordinates is skipped, and so are
///   the landings on it.
/// - Landing points listed in `platforms.csv` are kept with `kind=platform`.
/// - Every cable is kept. `planned` is true when the source says `is_planned`
///   or the ready-for-service year is after the snapshot year.
/// - Routes: each `MultiLineString` line of `cable-geo.json`, split where it
///   would cross the antimeridian, simplified with Douglas–Peucker at
///   `routeTolerance` degrees and written with `routeDecimals` decimals.
enum TeleGeographyImporter {
  static let source = "telegeography"
  static let folder = "telegeography-submarine-cables"
  /// Douglas–Peucker tolerance in degrees (about 5.5 km): small enough to
  /// keep which strait or sea corridor a route takes.
  static let routeTolerance = 0.05
  static let routeDecimals = 4

  struct Output {
    var landingPoints = OutputTable(.landingPoints)
    var cables = OutputTable(.cables)
    var cableLandings = OutputTable(.cableLandings)
    var cableRoutes = OutputTable(.cableRoutes)
    var branchingUnits = OutputTable(.branchingUnits)
    var cableSegments = OutputTable(.cableSegments)
  }

  // MARK: - Raw JSON

  private struct RawCable: Decodable {
    var id: String?
    var name: String?
    var length: String?
    var landingPoints: [RawLanding]?
    var owners: String?
    var rfsYear: Int?
    var isPlanned: Bool?
    var url: String?

    enum CodingKeys: String, CodingKey {
      case id, name, length, owners, url
      case landingPoints = "landing_points"
      case rfsYear = "rfs_year"
      case isPlanned = "is_planned"
    }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      id = try? container.decodeIfPresent(String.self, forKey: .id)
      name = try? container.decodeIfPresent(String.self, forKey: .name)
      length = try? container.decodeIfPresent(String.self, forKey: .length)
      landingPoints = try? container.decodeIfPresent([RawLanding].self, forKey: .landingPoints)
      owners = try? container.decodeIfPresent(String.self, forKey: .owners)
      url = try? container.decodeIfPresent(String.self, forKey: .url)
      isPlanned = try? container.decodeIfPresent(Bool.self, forKey: .isPlanned)
      // rfs_year is a number, null, or in some copies a string.
      if let year = try? container.decodeIfPresent(Int.self, forKey: .rfsYear) {
        rfsYear = year
      } else if let text = try? container.decodeIfPresent(String.self, forKey: .rfsYear) {
        rfsYear = Int(text.trimmingCharacters(in: .whitespaces))
      }
    }
  }

  private struct RawLanding: Decodable {
    var id: String
    var name: String?
    var country: String?
    var isToBeDetermined: Bool?

    enum CodingKeys: String, CodingKey {
      case id, name, country
      case isToBeDetermined = "is_tbd"
    }
  }

  private struct RawLandingPoint: Decodable {
    var id: String
    var name: String?
    var country: String?
  }

  private struct PointCollection: Decodable {
    struct Feature: Decodable {
      struct Properties: Decodable { var id: String }
      struct Geometry: Decodable { var coordinates: [Double] }
      var properties: Properties
      var geometry: Geometry?
    }
    var features: [Feature]
  }

  private struct LineCollection: Decodable {
    struct Feature: Decodable {
      struct Properties: Decodable {
        var id: String
        var featureID: String?
        enum CodingKeys: String, CodingKey {
          case id
          case featureID = "feature_id"
        }
      }
      struct Geometry: Decodable { var coordinates: [[[Double]]] }
      var properties: Properties
      var geometry: Geometry?
    }
    var features: [Feature]
  }

  // MARK: - Import

  static func run(
    raw: RawDirectory, catalog: CountryCatalog, mappings: MappingTables, snapshotYear: Int,
    report: inout ImportReport
  ) throws(ImportError) -> Output {
    // Landing points: per-point files for names and countries, the GeoJSON for positions.
    let positions = try landingPointPositions(raw)
    var unreadablePoints: [String] = []
    var pointRecords: [String: RawLandingPoint] = [:]
    let pointFiles = try raw.entries(folder + "/landing-point")
      .filter { $0.hasSuffix(".json") && $0 != "landing-point-geo.json" }
    for file in pointFiles {
      let path = folder + "/landing-point/" + file
      guard let point = try? raw.json(RawLandingPoint.self, path) else {
        unreadablePoints.append(path)
        continue
      }
      pointRecords[point.id] = point
    }
    report.rawCounts["telegeography.landing_point_files"] = pointFiles.count
    report.note(.skipped, source, "landing_points", "file not readable as the expected JSON", items: unreadablePoints)

    let cableFiles = try raw.entries(folder + "/cable").filter { $0.hasSuffix(".json") && $0 != "cable-geo.json" }
    var rawCables: [(id: String, cable: RawCable)] = []
    var unreadableCables: [String] = []
    for file in cableFiles {
      let path = folder + "/cable/" + file
      guard let cable = try? raw.json(RawCable.self, path) else {
        unreadableCables.append(path)
        continue
      }
      rawCables.append((cable.id ?? String(file.dropLast(5)), cable))
    }
    report.note(.skipped, source, "cables", "file not readable as the expected JSON", items: unreadableCables)
    report.rawCounts["telegeography.cable_files"] = cableFiles.count
    report.rawCounts["telegeography.cables_planned_in_dump"] = rawCables.count { $0.cable.isPlanned == true }
    report.rawCounts["telegeography.cables_active_in_dump"] = rawCables.count { $0.cable.isPlanned != true }

    // Landing points named only in cable files still count, if they have a position.
    var onlyInCables: Set<String> = []
    for (_, cable) in rawCables {
      for landing in cable.landingPoints ?? [] where pointRecords[landing.id] == nil {
        pointRecords[landing.id] = RawLandingPoint(id: landing.id, name: landing.name, country: landing.country)
        onlyInCables.insert(landing.id)
      }
    }
    report.rawCounts["telegeography.landing_points_only_in_cable_files"] = onlyInCables.count
    report.note(.flagged, source, "landing_points", "named only in a cable file, with no landing-point file",
                items: onlyInCables.sorted())

    var output = Output()
    var keptPoints: Set<String> = []
    var unmapped: [String: Int] = [:]
    var skippedNoCountry: [String] = []
    var skippedNoPosition: [String] = []
    var overridden: [String] = []
    var platforms: [String] = []
    for id in pointRecords.keys.sorted() {
      guard let point = pointRecords[id] else { continue }
      guard let position = positions[id] else {
        skippedNoPosition.append(id)
        continue
      }
      let code: String
      if let override = mappings.landingPointOverrides[id], catalog.contains(override.code) {
        code = override.code
        overridden.append("\(id) → \(override.code)")
      } else {
        let name = point.country ?? ""
        switch catalog.resolve(name: name, source: source) {
        case .country(let resolved):
          code = resolved
        case .notACountry, .unknown:
          unmapped[name, default: 0] += 1
          skippedNoCountry.append("\(id) ('\(name)')")
          continue
        }
      }
      let isPlatform = mappings.platforms[id] != nil
      if isPlatform { platforms.append(id) }
      keptPoints.insert(id)
      output.landingPoints.append([
        id, point.name ?? id, code, position.latitude.fixed(6), position.longitude.fixed(6),
        isPlatform ? LandingPoint.Kind.platform.rawValue : LandingPoint.Kind.shore.rawValue,
      ])
    }
    report.note(.unmapped, source, "country_names", "TeleGeography country name with no code (add it to country-name-aliases.csv)",
                items: unmapped.keys.sorted().map { "'\($0)' (\(unmapped[$0] ?? 0) landing points)" })
    report.note(.skipped, source, "landing_points", "no country code for the landing point's country name",
                items: skippedNoCountry)
    report.note(.skipped, source, "landing_points", "no coordinates in landing-point-geo.json", items: skippedNoPosition)
    report.note(.flagged, source, "landing_points", "country set by landing-point-overrides.csv (territory filed under its sovereign)",
                items: overridden)
    report.note(.flagged, source, "landing_points", "offshore oil or gas platform (kind=platform, from platforms.csv)",
                items: platforms)
    report.note(.warning, source, "landing_points", "landing-point-overrides.csv row matches no landing point or names an unknown code",
                items: mappings.landingPointOverrides.keys.filter { !keptPoints.contains($0) }.sorted())
    report.note(.warning, source, "landing_points", "platforms.csv row matches no landing point",
                items: mappings.platforms.keys.filter { pointRecords[$0] == nil }.sorted())

    // Cables and their landings.
    var plannedBySource: [String] = []
    var plannedByYear: [String] = []
    var noYear: [String] = []
    var noLength: [String] = []
    var badLength: [String] = []
    var fewLandings: [String] = []
    var droppedLandings: [String] = []
    var toBeDetermined: [String] = []
    var duplicateIDs: [String] = []
    var cableIDs: Set<String> = []
    for (id, cable) in rawCables.sorted(by: { $0.id < $1.id }) {
      guard cableIDs.insert(id).inserted else {
        duplicateIDs.append(id)
        continue
      }
      var length = ""
      if let text = cable.length, !text.isEmpty {
        if let kilometres = parseLength(text) { length = kilometres.fixed(kilometres.rounded() == kilometres ? 0 : 1) } else {
          badLength.append("\(id) ('\(text)')")
        }
      } else {
        noLength.append(id)
      }
      let isPlanned = cable.isPlanned == true
      let isFuture = !isPlanned && (cable.rfsYear ?? 0) > snapshotYear
      if isPlanned { plannedBySource.append(id) }
      if isFuture { plannedByYear.append("\(id) (\(cable.rfsYear ?? 0))") }
      if cable.rfsYear == nil { noYear.append(id) }
      output.cables.append([
        id, cable.name ?? id, length, cable.rfsYear.map(String.init) ?? "", isPlanned || isFuture ? "true" : "false",
        cable.owners ?? "", "", cable.url ?? "",
      ])
      var landed: Set<String> = []
      for landing in (cable.landingPoints ?? []).sorted(by: { $0.id < $1.id }) {
        guard keptPoints.contains(landing.id) else {
          droppedLandings.append("\(id) at \(landing.id)")
          continue
        }
        guard landed.insert(landing.id).inserted else { continue }
        if landing.isToBeDetermined == true { toBeDetermined.append("\(id) at \(landing.id)") }
        output.cableLandings.append([id, landing.id, landing.isToBeDetermined == true ? "true" : "false"])
      }
      if landed.count < 2 { fewLandings.append("\(id) (\(landed.count))") }
    }
    report.note(.skipped, source, "cables", "duplicate cable id", items: duplicateIDs)
    report.note(.flagged, source, "cables", "planned (is_planned in the source; kept with planned=true)",
                items: plannedBySource)
    report.note(.flagged, source, "cables", "ready-for-service year after the snapshot year \(snapshotYear) (kept with planned=true)",
                items: plannedByYear)
    report.note(.flagged, source, "cables", "no ready-for-service year (kept, rfs_year blank, active unless planned)",
                items: noYear)
    report.note(.flagged, source, "cables", "no length in the source (length_km blank)", count: noLength.count)
    report.note(.flagged, source, "cables", "length is not a number of km (length_km blank)", items: badLength)
    report.note(.flagged, source, "cables", "fewer than two landing points", items: fewLandings)
    report.note(.skipped, source, "cable_landings", "landing point was skipped", items: droppedLandings)
    report.note(.flagged, source, "cable_landings", "landing marked to be determined (tbd=true)", items: toBeDetermined)

    let lines = try routes(raw, cableIDs: cableIDs, into: &output.cableRoutes, report: &report)
    var landingsOf: [String: [(id: String, position: GeoPoint)]] = [:]
    for row in output.cableLandings.rows {
      if let position = positions[row[1]] { landingsOf[row[0], default: []].append((row[1], position)) }
    }
    let active = Set(output.cables.rows.filter { $0[4] == "false" }.map { $0[0] })
    segments(lines: lines, landings: landingsOf, active: active, into: &output, report: &report)
    return output
  }

  /// Landing point id → position, from `landing-point-geo.json`.
  private static func landingPointPositions(_ raw: RawDirectory) throws(ImportError) -> [String: GeoPoint] {
    let collection = try raw.json(PointCollection.self, folder + "/landing-point/landing-point-geo.json")
    var positions: [String: GeoPoint] = [:]
    for feature in collection.features {
      guard let coordinates = feature.geometry?.coordinates, coordinates.count >= 2,
        (-180...180).contains(coordinates[0]), (-90...90).contains(coordinates[1])
      else { continue }
      positions[feature.properties.id] = GeoPoint(latitude: coordinates[1], longitude: coordinates[0])
    }
    return positions
  }

  /// "15,000 km" → 15000; nil when it is not a number of kilometres.
  static func parseLength(_ text: String) -> Double? {
    var digits = text.trimmingCharacters(in: .whitespaces)
    if digits.lowercased().hasSuffix("km") { digits = String(digits.dropLast(2)) }
    digits = digits.replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces)
    guard let value = Double(digits), value.isFinite, value >= 0 else { return nil }
    return value
  }

  /// Writes `cable_routes.csv` and returns each cable's route lines, split at
  /// the antimeridian but not simplified, in file order.
  private static func routes(
    _ raw: RawDirectory, cableIDs: Set<String>, into table: inout OutputTable, report: inout ImportReport
  ) throws(ImportError) -> [String: [[GeoPoint]]] {
    let collection = try raw.json(LineCollection.self, folder + "/cable/cable-geo.json")
    report.rawCounts["telegeography.route_features"] = collection.features.count
    var lines: [String: [(feature: String, order: Int, points: [GeoPoint])]] = [:]
    var unknownCables: Set<String> = []
    var rawPoints = 0
    for feature in collection.features {
      let id = feature.properties.id
      guard cableIDs.contains(id) else {
        unknownCables.insert(id)
        continue
      }
      for (order, line) in (feature.geometry?.coordinates ?? []).enumerated() {
        let points = line.compactMap { pair -> GeoPoint? in
          guard pair.count >= 2, (-180...180).contains(pair[0]), (-90...90).contains(pair[1]) else { return nil }
          return GeoPoint(latitude: pair[1], longitude: pair[0])
        }
        rawPoints += points.count
        lines[id, default: []].append((feature.properties.featureID ?? id, order, points))
      }
    }
    report.rawCounts["telegeography.route_points"] = rawPoints
    report.note(.skipped, source, "cable_routes", "route of a cable id with no cable file", items: unknownCables.sorted())

    var tooShort: [String] = []
    var withoutRoute: [String] = []
    var keptPoints = 0
    var pieces: [String: [[GeoPoint]]] = [:]
    for id in cableIDs.sorted() {
      guard let cableLines = lines[id] else {
        withoutRoute.append(id)
        continue
      }
      var segment = 0
      for line in cableLines.sorted(by: { ($0.feature, $0.order) < ($1.feature, $1.order) }) {
        for piece in splitAtAntimeridian(line.points) {
          pieces[id, default: []].append(piece)
          let simplified = DouglasPeucker.simplify(piece, tolerance: routeTolerance)
          var written: [String] = []
          for point in simplified {
            let text = point.longitude.fixed(routeDecimals) + " " + point.latitude.fixed(routeDecimals)
            if written.last != text { written.append(text) }
          }
          guard written.count >= 2 else {
            tooShort.append("\(id) (\(line.feature))")
            continue
          }
          keptPoints += written.count
          table.append([id, String(segment), String(written.count), written.joined(separator: ";")])
          segment += 1
        }
      }
    }
    report.note(.skipped, source, "cable_routes", "route line shorter than two distinct points", items: tooShort)
    report.note(.flagged, source, "cables", "no route geometry in cable-geo.json", items: withoutRoute)
    report.rawCounts["telegeography.route_points_written"] = keptPoints
    return pieces
  }

  /// Writes `branching_units.csv` and `cable_segments.csv`: the segment graph
  /// of every cable whose geometry resolves (`CableTopology`). The others
  /// stay whole systems and are listed in the report with the reason.
  private static func segments(
    lines: [String: [[GeoPoint]]], landings: [String: [(id: String, position: GeoPoint)]], active: Set<String>,
    into output: inout Output, report: inout ImportReport
  ) {
    var resolvedActive = 0
    var activeWithRoute = 0
    var failures: [String: [String]] = [:]
    for id in lines.keys.sorted() {
      let cableLandings = landings[id] ?? []
      guard cableLandings.count >= 2 else { continue }
      if active.contains(id) { activeWithRoute += 1 }
      switch CableTopology.infer(lines: lines[id] ?? [], landings: cableLandings) {
      case let .failure(failure):
        switch failure {
        case .noRoute: failures["no usable route line", default: []].append(id)
        case let .landingFarFromRoute(ids):
          failures["a landing point lies farther than 30 km from every route line", default: []]
            .append("\(id) (\(ids.joined(separator: ", ")))")
        case .disconnected: failures["the route's pieces do not connect all its landings", default: []].append(id)
        }
      case let .success(topology):
        if active.contains(id) { resolvedActive += 1 }
        var name: [String] = []
        var unit = 0
        for node in topology.nodes {
          switch node {
          case let .landing(ids): name.append(ids[0])
          case let .branchingUnit(point):
            unit += 1
            let unitID = "\(id)/bu\(unit)"
            name.append(unitID)
            output.branchingUnits.append([
              unitID, id, point.latitude.fixed(routeDecimals), point.longitude.fixed(routeDecimals),
            ])
          }
        }
        var rows: [[String]] = []
        for segment in topology.segments {
          rows.append([name[segment.from], name[segment.to], segment.lengthKm.fixed(1), pathText(segment.points)])
        }
        // Landing points within the join tolerance of each other share a node:
        // each further one hangs on it by a segment of length 0.
        for node in topology.nodes {
          guard case let .landing(ids) = node else { continue }
          for other in ids.dropFirst() { rows.append([ids[0], other, "0.0", ""]) }
        }
        for (number, row) in rows.enumerated() { output.cableSegments.append([id, String(number + 1)] + row) }
      }
    }
    report.rawCounts["telegeography.active_cables_with_route_and_two_landings"] = activeWithRoute
    report.rawCounts["telegeography.active_cables_with_segments"] = resolvedActive
    for reason in failures.keys.sorted() {
      report.note(.flagged, source, "cable_segments", "kept as one whole system: " + reason, items: failures[reason] ?? [])
    }
  }

  /// A route as `cable_routes.csv` writes it ("lon lat;lon lat;..."),
  /// simplified the same way; empty when fewer than two distinct points remain.
  static func pathText(_ points: [GeoPoint]) -> String {
    var written: [String] = []
    for point in DouglasPeucker.simplify(points, tolerance: routeTolerance) {
      let text = point.longitude.fixed(routeDecimals) + " " + point.latitude.fixed(routeDecimals)
      if written.last != text { written.append(text) }
    }
    return written.count >= 2 ? written.joined(separator: ";") : ""
  }

  /// Splits a line where a step would cross the antimeridian (|Δlon| > 180),
  /// ending one piece at ±180 and starting the next at ∓180, at the latitude
  /// where the shorter way round crosses it.
  static func splitAtAntimeridian(_ points: [GeoPoint]) -> [[GeoPoint]] {
    guard var previous = points.first else { return [] }
    var pieces: [[GeoPoint]] = []
    var current = [previous]
    for point in points.dropFirst() {
      let step = point.longitude - previous.longitude
      if abs(step) > 180 {
        // Going east across +180 when step < 0 (e.g. 179 → -179), west when step > 0.
        let eastward = step < 0
        let edge = eastward ? 180.0 : -180.0
        let unwrapped = point.longitude + (eastward ? 360 : -360)
        let fraction = (edge - previous.longitude) / (unwrapped - previous.longitude)
        let latitude = previous.latitude + fraction * (point.latitude - previous.latitude)
        current.append(GeoPoint(latitude: latitude, longitude: edge))
        pieces.append(current)
        current = [GeoPoint(latitude: latitude, longitude: -edge)]
      }
      current.append(point)
      previous = point
    }
    pieces.append(current)
    return pieces
  }
}
