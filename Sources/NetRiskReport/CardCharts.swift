// The charts on a country's card: how often the Monte Carlo's traffic drop
// reaches each size, and where the country's international capacity enters
// and leads.
import Foundation
import NetRisk

enum CardCharts {
  /// One labelled horizontal bar: its length is `value / scale` of the plot.
  struct Bar {
    var label: String
    var value: Double
    var text: String
  }

  /// Horizontal bars with their labels on the left and their values written
  /// after them; `id` must be unique in the page (it names the chart's title).
  static func bars(_ bars: [Bar], scale: Double, title: String, id: String) -> String {
    let rowHeight = 17.0, left = 240.0, plot = 290.0
    let height = rowHeight * Double(bars.count) + 4
    var body = tag("title", ["id": id], title.xmlEscaped)
    for (row, bar) in bars.enumerated() {
      let y = Double(row) * rowHeight
      let width = scale > 0 ? max(bar.value, 0) / scale * plot : 0
      body += tag("text", ["x": coordinate(left - 6), "y": coordinate(y + 12), "text-anchor": "end"], bar.label.xmlEscaped)
      body += tag("rect", ["x": coordinate(left), "y": coordinate(y + 2), "width": coordinate(max(width, 0.5)), "height": coordinate(rowHeight - 5), "fill": "#3a6ea5"])
      body += tag("text", ["x": coordinate(left + width + 4), "y": coordinate(y + 12)], bar.text.xmlEscaped)
    }
    return tag("svg", [
      "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 640 \(coordinate(height))", "class": "card-chart", "role": "img",
      "aria-labelledby": id, "font-size": "12", "font-family": "sans-serif",
    ], body)
  }

  /// The exceedance curve of the traffic drop: the share of trials in which
  /// the country loses at least 1 %, 5 %, ... of its traffic, and all of it.
  /// Bars on a common 0–100 % scale, so that countries compare card to card.
  static func trafficDrop(_ risk: CountryRisk, code: String) -> String {
    let rows = risk.trafficDropExceedance.map { point in
      let (threshold, share) = (point.drop, point.shareOfTrials)
      return Bar(
        label: threshold >= 1 ? "all traffic lost" : "\((100 * threshold).upToTwoDecimals) % lost or more",
        value: share, text: "\((100 * share).decimals(share > 0 && share < 0.001 ? 3 : 1)) % of trials")
    }
    return bars(rows, scale: 1, title: "How often \(code) loses at least this share of its traffic, from the Monte Carlo", id: "drop-\(code)")
  }

  /// International capacity by entry point and by far-end country, the
  /// largest eight of each and the rest together, on the scale of the largest.
  static func capacity(_ country: CountryExposure) -> String {
    func top<T>(_ items: [T], _ value: (T) -> Double, _ label: (T) -> String) -> [Bar] {
      var rows = items.prefix(8).map { Bar(label: label($0), value: value($0), text: "\(value($0).decimals(2)) Tbit/s") }
      let rest = items.dropFirst(8).reduce(0) { $0 + value($1) }
      if items.count > 8 { rows.append(Bar(label: "\(items.count - 8) others", value: rest, text: "\(rest.decimals(2)) Tbit/s")) }
      return rows
    }
    let entries = top(country.capacityByEntry, \.tbps) { $0.element.name.count > 36 ? String($0.element.name.prefix(35)) + "…" : $0.element.name }
    let farEnds = top(country.capacityByFarEnd, \.tbps) { "to " + $0.country }
    let scale = (entries + farEnds).map(\.value).max() ?? 0
    var html = ""
    if !entries.isEmpty {
      html += bars(entries, scale: scale, title: "International design capacity of \(country.code) by entry point, Tbit/s", id: "entries-\(country.code)")
    }
    if !farEnds.isEmpty {
      html += bars(farEnds, scale: scale, title: "International design capacity of \(country.code) by far-end country, Tbit/s", id: "far-ends-\(country.code)")
    }
    return html
  }
}
