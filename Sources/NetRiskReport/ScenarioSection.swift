// A scenario in the HTML report (`netrisk report --scenario FILE`): who
// loses what, the loss over time as a line chart, and what a withdrawal or a
// failed registry takes away.
import Foundation
import NetRisk
import NetRiskData

/// A scenario's results as the report shows them.
public struct ScenarioResult: Sendable {
  public var report: ScenarioReport
  public var recovery: RecoveryReport?

  public init(report: ScenarioReport, recovery: RecoveryReport?) {
    self.report = report
    self.recovery = recovery
  }
}

enum ScenarioSection {
  /// The countries shown: the most hit first, at most this many.
  static let shownCountries = 15
  /// The countries drawn in the loss-over-time chart.
  static let chartedCountries = 6

  /// Several scenarios side by side: per country hit by any of them (the
  /// most hit first, at most `comparedCountries`), its expected traffic drop
  /// and isolation probability under each, "–" where a scenario leaves it
  /// unaffected. Empty for fewer than two scenarios.
  static func comparison(_ results: [ScenarioResult]) -> String {
    guard results.count >= 2 else { return "" }
    var impacts: [String: (name: String, byScenario: [Int: CountryImpact])] = [:]
    for (number, result) in results.enumerated() {
      for impact in result.report.affected { impacts[impact.code, default: (impact.name, [:])].byScenario[number] = impact }
    }
    let worst = impacts.mapValues { $0.byScenario.values.map(\.expectedTrafficDrop).max() ?? 0 }
    let codes = impacts.keys.sorted { (worst[$1] ?? 0, $0) < (worst[$0] ?? 0, $1) }
    var head = tag("th", ["scope": "col"], "Code") + tag("th", ["scope": "col"], "Country")
    for (number, result) in results.enumerated() {
      head += tag("th", ["scope": "col"], "\(number + 1). \(result.report.scenario): traffic drop % / P(isolated) %".xmlEscaped)
    }
    var rows = tag("thead", [:], tag("tr", [:], head))
    var body = ""
    for code in codes.prefix(comparedCountries) {
      guard let entry = impacts[code] else { continue }
      var cells = tag("td", [:], code.xmlEscaped) + tag("td", [:], entry.name.xmlEscaped)
      for number in results.indices {
        let text = entry.byScenario[number].map { "\((100 * $0.expectedTrafficDrop).decimals(1)) / \((100 * $0.isolationProbability).decimals(1))" } ?? "–"
        cells += tag("td", ["class": "num"], text)
      }
      body += tag("tr", [:], cells)
    }
    rows += tag("tbody", [:], body)
    let more = codes.count > comparedCountries ? " (the \(comparedCountries) most hit of \(codes.count))" : ""
    return tag("table", ["class": "comparison"], tag("caption", [:], ("The scenarios side by side" + more).xmlEscaped) + rows)
  }

  /// The countries in the side-by-side table.
  static let comparedCountries = 30

  /// `number` makes the chart's ids unique on a page with several scenarios.
  static func render(_ result: ScenarioResult, number: Int, dataset: Dataset) -> String {
    let report = result.report
    var body = tag("h3", [:], report.scenario.xmlEscaped)
    body += tag("p", [:], report.description.xmlEscaped)
    body += tag("p", ["class": "meta"],
      "\(report.trials) trials, seed \(report.seed); \(report.backgroundFailures ? "with" : "without") background failures; \(report.selectedElements) elements selected; \(report.affected.count) countries affected.".xmlEscaped)
    if !report.affected.isEmpty {
      var rows = tag("tr", [:], ["Code", "Country", "P(isolated) %", "Traffic drop %", "Capacity lost %", "Caused by"]
        .map { tag("th", ["scope": "col"], $0.xmlEscaped) }.joined())
      for impact in report.affected.prefix(shownCountries) {
        let causes = impact.causes.prefix(3).map(\.name).joined(separator: "; ") + (impact.causes.count > 3 ? "; +\(impact.causes.count - 3) more" : "")
        let cells = [
          impact.code, impact.name, (100 * impact.isolationProbability).decimals(1), (100 * impact.expectedTrafficDrop).decimals(1),
          (100 * impact.expectedCapacityLoss).decimals(1), causes,
        ]
        rows += tag("tr", [:], cells.enumerated().map { tag("td", (2 ... 4).contains($0) ? ["class": "num"] : [:], $1.xmlEscaped) }.joined())
      }
      let more = report.affected.count > shownCountries ? " (the \(shownCountries) most hit of \(report.affected.count); 'netrisk simulate' lists all)" : ""
      body += tag("table", [:], tag("caption", [:], ("Who loses what" + more).xmlEscaped) + rows)
      body += tag("figure", [:], ScenarioMap.render(report, dataset: dataset, number: number)
        + tag("figcaption", [:], "Who loses what, on the map: each affected country in the class of its expected traffic drop; the failed elements that touch one, in red.".xmlEscaped))
    }
    if let recovery = result.recovery {
      body += chart(recovery, number: number)
    }
    let findings = WithdrawalRenderer.table(report) + (result.recovery.map { RecoveryRenderer.repairLines($0).joined(separator: "\n") } ?? "")
    if !findings.isEmpty { body += tag("pre", ["class": "findings"], findings.trimmingCharacters(in: .newlines).xmlEscaped) }
    if !report.sources.isEmpty {
      body += tag("p", ["class": "meta"], ("Sources: " + report.sources.joined(separator: "; ")).xmlEscaped)
    }
    return tag("section", ["class": "scenario"], body)
  }

  /// Expected traffic drop against days since the failure for the countries
  /// hit hardest at day 0 (by drop, then capacity lost), one polyline each,
  /// days on a square-root scale so that the first week is readable.
  static func chart(_ recovery: RecoveryReport, number: Int) -> String {
    let countries = recovery.countries
      .filter { ($0.expectedTrafficDrop.max() ?? 0) > 0 }
      .sorted { ($0.expectedTrafficDrop[0], $1.code) > ($1.expectedTrafficDrop[0], $0.code) }
      .prefix(chartedCountries)
    guard !countries.isEmpty else {
      return tag("p", [:], "Loss over time: no country loses traffic at any of the days measured (see 'netrisk simulate --recovery' for capacity lost).")
    }
    let days = [0] + recovery.days
    let left = 50.0, top = 20.0, width = 620.0, height = 220.0
    let last = max(days.last ?? 1, 1)
    func x(_ day: Double) -> Double { left + width * (day / last).squareRoot() }
    func y(_ share: Double) -> Double { top + height * (1 - min(max(share, 0), 1)) }
    let titleID = "recovery-title-\(number)"
    var body = tag("title", ["id": titleID], "Expected traffic drop by day after the failure, as repairs complete")
    for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
      body += tag("line", ["x1": coordinate(left), "x2": coordinate(left + width), "y1": coordinate(y(tick)), "y2": coordinate(y(tick)), "stroke": "#ddd"])
      body += tag("text", ["x": coordinate(left - 6), "y": coordinate(y(tick) + 4), "text-anchor": "end"], "\(Int(tick * 100)) %")
    }
    for day in days {
      body += tag("text", ["x": coordinate(x(day)), "y": coordinate(top + height + 16), "text-anchor": "middle"], "day \(RecoveryRenderer.day(day))")
    }
    for (index, country) in countries.enumerated() {
      let colour = ScoreColors.parts[index % ScoreColors.parts.count]
      let points = zip(days, country.expectedTrafficDrop).map { "\(coordinate(x($0))),\(coordinate(y($1)))" }.joined(separator: " ")
      let values = zip(days, country.expectedTrafficDrop).map { "day \(RecoveryRenderer.day($0)) \((100 * $1).decimals(1)) %" }.joined(separator: ", ")
      body += tag("polyline", ["points": points, "fill": "none", "stroke": colour, "stroke-width": "2"],
        tag("title", [:], "\(country.name): \(values)".xmlEscaped))
      body += tag("text", ["x": coordinate(left + width + 8), "y": coordinate(top + 12 + Double(index) * 14), "fill": colour], country.name.xmlEscaped)
    }
    let svg = tag("svg", [
      "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 820 \(coordinate(top + height + 30))", "class": "bars", "role": "img",
      "aria-labelledby": titleID, "font-size": "10", "font-family": "sans-serif",
    ], body)
    return tag("figure", [:], svg + tag("figcaption", [:],
      "Expected national traffic drop on the days after the failure as repairs complete (model 'repair'; days on a square-root scale). Hover a line for its values.".xmlEscaped))
  }
}
