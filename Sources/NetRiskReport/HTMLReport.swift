// The single-file HTML report: map, ranked table, stacked bar chart and
// country cards, with inline CSS, SVG and one small inline script.
import Foundation
import NetRisk
import NetRiskData

/// A data source and its snapshot date, shown in the report's header.
public struct SourceDate: Sendable {
  public var source: String
  public var date: String
  public var licence: String
  public init(source: String, date: String, licence: String) {
    self.source = source
    self.date = date
    self.licence = licence
  }
}

public enum HTMLReport {
  /// The whole page as well-formed XHTML (it also parses as XML), opening
  /// offline: no external resources. Every scored country has a card: those
  /// in `countries` open near the top, the others collapsed after the table.
  /// The page reads completely with scripts off; `ReportScript` only adds
  /// sorting and filtering of the table and opening a card from the map.
  public static func render(
    report: ExposureReport, dataset: Dataset, datasetHash: String, sources: [SourceDate], countries: [String], topBars: Int = 25,
    scenarios: [ScenarioResult] = []
  ) -> String {
    // The model's cables: all but those it left out (planned, or not yet in service).
    let excluded = Set(report.excludedCables.map(\.id))
    let active = Set(dataset.cables.rowIndices.filter { !excluded.contains(dataset.cables[$0].id) })
    let unmapped = report.countries.compactMap { country -> String? in
      guard let index = dataset.countryIndex(country.code) else { return country.code }
      return dataset.countryOutlines[index] == nil && dataset.countries[index].centroid == nil ? country.code : nil
    }
    let colors = ScoreScale(scores: report.countries.map(\.score))
    var body = tag("h1", [:], "netrisk: Internet exposure by country")
    body += tag("p", ["class": "meta"],
      "Model \(report.modelName) \(report.modelVersion) (hash \(report.modelHash)); dataset hash \(datasetHash); "
        + (report.monteCarloTrials > 0 ? "Monte Carlo \(report.monteCarloTrials) trials, seed \(report.seed)." : "Monte Carlo off.").xmlEscaped)
    body += tag("p", ["class": "meta"], ("Data snapshots: " + sources.map { "\($0.source) \($0.date)" }.joined(separator: ", ") + ".").xmlEscaped)
    body += tag("p", [:], ("Score 0 = robust, 100 = worst on every part: the weighted sum of the score parts (expected traffic drop from the calibrated Monte Carlo, k, operator concentration, entry and far-end concentration, local exchange, DNS root, power, governance; each card shows the weights as they apply, summing to 1). k = independent failures of landing points, cables and border links that isolate a country. "
      + "Approximate: " + report.caveats.map(\.sentence).joined(separator: " ")).xmlEscaped)
    body += tag("h2", [:], "World map")
    body += tag("figure", [:], WorldMapSVG.render(report: report, dataset: dataset, activeCables: active, colors: colors, highlighted: Set(countries))
      + tag("figcaption", [:], (dataset.countryOutlines.isEmpty
        ? "Cable routes (blue), landing points (dark dots) and countries at their centroids coloured by score; hover a circle for its name and score, or see the table below."
        : "Countries coloured by score (Natural Earth 1:110m outlines; small states and islands the layer lacks as points at their centroids, sized by their people), cable routes (blue) and landing points (dark dots); hover a country for its name and score, or see the table below."
          + (countries.isEmpty ? "" : " Outlined in black, with their cables in orange and their single points of failure in red (landing points ringed, cables dashed): "
            + countries.joined(separator: ", ") + ".")
          + (unmapped.isEmpty ? "" : " Not on the map (no outline and no centroid in the dataset): " + unmapped.joined(separator: ", ") + "."))))
    body += tag("h2", [:], "Most exposed countries, score by part")
    body += PartsBarChart.render(report: report, count: topBars)
    if !scenarios.isEmpty {
      body += tag("h2", [:], "Scenarios")
      body += ScenarioSection.comparison(scenarios)
      for (number, scenario) in scenarios.enumerated() { body += ScenarioSection.render(scenario, number: number, dataset: dataset) }
    }
    if countries.isEmpty {
      body += tag("p", ["class": "meta"], ("Every country's card is at the end of the page, collapsed: click a country on the map or its code in the table to open it. "
        + "'netrisk report --country TO,FJ' puts those countries' cards here, open.").xmlEscaped)
    }
    let opened = countries.compactMap { code in report.countries.first { $0.code == code } }
    for country in opened { body += CountryCard.render(country, of: report, open: true) }
    body += tag("h2", [:], "All countries")
    body += rankedTable(report, colors: colors)
    body += tag("h2", [:], opened.isEmpty ? "Country cards" : "Other countries' cards")
    let openedCodes = Set(opened.map(\.code))
    for country in report.countries where !openedCodes.contains(country.code) {
      body += CountryCard.render(country, of: report, open: false)
    }
    body += tag("p", ["class": "meta"], ("Licences and attributions: " + sources.map { "\($0.source): \($0.licence)" }.joined(separator: "; ")
      + ". This site or product includes Country Borders data available from https://www.geodatasource.com.").xmlEscaped)
    body += tag("script", [:], ReportScript.source)
    let head = tag("meta", ["charset": "utf-8"]) + tag("title", [:], "netrisk report") + tag("style", [:], style)
    return "<!DOCTYPE html>\n" + tag("html", ["xmlns": "http://www.w3.org/1999/xhtml", "lang": "en"], tag("head", [:], head) + tag("body", [:], body)) + "\n"
  }

  /// Every scored country; each code links to the country's card.
  static func rankedTable(_ report: ExposureReport, colors: ScoreScale) -> String {
    let risk = report.monteCarloTrials > 0
    var header = ["Rank", "Code", "Country", "Score", "k", "SPOFs", "Cables", "Landings", "Neighbours", "Root letters", "IXPs"]
    if risk { header += ["P(isolated) %", "E[loss] %"] }
    let head = tag("thead", [:], tag("tr", [:], header.map { tag("th", ["scope": "col"], $0.xmlEscaped) }.joined()))
    var rows = ""
    for country in report.countries {
      var cells = [
        String(country.rank), country.code, country.name + (country.isHub ? " (hub)" : ""), country.score.decimals(1),
        String(country.independentFailuresToIsolate), String(country.singlePointsOfFailure.count), String(country.cables.count),
        String(country.landingPoints), String(country.landNeighbours.count), String(country.localRootLetters.count),
        String(country.internetExchanges),
      ]
      if risk, let estimate = country.risk {
        cells += [(100 * estimate.isolationProbability).decimals(2), (100 * estimate.expectedCapacityLoss).decimals(2)]
      } else if risk {
        cells += ["", ""]
      }
      let swatch = tag("span", ["class": "swatch", "style": "background:\(colors.color(score: country.score))"], "")
      let html = cells.enumerated().map { index, cell in
        let text = index == 1 ? tag("a", ["href": "#card-\(cell)"], cell.xmlEscaped) : cell.xmlEscaped
        return tag("td", index >= 3 || index == 0 ? ["class": "num"] : [:], (index == 3 ? swatch : "") + text)
      }.joined()
      rows += tag("tr", ["class": "country-row", "id": "row-\(country.code)"], html)
    }
    return tag("table", ["class": "ranked"], tag("caption", [:], "Every scored country, most exposed first") + head + tag("tbody", [:], rows))
  }

  static let style = """
    body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem auto;max-width:1100px;color:#1a1a1a;line-height:1.4;padding:0 1rem}
    h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
    .meta{color:#555;font-size:.85rem}figure{margin:0}svg.map{width:100%;height:auto;border:1px solid #ccc}
    figcaption{font-size:.8rem;color:#555}table{border-collapse:collapse;width:100%;font-size:.8rem}
    caption{text-align:left;font-weight:600;padding:.3rem 0}th,td{border-bottom:1px solid #e3e3e3;padding:.15rem .4rem;text-align:left}
    td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}tr:nth-child(even){background:#f7f7f7}
    .swatch{display:inline-block;width:.7rem;height:.7rem;margin-right:.3rem;border:1px solid #555;vertical-align:middle}
    .card{border:1px solid #bbb;border-radius:6px;padding:.3rem 1rem;margin:.5rem 0;break-inside:avoid}
    .card summary{cursor:pointer}.card h3{margin:.2rem 0;display:inline;font-size:1rem}[data-code]{cursor:pointer}
    table.ranked th{cursor:pointer}th[aria-sort=ascending]::after{content:" \\25B2"}th[aria-sort=descending]::after{content:" \\25BC"}
    input.filter{font-size:.9rem;padding:.2rem .4rem;margin:.3rem 0;width:20rem;max-width:100%}pre.findings{font-size:.75rem;white-space:pre-wrap;background:#f7f7f7;padding:.4rem}
    .scenario{break-inside:avoid-page}.card ul{margin:.2rem 0 .5rem 1.2rem;padding:0}svg.bars{width:100%;height:auto}svg.card-chart{width:100%;max-width:640px;height:auto;display:block}
    @page{margin:12mm}thead{display:table-header-group}
    @media print{body{margin:0;max-width:none;font-size:10pt}h2{break-after:avoid}tr,.card{break-inside:avoid}svg.map{border:none}}
    """
}
