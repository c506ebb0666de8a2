// A scenario on the map: who loses how much traffic, and what failed.
import Foundation
import NetRisk
import NetRiskData

enum ScenarioMap {
  /// Classes of the expected traffic drop, from their lower limit: the
  /// scenario's map colours each affected country by the first it reaches.
  static let classes: [(from: Double, label: String)] = [
    (0, "under 5 %"), (0.05, "5–25 %"), (0.25, "25–50 %"), (0.5, "50–75 %"), (0.75, "75 % or more"),
  ]

  static func color(drop: Double) -> String {
    ScoreColors.scale[classes.lastIndex { drop >= $0.from } ?? 0]
  }

  /// The world map of one scenario: countries it affects coloured by their
  /// expected traffic drop (fixed classes, so that scenarios compare), the
  /// others grey, small affected states as points, and the failed elements
  /// that touch an affected country in red (dashed cables, ringed landing
  /// points), with a legend. `number` keeps ids unique on the page.
  static func render(_ report: ScenarioReport, dataset: Dataset, number: Int) -> String {
    let drops = Dictionary(report.affected.map { ($0.code, $0.expectedTrafficDrop) }, uniquingKeysWith: { first, _ in first })
    let id = "scenario-map-\(number)"
    var body = tag("title", ["id": id], "\(report.scenario): expected traffic drop by country, and the failed elements".xmlEscaped)
    body += tag("rect", ["x": "0", "y": "0", "width": "1000", "height": "500", "fill": "#eef3f8"])
    var land = ""
    for index in dataset.countryOutlines.keys.sorted() {
      guard let rings = dataset.countryOutlines[index] else { continue }
      let country = dataset.countries[index]
      let label = drops[country.code].map { "\(country.name): expected traffic drop \((100 * $0).decimals(1)) %" } ?? "\(country.name): not affected"
      land += tag("path", ["d": WorldMapSVG.path(rings), "fill": drops[country.code].map(color) ?? "#e6e6e6"], tag("title", [:], label.xmlEscaped))
    }
    body += tag("g", ["stroke": "#888888", "stroke-width": "0.3", "fill-rule": "evenodd"], land)
    var points = ""
    for impact in report.affected {
      guard let index = dataset.countryIndex(impact.code), dataset.countryOutlines[index] == nil,
        let centroid = dataset.countries[index].centroid
      else { continue }
      points += tag("circle", [
        "cx": coordinate(WorldMapSVG.x(centroid.longitude)), "cy": coordinate(WorldMapSVG.y(centroid.latitude)),
        "r": coordinate(WorldMapSVG.pointRadius(population: dataset.countries[index].population)), "fill": color(drop: impact.expectedTrafficDrop),
      ], tag("title", [:], "\(impact.name): expected traffic drop \((100 * impact.expectedTrafficDrop).decimals(1)) %".xmlEscaped))
    }
    body += tag("g", ["stroke": "#333333", "stroke-width": "0.4"], points)
    let failed = report.affected.flatMap { impact in impact.causes.map { (id: $0.id, title: "failed: \($0.name)") } }
    body += WorldMapSPOFs.draw(failed, dataset: dataset, scale: 1, class: "failed")
    var legend = tag("rect", ["x": "10", "y": "381", "width": "200", "height": "112", "fill": "#ffffff", "fill-opacity": "0.85", "stroke": "#999999", "stroke-width": "0.5"])
    legend += tag("text", ["x": "18", "y": "396"], "Expected traffic drop")
    legend += tag("line", ["x1": "120", "y1": "392", "x2": "140", "y2": "392", "stroke": "#d00000", "stroke-width": "2.2", "stroke-dasharray": "4,2"])
    legend += tag("text", ["x": "144", "y": "396"], "failed")
    for (row, entry) in classes.enumerated() {
      let top = 404.0 + Double(row) * 14
      legend += tag("rect", ["x": "18", "y": coordinate(top), "width": "12", "height": "10", "fill": ScoreColors.scale[row], "stroke": "#333333", "stroke-width": "0.4"])
      legend += tag("text", ["x": "36", "y": coordinate(top + 9)], entry.label)
    }
    legend += tag("rect", ["x": "18", "y": "474", "width": "12", "height": "10", "fill": "#e6e6e6", "stroke": "#333333", "stroke-width": "0.4"])
    legend += tag("text", ["x": "36", "y": "483"], "not affected")
    body += tag("g", ["font-size": "10", "font-family": "sans-serif"], legend)
    return tag("svg", [
      "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 1000 500", "class": "map scenario-map", "role": "img", "aria-labelledby": id,
    ], body)
  }
}
