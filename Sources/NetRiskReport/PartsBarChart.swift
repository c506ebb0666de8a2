// The report's bar chart: top exposures with their score parts stacked.
import Foundation
import NetRisk

enum PartsBarChart {
  /// Horizontal bars for the `count` most exposed countries; each bar is the
  /// sum of its parts' contributions, each part a coloured segment with a
  /// title, and the score written at the end of the bar.
  static func render(report: ExposureReport, count: Int) -> String {
    let countries = Array(report.countries.prefix(count))
    let partNames = countries.first?.parts.map(\.key.label) ?? []
    let legendRows = (partNames.count + 3) / 4
    let rowHeight = 16.0, left = 190.0, plot = 700.0, top = 12.0 * Double(legendRows) + 8
    let height = top + rowHeight * Double(countries.count) + 24
    var body = tag("title", ["id": "bars-title"], "Score of the \(countries.count) most exposed countries, split into its parts")
    var legend = ""
    for (index, name) in partNames.enumerated() {
      let x = Double(index % 4) * 225, y = Double(index / 4) * 12
      legend += tag("rect", ["x": coordinate(x), "y": coordinate(y), "width": "10", "height": "9", "fill": ScoreColors.parts[index % ScoreColors.parts.count]])
      legend += tag("text", ["x": coordinate(x + 14), "y": coordinate(y + 8)], name.xmlEscaped)
    }
    body += tag("g", ["font-size": "10", "font-family": "sans-serif", "transform": "translate(\(coordinate(left)),0)"], legend)
    for (row, country) in countries.enumerated() {
      let y = top + Double(row) * rowHeight
      body += tag("text", ["x": coordinate(left - 6), "y": coordinate(y + 11), "text-anchor": "end", "font-size": "10", "font-family": "sans-serif"],
        "\(country.rank). \(country.name)".xmlEscaped)
      var x = left
      for (index, part) in country.parts.enumerated() where part.contribution > 0 {
        let width = part.contribution / 100 * plot
        body += tag("rect", ["x": coordinate(x), "y": coordinate(y + 2), "width": coordinate(max(width, 0.5)), "height": coordinate(rowHeight - 4),
          "fill": ScoreColors.parts[index % ScoreColors.parts.count]],
          tag("title", [:], "\(country.name): \(part.key.label) \(part.value.decimals(1)) × weight \(part.weight.decimals(2)) adds \(part.contribution.decimals(1)) points".xmlEscaped))
        x += width
      }
      body += tag("text", ["x": coordinate(x + 4), "y": coordinate(y + 11), "font-size": "10", "font-family": "sans-serif"], country.score.decimals(1))
    }
    // Score axis: 0 to 100 points.
    let axisY = top + rowHeight * Double(countries.count) + 4
    var axis = tag("line", ["x1": coordinate(left), "x2": coordinate(left + plot), "y1": coordinate(axisY), "y2": coordinate(axisY), "stroke": "#555555"])
    for tick in stride(from: 0, through: 100, by: 20) {
      let x = left + Double(tick) / 100 * plot
      axis += tag("line", ["x1": coordinate(x), "x2": coordinate(x), "y1": coordinate(axisY), "y2": coordinate(axisY + 4), "stroke": "#555555"])
      axis += tag("text", ["x": coordinate(x), "y": coordinate(axisY + 14), "text-anchor": "middle"], String(tick))
    }
    body += tag("g", ["font-size": "9", "font-family": "sans-serif"], axis)
    return tag("svg", ["xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 1000 \(coordinate(height))", "class": "bars", "role": "img", "aria-labelledby": "bars-title"], body)
  }
}
