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
    let land = WorldMapSVG.land(dataset) { country in
      guard let drop = drops[country.code] else { return ("#e6e6e6", "\(country.name): not affected", nil) }
      return (color(drop: drop), "\(country.name): expected traffic drop \((100 * drop).decimals(1)) %", nil)
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
    let failedSample = tag("line", ["x1": "120", "y1": "392", "x2": "140", "y2": "392", "stroke": "#d00000", "stroke-width": "2.2", "stroke-dasharray": "4,2"])
      + tag("text", ["x": "144", "y": "396"], "failed")
    body += WorldMapSVG.legend(width: 200, lines: ["Expected traffic drop"], extra: failedSample,
      entries: zip(ScoreColors.scale, classes).map { (fill: $0, label: $1.label) } + [(fill: "#e6e6e6", label: "not affected")])
    return tag("svg", [
      "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 1000 500", "class": "map scenario-map", "role": "img", "aria-labelledby": id,
    ], body)
  }
}
