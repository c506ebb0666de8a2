// Renders an exposure report as a ranked table, CSV or JSON.
import Foundation
import NetRisk
import NetRiskData

/// Output formats of `netrisk score`.
public enum OutputFormat: String, CaseIterable, Sendable {
  case table, json, csv
}

public enum ExposureRenderer {
  /// The report in `format`, limited to the `top` most exposed countries when given.
  public static func render(_ report: ExposureReport, format: OutputFormat, top: Int?) throws -> String {
    var limited = report
    if let top { limited.countries = Array(report.countries.prefix(top)) }
    switch format {
    case .table: return table(limited)
    case .csv: return csv(limited)
    case .json: return try json(limited)
    }
  }

  static func number(_ value: Double, decimals: Int = 1) -> String {
    String(format: "%.\(decimals)f", value)
  }

  /// Columns of the ranked table and the CSV.
  static let headers = [
    "rank", "code", "country", "score", "k", "spofs", "cables", "landings", "neighbours",
    "root letters", "ixps", "min cut share",
  ]

  static func cells(_ country: CountryExposure) -> [String] {
    [
      String(country.rank), country.code, country.name + (country.isHub ? " *" : ""), number(country.score),
      String(country.independentFailuresToIsolate), String(country.singlePointsOfFailure.count),
      String(country.cables.count), String(country.landingPoints), String(country.landNeighbours.count),
      String(country.localRootLetters.count), String(country.internetExchanges), number(country.minCutShare, decimals: 2),
    ]
  }

  static func table(_ report: ExposureReport) -> String {
    var table = TextTable(
      headers: headers,
      alignments: [.right, .left, .left, .right, .right, .right, .right, .right, .right, .right, .right, .right])
    for country in report.countries { table.append(cells(country)) }
    var lines = [
      "netrisk exposure: model \(report.modelName) \(report.modelVersion) (hash \(report.modelHash)), dataset \(report.datasetDirectory)",
      "score 0 = robust, 100 = one failure from isolation on every part; k = independent failures that isolate the country",
      "",
      table.render(),
      "",
      "* hub of the global core: k, SPOFs and min cut measured against the other hubs.",
    ]
    if !report.unscored.isEmpty {
      lines.append("Not scored (no population figure and no international link): \(report.unscored.joined(separator: " ")).")
    }
    lines.append("Approximate: " + report.caveats.joined(separator: " "))
    return lines.joined(separator: "\n") + "\n"
  }

  static func csv(_ report: ExposureReport) -> String {
    var text = ""
    CSV.append(headers.map { $0.replacingOccurrences(of: " ", with: "_") } + ["model_hash"], to: &text)
    for country in report.countries {
      var row = cells(country)
      row[2] = country.name
      CSV.append(row + [report.modelHash], to: &text)
    }
    return text
  }

  static func json(_ report: ExposureReport) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
  }
}
