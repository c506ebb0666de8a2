// Exports of the dependency graph (Graphviz DOT; GraphML in GraphExport+GraphML)
// and of the map layers (GeoJSON).
import Foundation
import NetRisk
import NetRiskData
import NetRiskGraph

public enum GraphExport {
  /// The nodes within `depth` hops of `country` in the dependency graph, or
  /// every node when `country` is nil.
  static func neighbourhood(_ dependency: DependencyGraph, country: RowIndex<Country>?, depth: Int) -> [Int] {
    guard let country else { return Array(0 ..< dependency.nodeCount) }
    let distance = dependency.graph.hopDistances(from: [dependency.countryNode[country]])
    return (0 ..< dependency.nodeCount).filter { distance[$0] >= 0 && distance[$0] <= depth }
  }

  static let shapes: [NodeKind: String] = [
    .country: "box", .landingPoint: "box", .cable: "ellipse", .cableSegment: "ellipse", .borderLink: "diamond", .internetExchange: "hexagon",
    .facility: "house", .rootInstance: "triangle", .grid: "octagon", .coreLink: "point", .core: "doublecircle",
  ]

  /// The part of the graph an export draws: the neighbourhood, plus what its
  /// nodes require (their grids and facilities), in node order; and the
  /// single points of failure among them (of that country, or of any
  /// country; matched by node, so two elements of the same name stay apart).
  /// `report` must come from `dependency` (its elements are its node ids).
  static func selection(
    dependency: DependencyGraph, dataset: Dataset, report: ExposureReport, country: RowIndex<Country>?, depth: Int
  ) -> (nodes: [Int], included: Set<Int>, spofs: Set<Int>) {
    var included = Set(neighbourhood(dependency, country: country, depth: depth))
    for requirement in dependency.requirements where included.contains(requirement.dependent) {
      included.formUnion(requirement.supports)
    }
    let code = country.map { dataset.countries[$0].code }
    let spofs = Set(report.countries.filter { code == nil || $0.code == code }
      .flatMap { $0.singlePointsOfFailure.map(\.element.node) })
    return (included.sorted(), included, spofs)
  }

  /// Graphviz DOT of the dependency graph (or the part around one country):
  /// nodes by their stable ids (`DependencyGraph.stableID(of:in:)`), node
  /// kinds as shapes (countries bold boxes, landing points rounded boxes),
  /// single points of failure filled red, grids'
  /// requires-relations as dashed edges; a legend of the kinds drawn, and,
  /// around a country, a caption saying how many nodes lie beyond the cut.
  public static func dot(
    dependency: DependencyGraph, dataset: Dataset, report: ExposureReport, country: RowIndex<Country>?, depth: Int
  ) -> String {
    let (nodes, included, spofNodes) = selection(dependency: dependency, dataset: dataset, report: report, country: country, depth: depth)
    func quoted(_ text: String) -> String {
      "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
    func id(_ node: Int) -> String { quoted(dependency.stableID(of: node, in: dataset)) }
    func look(_ kind: NodeKind, label: String, spof: Bool = false) -> [String] {
      let style = (kind == .landingPoint ? ["rounded"] : kind == .country ? ["bold"] : []) + (spof ? ["filled"] : [])
      return ["label=\(quoted(label))", "shape=\(shapes[kind] ?? "ellipse")"]
        + (style.isEmpty ? [] : ["style=\"\(style.joined(separator: ","))\""])
        + (spof ? ["fillcolor=\"#f03b20\"", "penwidth=2"] : [])
    }
    var lines = ["graph netrisk {", "  graph [overlap=false, splines=true, fontname=\"Helvetica\"];", "  node [fontname=\"Helvetica\", fontsize=9];"]
    if let country {
      let beyond = dependency.nodeCount - included.count
      let caption = "\(dataset.countries[country].name) (\(dataset.countries[country].code)): nodes within \(depth) hops and what they require, "
        + "\(included.count) of \(dependency.nodeCount); \(beyond) beyond the cut are not drawn (--depth N draws more)"
      lines.append("  graph [label=\(quoted(caption)), labelloc=b, fontsize=10];")
    }
    for node in nodes {
      let attributes = look(dependency.kinds[node], label: dependency.name(of: node, in: dataset), spof: spofNodes.contains(node))
      lines.append("  \(id(node)) [\(attributes.joined(separator: ", "))];")
    }
    let ends = dependency.graph.edgeEndpoints()
    for edge in 0 ..< dependency.graph.edgeCount {
      let (u, v) = ends[edge]
      if included.contains(u) && included.contains(v) { lines.append("  \(id(u)) -- \(id(v));") }
    }
    for requirement in dependency.requirements where included.contains(requirement.dependent) {
      for support in requirement.supports where included.contains(support) {
        lines.append("  \(id(requirement.dependent)) -- \(id(support)) [style=dashed, color=\"#888888\"];")
      }
    }
    // The legend: one sample per kind drawn, a single point of failure, the two edge styles.
    let kinds = Set(nodes.map { dependency.kinds[$0] })
    lines += ["  subgraph cluster_legend {", "    label=\"Legend\"; fontsize=10; color=\"#bbbbbb\";"]
    for kind in NodeKind.allCases where kinds.contains(kind) {
      lines.append("    \(quoted("legend:" + kind.rawValue)) [\(look(kind, label: kind.rawValue).joined(separator: ", "))];")
    }
    lines += [
      "    \"legend:spof\" [\(look(.cable, label: "single point of failure", spof: true).joined(separator: ", "))];",
      "    \"legend:a\" [label=\"\", shape=point];", "    \"legend:b\" [label=\"\", shape=point];",
      "    \"legend:c\" [label=\"\", shape=point];",
      "    \"legend:a\" -- \"legend:b\" [label=\"carries traffic\", fontsize=8];",
      "    \"legend:b\" -- \"legend:c\" [label=\"requires (power, facility)\", fontsize=8, style=dashed, color=\"#888888\"];",
      "  }",
    ]
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// GeoJSON (RFC 7946) FeatureCollection: landing points as Points, cables
  /// as MultiLineStrings of their routes, countries as MultiPolygons of their
  /// outlines (Points at their centroids where the dataset has no outline),
  /// with the countries' scores as properties. With a country: its landing points and cables and
  /// the countries at their far ends.
  /// With `provenance`, the collection carries it as foreign members.
  public static func geoJSON(dataset: Dataset, report: ExposureReport, country code: String?, provenance: Provenance? = nil) -> String {
    let scored = Dictionary(uniqueKeysWithValues: report.countries.map { ($0.code, $0) })
    let excluded = Set(report.excludedCables.map(\.id))
    var cables = Set(dataset.cables.rowIndices)
    var countries = Set(dataset.countries.rowIndices)
    if let code, let index = dataset.countryIndex(code) {
      cables = Set(dataset.countries[index].landingPointIndices.flatMap { dataset.landingPoints[$0].cableIndices })
      countries = Set(cables.flatMap { dataset.cables[$0].landingPointIndices.map { dataset.landingPoints[$0].countryIndex } }).union([index])
    }
    func position(_ location: GeoPoint) -> JSONValue { .array([.number(location.longitude), .number(location.latitude)]) }
    func point(_ location: GeoPoint) -> JSONValue { .object(["type": .string("Point"), "coordinates": position(location)]) }
    var features: [JSONValue] = []
    for cable in cables.sorted() {
      let record = dataset.cables[cable]
      let lines = record.routeSegmentIndices.map { JSONValue.array(dataset.cableRouteSegments[$0].points.map(position)) }
      guard !lines.isEmpty else { continue }
      features.append(.object([
        "type": .string("Feature"), "geometry": .object(["type": .string("MultiLineString"), "coordinates": .array(lines)]),
        "properties": .object([
          "kind": .string("cable"), "id": .string(record.id), "name": .string(record.name),
          "readyForService": record.readyForServiceYear.map { .integer($0) } ?? .null,
          "planned": .bool(record.isPlanned), "inModel": .bool(!excluded.contains(record.id)),
        ]),
      ]))
    }
    let points = Set(cables.flatMap { dataset.cables[$0].landingPointIndices })
    for index in points.sorted() {
      let record = dataset.landingPoints[index]
      features.append(.object([
        "type": .string("Feature"), "geometry": point(record.location),
        "properties": .object([
          "kind": .string("landingPoint"), "id": .string(record.id), "name": .string(record.name),
          "country": .string(dataset.countries[record.countryIndex].code), "platform": .bool(record.kind == .platform),
        ]),
      ]))
    }
    for index in countries.sorted() {
      let record = dataset.countries[index]
      // Its outline where the dataset has one (a choropleth needs no join),
      // else a point at its centroid; neither: left out.
      let geometry: JSONValue
      if let rings = dataset.countryOutlines[index] {
        let polygons = OutlinePolygons.polygons(rings).map { polygon in JSONValue.array(polygon.map { .array($0.map(position)) }) }
        geometry = .object(["type": .string("MultiPolygon"), "coordinates": .array(polygons)])
      } else if let centroid = record.centroid {
        geometry = point(centroid)
      } else {
        continue
      }
      var properties: [String: JSONValue] = ["kind": .string("country"), "code": .string(record.code), "name": .string(record.name)]
      if let exposure = scored[record.code] {
        properties["score"] = .number(exposure.score)
        properties["rank"] = .integer(exposure.rank)
        properties["k"] = .integer(exposure.independentFailuresToIsolate)
        properties["singlePointsOfFailure"] = .integer(exposure.singlePointsOfFailure.count)
        if let risk = exposure.risk {
          properties["isolationProbability"] = .number(risk.isolationProbability)
          properties["expectedCapacityLoss"] = .number(risk.expectedCapacityLoss)
          properties["expectedTrafficDrop"] = .number(risk.expectedTrafficDrop)
        }
      }
      features.append(.object(["type": .string("Feature"), "geometry": geometry, "properties": .object(properties)]))
    }
    // Provenance as foreign members of the collection (RFC 7946, section 6.1).
    return JSONValue.object((provenance?.members(output: "geojson") ?? [:]).merging(
      ["type": .string("FeatureCollection"), "features": .array(features)]) { $1 }).canonicalText
  }
}
