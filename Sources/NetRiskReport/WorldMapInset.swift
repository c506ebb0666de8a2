// A zoomed panel of the world map around the countries with an open card.
import Foundation
import NetRisk
import NetRiskData

enum WorldMapInset {
  /// Where the panel may go in the map's 1000 × 500 frame, in order: over
  /// the South Atlantic (mostly sea), else the top right.
  static let frames = [(x: 335.0, y: 330.0, width: 292.0, height: 146.0), (x: 700.0, y: 8.0, width: 292.0, height: 146.0)]

  /// The first of `frames` that does not cover the zoomed region itself.
  static func frame(for region: (x: Double, y: Double, width: Double, height: Double)) -> (x: Double, y: Double, width: Double, height: Double) {
    frames.first { frame in
      frame.x > region.x + region.width || frame.x + frame.width < region.x
        || frame.y > region.y + region.height || frame.y + frame.height < region.y
    } ?? frames[frames.count - 1]
  }

  /// The part of the map (in its own coordinates) around `countries`: their
  /// outlines, centroids and shore landing points, padded, at least 24° × 12°,
  /// widened to the panel's 2:1 shape and kept inside the map. Nil when there
  /// is nothing to place, or when the countries lie so far apart (over 90° of
  /// longitude) that a zoom would show most of the world anyway.
  static func region(of countries: [RowIndex<Country>], in dataset: Dataset) -> (x: Double, y: Double, width: Double, height: Double)? {
    var points: [GeoPoint] = []
    for country in countries {
      points += dataset.countryOutlines[country]?.flatMap { $0 } ?? []
      if let centroid = dataset.countries[country].centroid { points.append(centroid) }
      points += dataset.countries[country].landingPointIndices.map { dataset.landingPoints[$0] }.filter { $0.kind == .shore }.map(\.location)
    }
    guard let west = points.map(\.longitude).min(), let east = points.map(\.longitude).max(),
      let south = points.map(\.latitude).min(), let north = points.map(\.latitude).max(), east - west <= 90
    else { return nil }
    let pad = 4.0
    var width = max(WorldMapSVG.x(east + pad) - WorldMapSVG.x(west - pad), 24 / 360 * WorldMapSVG.width)
    var height = max(WorldMapSVG.y(south - pad) - WorldMapSVG.y(north + pad), 12 / 180 * WorldMapSVG.height)
    // The panel's shape, 2:1.
    if width < 2 * height { width = 2 * height } else { height = width / 2 }
    let centreX = (WorldMapSVG.x(west) + WorldMapSVG.x(east)) / 2, centreY = (WorldMapSVG.y(north) + WorldMapSVG.y(south)) / 2
    let x = min(max(centreX - width / 2, 0), WorldMapSVG.width - width)
    let y = min(max(centreY - height / 2, 0), WorldMapSVG.height - height)
    return (x, y, width, height)
  }

  /// The panel: the region redrawn at its zoom (outlines in score colours,
  /// cables, landing points, small states as points, the countries outlined
  /// in black and their cables in orange), line widths and point sizes
  /// divided by the zoom so they read as on the world map; plus a dashed box
  /// on the world map where the region is. Empty when `region(of:in:)` is nil.
  /// - Complexity: O(outline points + route points) to pick what the region holds.
  static func render(
    countries: [RowIndex<Country>], report: ExposureReport, dataset: Dataset, activeCables: Set<RowIndex<Cable>>, colors: ScoreScale
  ) -> String {
    guard let region = region(of: countries, in: dataset) else { return "" }
    let frame = frame(for: region)
    let zoom = frame.width / region.width
    func inside(_ points: [GeoPoint]) -> Bool {
      let xs = points.map { WorldMapSVG.x($0.longitude) }, ys = points.map { WorldMapSVG.y($0.latitude) }
      guard let left = xs.min(), let right = xs.max(), let top = ys.min(), let bottom = ys.max() else { return false }
      return left <= region.x + region.width && right >= region.x && top <= region.y + region.height && bottom >= region.y
    }
    let chosen = Set(countries)
    let scored = Dictionary(report.countries.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    let land = WorldMapSVG.land(dataset, include: { inside($0.flatMap { $0 }) }) { country in
      (scored[country.code].map { colors.color(score: $0.score) } ?? "#dddddd", nil, nil)
    }
    let outlines = chosen.sorted().compactMap { dataset.countryOutlines[$0] }.map { tag("path", ["d": WorldMapSVG.path($0)]) }.joined()
    var cables = "", theirs = ""
    for segment in dataset.cableRouteSegments where activeCables.contains(segment.cableIndex) && inside(segment.points) {
      let lines = WorldMapSVG.polylines(segment.points)
      cables += lines
      if WorldMapSVG.lands(segment.cableIndex, in: chosen, dataset) { theirs += lines }
    }
    var points = "", states = ""
    for point in dataset.landingPoints where point.kind == .shore && inside([point.location]) {
      points += tag("circle", ["cx": coordinate(WorldMapSVG.x(point.location.longitude)), "cy": coordinate(WorldMapSVG.y(point.location.latitude)),
        "r": coordinate(2 / zoom)])
    }
    for country in report.countries {
      guard let index = dataset.countryIndex(country.code), dataset.countryOutlines[index] == nil,
        let centroid = dataset.countries[index].centroid, inside([centroid])
      else { continue }
      states += tag("circle", ["cx": coordinate(WorldMapSVG.x(centroid.longitude)), "cy": coordinate(WorldMapSVG.y(centroid.latitude)),
        "r": coordinate(5 / zoom), "fill": colors.color(score: country.score), "stroke": chosen.contains(index) ? "#000000" : "#333333",
        "stroke-width": coordinate((chosen.contains(index) ? 2 : 0.6) / zoom)])
    }
    let width = { (pixels: Double) in coordinate(pixels / zoom) }
    var body = tag("rect", ["x": coordinate(region.x), "y": coordinate(region.y), "width": coordinate(region.width),
      "height": coordinate(region.height), "fill": "#eef3f8"])
    body += tag("g", ["stroke": "#666666", "stroke-width": width(0.5), "fill-rule": "evenodd"], land)
    body += tag("g", ["fill": "none", "stroke": "#3a6ea5", "stroke-width": width(1), "stroke-opacity": "0.7"], cables)
    body += tag("g", ["fill": "none", "stroke": "#e06000", "stroke-width": width(2)], theirs)
    body += tag("g", ["fill": "none", "stroke": "#000000", "stroke-width": width(2), "fill-rule": "evenodd"], outlines)
    body += tag("g", ["fill": "#1f3b57"], points) + tag("g", [:], states)
    body += WorldMapSPOFs.render(codes: Set(countries.map { dataset.countries[$0].code }), report: report, dataset: dataset, scale: zoom)
    let names = countries.map { dataset.countries[$0].name }.joined(separator: ", ")
    let panel = tag("svg", [
      "x": coordinate(frame.x), "y": coordinate(frame.y), "width": coordinate(frame.width), "height": coordinate(frame.height),
      "viewBox": "\(coordinate(region.x)) \(coordinate(region.y)) \(coordinate(region.width)) \(coordinate(region.height))",
    ], body)
    let border = tag("rect", ["x": coordinate(frame.x), "y": coordinate(frame.y), "width": coordinate(frame.width),
      "height": coordinate(frame.height), "fill": "none", "stroke": "#333333", "stroke-width": "1"])
    let label = tag("text", ["x": coordinate(frame.x + 4), "y": coordinate(frame.y + frame.height + 11), "font-size": "10",
      "font-family": "sans-serif"], "Zoom (dashed box): \(names)".xmlEscaped)
    let box = tag("rect", ["x": coordinate(region.x), "y": coordinate(region.y), "width": coordinate(region.width),
      "height": coordinate(region.height), "fill": "none", "stroke": "#000000", "stroke-width": "0.8", "stroke-dasharray": "3,2"])
    return tag("g", ["class": "inset"], box + panel + border + label)
  }
}
