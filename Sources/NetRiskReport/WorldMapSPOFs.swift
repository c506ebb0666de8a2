// The single points of failure of the card countries, drawn on the map.
import Foundation
import NetRisk
import NetRiskData

enum WorldMapSPOFs {
  /// The single points of failure of the countries `codes` in red: landing
  /// points as rings, cables and cable segments along their drawn routes
  /// (dashed), each with its name and whom it cuts off as hover text.
  /// Elements with no place on a map (grids, border crossings, IXPs,
  /// facilities, root instances) are listed on the cards only. `scale`
  /// divides line widths and radii: 1 on the world map, the zoom in a panel.
  /// Elements are found by their stable ids (`landing:…`, `cable:…`,
  /// `segment:<cable>/<n>`), each drawn once.
  /// - Complexity: O(SPOFs × route points).
  static func render(codes: Set<String>, report: ExposureReport, dataset: Dataset, scale: Double) -> String {
    var items: [(id: String, title: String)] = []
    for country in report.countries where codes.contains(country.code) {
      for failure in country.singlePointsOfFailure {
        items.append((failure.element.id, "single point of failure: \(failure.sentence(countryNames: report.countryNames))"))
      }
    }
    return draw(items, dataset: dataset, scale: scale, class: "spofs")
  }

  /// Elements by stable id, in red, each once (the first title wins):
  /// landing points as rings, cables and segments along their routes
  /// (a segment with no drawn route: its cable's), dashed; ids of other
  /// kinds are skipped. Empty when nothing can be drawn.
  static func draw(_ items: [(id: String, title: String)], dataset: Dataset, scale: Double, class name: String) -> String {
    var drawn = Set<String>(), rings = "", routes = ""
    for item in items where drawn.insert(item.id).inserted {
      let title = tag("title", [:], item.title.xmlEscaped)
      let (prefix, rest) = split(item.id)
      switch prefix {
      case "landing":
        guard let point = dataset.landingPointIndex(rest).map({ dataset.landingPoints[$0].location }) else { continue }
        rings += tag("circle", ["cx": coordinate(WorldMapSVG.x(point.longitude)), "cy": coordinate(WorldMapSVG.y(point.latitude)),
          "r": coordinate(4 / scale)], title)
      case "cable":
        guard let cable = dataset.cableIndex(rest) else { continue }
        routes += tag("g", [:], title + dataset.cables[cable].routeSegmentIndices.map { WorldMapSVG.polylines(dataset.cableRouteSegments[$0].points) }.joined())
      case "segment":
        let (cableID, number) = (String(rest.prefix { $0 != "/" }), Int(rest.drop { $0 != "/" }.dropFirst()))
        guard let cable = dataset.cableIndex(cableID),
          let segment = dataset.cables[cable].segmentIndices.map({ dataset.cableSegments[$0] }).first(where: { $0.number == number })
        else { continue }
        let points = segment.route.isEmpty
          ? dataset.cables[cable].routeSegmentIndices.flatMap { dataset.cableRouteSegments[$0].points } : segment.route
        routes += tag("g", [:], title + WorldMapSVG.polylines(points))
      default:
        continue
      }
    }
    guard !rings.isEmpty || !routes.isEmpty else { return "" }
    return tag("g", ["class": name, "fill": "none", "stroke": "#d00000"],
      tag("g", ["stroke-width": coordinate(2.2 / scale), "stroke-dasharray": "\(coordinate(4 / scale)),\(coordinate(2 / scale))"], routes)
        + tag("g", ["stroke-width": coordinate(1.6 / scale)], rings))
  }

  /// "landing:nukualofa-tonga" as ("landing", "nukualofa-tonga").
  static func split(_ id: String) -> (prefix: String, rest: String) {
    guard let colon = id.firstIndex(of: ":") else { return (id, "") }
    return (String(id[..<colon]), String(id[id.index(after: colon)...]))
  }
}
