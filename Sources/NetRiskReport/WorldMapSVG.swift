// The report's world map: equirectangular SVG of country outlines coloured
// by exposure, cables and landing points, and points for the small states
// the outline layer lacks.
import Foundation
import NetRisk
import NetRiskData

enum WorldMapSVG {
  static let width = 1000.0, height = 500.0

  static func x(_ longitude: Double) -> Double { (longitude + 180) / 360 * width }
  static func y(_ latitude: Double) -> Double { (90 - latitude) / 180 * height }

  /// The map as an inline SVG element; the `highlighted` countries (codes:
  /// those with an open card) are outlined in black, with their cables in
  /// orange on top of the others, their single points of failure in red
  /// (`WorldMapSPOFs`), and zoomed on in a panel (`WorldMapInset`) when they
  /// lie close enough together.
  static func render(
    report: ExposureReport, dataset: Dataset, activeCables: Set<RowIndex<Cable>>, colors: ScoreScale, highlighted: Set<String> = []
  ) -> String {
    var body = tag("title", ["id": "map-title"], "World map: submarine cable routes, landing points, and countries coloured by exposure score")
    body += tag("rect", ["x": "0", "y": "0", "width": "1000", "height": "500", "fill": "#eef3f8"])
    var grid = ""
    for longitude in stride(from: -150.0, through: 150.0, by: 30.0) {
      grid += tag("line", ["x1": coordinate(x(longitude)), "y1": "0", "x2": coordinate(x(longitude)), "y2": "500"])
    }
    for latitude in stride(from: -60.0, through: 60.0, by: 30.0) {
      grid += tag("line", ["x1": "0", "y1": coordinate(y(latitude)), "x2": "1000", "y2": coordinate(y(latitude))])
    }
    body += tag("g", ["stroke": "#d0dae4", "stroke-width": "0.5"], grid)
    // Land: each country's outline rings as one path, filled with the
    // even-odd rule (holes such as Lesotho in South Africa stay open), in the
    // colour of its score; grey when it is not scored.
    let scored = Dictionary(report.countries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    let land = self.land(dataset) { country in
      guard let exposure = scored[country.code] else { return ("#dddddd", "\(country.name) (\(country.code)): not scored", nil) }
      return (colors.color(score: exposure.score), "\(exposure.name) (\(exposure.code)): score \(exposure.score.decimals(1)), rank \(exposure.rank)", exposure.code)
    }
    body += tag("g", ["stroke": "#666666", "stroke-width": "0.3", "fill-rule": "evenodd"], land)
    let highlightedIndices = Set(highlighted.compactMap { dataset.countryIndex($0) })
    // Cable routes.
    var cables = ""
    for segment in dataset.cableRouteSegments where activeCables.contains(segment.cableIndex) {
      cables += polylines(segment.points, title: dataset.cables[segment.cableIndex].name)
    }
    body += tag("g", ["fill": "none", "stroke": "#3a6ea5", "stroke-width": "0.6", "stroke-opacity": "0.55"], cables)
    // The highlighted countries' cables, then their outlines, on top.
    if !highlightedIndices.isEmpty {
      var theirs = ""
      for segment in dataset.cableRouteSegments where activeCables.contains(segment.cableIndex)
        && lands(segment.cableIndex, in: highlightedIndices, dataset)
      {
        theirs += polylines(segment.points)
      }
      body += tag("g", ["fill": "none", "stroke": "#e06000", "stroke-width": "1.4"], theirs)
      var outlines = ""
      for index in highlightedIndices.sorted() {
        if let rings = dataset.countryOutlines[index] {
          outlines += tag("path", ["d": path(rings)])
        } else if let centroid = dataset.countries[index].centroid {
          outlines += tag("circle", ["cx": coordinate(x(centroid.longitude)), "cy": coordinate(y(centroid.latitude)), "r": "6"])
        }
      }
      body += tag("g", ["fill": "none", "stroke": "#000000", "stroke-width": "1.5", "fill-rule": "evenodd"], outlines)
      body += WorldMapSPOFs.render(codes: highlighted, report: report, dataset: dataset, scale: 1)
    }
    var points = ""
    for point in dataset.landingPoints where point.kind == .shore && point.cableIndices.contains(where: activeCables.contains) {
      points += tag("circle", ["cx": coordinate(x(point.location.longitude)), "cy": coordinate(y(point.location.latitude)), "r": "0.9"],
        tag("title", [:], point.name.xmlEscaped))
    }
    body += tag("g", ["fill": "#1f3b57"], points)
    // Countries without an outline (small states and islands) at their
    // centroids, coloured by score, each with its name and score as a title.
    var countries = ""
    for country in report.countries {
      guard let index = dataset.countryIndex(country.code), dataset.countryOutlines[index] == nil,
        let centroid = dataset.countries[index].centroid
      else { continue }
      let label = "\(country.name) (\(country.code)): score \(country.score.decimals(1)), rank \(country.rank)"
      countries += tag("circle", [
        "cx": coordinate(x(centroid.longitude)), "cy": coordinate(y(centroid.latitude)),
        "r": coordinate(pointRadius(population: dataset.countries[index].population)),
        "fill": colors.color(score: country.score), "data-code": country.code,
      ], tag("title", [:], label.xmlEscaped))
    }
    body += tag("g", ["stroke": "#333333", "stroke-width": "0.4"], countries)
    let entries = zip(ScoreColors.scale, colors.legendRanges).enumerated().map { index, entry in
      (fill: entry.0, label: entry.1 + (index == 4 ? " (most exposed)" : index == 0 ? " (least)" : ""))
    }
    body += legend(width: 275, lines: [
      dataset.countryOutlines.isEmpty ? "Exposure score (circles)" : "Exposure score (areas; points: small states, sized by people)",
      "five classes, a fifth of the countries each",
    ], entries: entries)
    if !highlightedIndices.isEmpty {
      body += WorldMapInset.render(
        countries: highlightedIndices.sorted(), report: report, dataset: dataset, activeCables: activeCables, colors: colors)
    }
    return tag("svg", [
      "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 1000 500", "class": "map", "role": "img", "aria-labelledby": "map-title",
    ], body)
  }

  /// One path per outlined country, in country order, that `include`
  /// accepts (by its rings; all by default): `style` gives its fill, its
  /// hover text (nil: none) and the `data-code` that opens its card (nil: none).
  /// - Complexity: O(outline points).
  static func land(
    _ dataset: Dataset, include: ([[GeoPoint]]) -> Bool = { _ in true },
    style: (Country) -> (fill: String, title: String?, code: String?)
  ) -> String {
    var land = ""
    for index in dataset.countryOutlines.keys.sorted() {
      guard let rings = dataset.countryOutlines[index], include(rings) else { continue }
      let (fill, title, code) = style(dataset.countries[index])
      land += tag("path", attributes: [("d", path(rings)), ("fill", fill)] + (code.map { [("data-code", $0)] } ?? []),
        title.map { tag("title", [:], $0.xmlEscaped) })
    }
    return land
  }

  /// Whether `cable` lands ashore or offshore in one of `countries`.
  static func lands(_ cable: RowIndex<Cable>, in countries: Set<RowIndex<Country>>, _ dataset: Dataset) -> Bool {
    dataset.cables[cable].landingPointIndices.contains { countries.contains(dataset.landingPoints[$0].countryIndex) }
  }

  /// A map legend in the bottom-left corner: `lines` of title (12 apart),
  /// `extra` markup beside them, then a swatch and label per entry (14 apart).
  static func legend(width: Int, lines: [String], extra: String = "", entries: [(fill: String, label: String)]) -> String {
    var legend = tag("rect", ["x": "10", "y": "381", "width": String(width), "height": "112",
      "fill": "#ffffff", "fill-opacity": "0.85", "stroke": "#999999", "stroke-width": "0.5"])
    for (row, line) in lines.enumerated() { legend += tag("text", ["x": "18", "y": String(396 + 12 * row)], line) }
    legend += extra
    for (row, entry) in entries.enumerated() {
      let top = 396.0 + 12 * Double(lines.count - 1) + 8 + Double(row) * 14
      legend += tag("rect", ["x": "18", "y": coordinate(top), "width": "12", "height": "10", "fill": entry.fill, "stroke": "#333333", "stroke-width": "0.4"])
      legend += tag("text", ["x": "36", "y": coordinate(top + 9)], entry.label)
    }
    return tag("g", ["font-size": "10", "font-family": "sans-serif"], legend)
  }

  /// The radius of a country drawn as a point: its area grows with its
  /// people, from 2 (none known, or a few thousand) to 6 (16 million or more).
  static func pointRadius(population: Int?) -> Double {
    min(2 + (Double(population ?? 0) / 1e6).squareRoot(), 6)
  }

  /// One SVG path for a country's rings: "M x,y L x,y ... Z" per ring.
  static func path(_ rings: [[GeoPoint]]) -> String {
    rings.map { ring in "M" + ring.map { "\(coordinate(x($0.longitude))),\(coordinate(y($0.latitude)))" }.joined(separator: "L") + "Z" }.joined()
  }

  /// A route as polylines: a jump of more than half the map is the
  /// antimeridian, where a new polyline starts. `title` is the hover text.
  static func polylines(_ points: [GeoPoint], title: String? = nil) -> String {
    var runs: [[String]] = [[]]
    var previous: Double? = nil
    for point in points {
      let px = x(point.longitude)
      if let last = previous, abs(px - last) > width / 2 { runs.append([]) }
      runs[runs.count - 1].append("\(coordinate(px)),\(coordinate(y(point.latitude)))")
      previous = px
    }
    return runs.filter { $0.count >= 2 }.map { run in
      tag("polyline", ["points": run.joined(separator: " ")], title.map { tag("title", [:], $0.xmlEscaped) })
    }.joined()
  }
}
