// Renders an exposure report as a ranked table, CSV or JSON.
import Foundation
import NetRisk
import NetRiskData

/// Output formats of `netrisk score`.
public enum OutputFormat: String, CaseIterable, Sendable {
  case table, json, csv
}

public enum ExposureRenderer {
  /// The report in `format`, limited to the `top` most exposed countries when
  /// given; JSON starts with `provenance`'s members when given (the CLI always gives it).
  public static func render(
    _ report: ExposureReport, format: OutputFormat, top: Int?, provenance: Provenance? = nil
  ) throws -> String {
    var limited = report
    if let top { limited.countries = Array(report.countries.prefix(top)) }
    switch format {
    case .table: return table(limited)
    case .csv: return csv(limited)
    case .json: return try json(limited, provenance: provenance)
    }
  }

  /// Columns of the ranked text table (the CSV has its own, named as the JSON); the Monte Carlo columns only when it ran.
  static func headers(risk: Bool) -> [String] {
    ["rank", "code", "country", "score", "k", "spofs", "cables", "landings", "neighbours", "root letters", "ixps", "min cut share"]
      + (risk ? ["P(isolated) %", "E[loss] %", "p95 loss %", "E[drop] %"] : [])
  }

  static func cells(_ country: CountryExposure, risk: Bool) -> [String] {
    var cells = [
      String(country.rank), country.code, country.name + (country.isHub ? " *" : ""), country.score.decimals(1),
      String(country.independentFailuresToIsolate), String(country.singlePointsOfFailure.count),
      String(country.cables.count), String(country.landingPoints), String(country.landNeighbours.count),
      String(country.localRootLetters.count), String(country.internetExchanges), country.minCutShare.decimals(2),
    ]
    if risk {
      let estimate = country.risk
      cells += [
        estimate.map { (100 * $0.isolationProbability).decimals(2) } ?? "",
        estimate.map { (100 * $0.expectedCapacityLoss).decimals(2) } ?? "",
        estimate.map { (100 * $0.capacityLoss95).decimals(1) } ?? "",
        estimate.map { (100 * $0.expectedTrafficDrop).decimals(2) } ?? "",
      ]
    }
    return cells
  }

  static func table(_ report: ExposureReport) -> String {
    let risk = report.monteCarloTrials > 0
    let columns = headers(risk: risk)
    var table = TextTable(
      headers: columns,
      alignments: columns.indices.map { $0 == 1 || $0 == 2 ? .left : .right })
    for country in report.countries { table.append(cells(country, risk: risk)) }
    var lines = [
      "netrisk exposure: model \(report.modelName) \(report.modelVersion) (hash \(report.modelHash)), dataset \(report.datasetDirectory)",
      "score 0 = robust, 100 = worst on every part (weights as they apply in explain); k = independent failures that isolate the country",
      risk ? "Monte Carlo: \(report.monteCarloTrials) trials, seed \(report.seed) (standard errors in --format json; "
        + "\(report.trialsForTargetStandardError ?? 0) trials would bring every isolation probability to the model's target)"
        : "Monte Carlo: off (--trials 0)",
      "",
      table.render(),
      "",
      "* hub of the global core: k, SPOFs and min cut measured against the other hubs.",
    ]
    if !report.unscored.isEmpty {
      lines.append("Not scored (no population figure and no international link): \(report.unscored.joined(separator: " ")).")
    }
    lines.append("Approximate: " + report.caveats.map(\.sentence).joined(separator: " "))
    return lines.joined(separator: "\n") + "\n"
  }

  /// One row per country. Columns are the JSON's keys in snake case with
  /// the same values in the same units (shares as fractions 0–1; a list's
  /// length as `<key>_count`), documented in `Sources/OUTPUTS.md`; the Monte Carlo
  /// columns only when it ran.
  static func csv(_ report: ExposureReport) -> String {
    var text = ""
    let risk = report.monteCarloTrials > 0
    let columns: [String] = [
      "rank", "code", "name", "is_hub", "score", "independent_failures_to_isolate", "single_points_of_failure_count", "cables_count",
      "landing_points", "land_neighbours_count", "local_root_letters_count", "internet_exchanges", "min_cut_share",
      "domestic_model", "domestic_single_points_of_failure_count",
    ]
    CSV.append(
      columns
        + (risk ? ["isolation_probability", "expected_capacity_loss", "capacity_loss95", "expected_traffic_drop", "traffic_drop95"] : [])
        + ["model_hash"], to: &text)
    for country in report.countries {
      let domesticCuts: String = country.backbone?.national.map { String($0.cutNames.count) } ?? ""
      var row: [String] = [
        String(country.rank), country.code, country.name, String(country.isHub), country.score.decimals(1),
        String(country.independentFailuresToIsolate), String(country.singlePointsOfFailure.count), String(country.cables.count),
        String(country.landingPoints), String(country.landNeighbours.count), String(country.localRootLetters.count),
        String(country.internetExchanges), country.minCutShare.decimals(6), country.domesticModel, domesticCuts,
      ]
      if risk {
        let estimate = country.risk
        row += [
          estimate.map { $0.isolationProbability.decimals(6) } ?? "", estimate.map { $0.expectedCapacityLoss.decimals(6) } ?? "",
          estimate.map { $0.capacityLoss95.decimals(3) } ?? "", estimate.map { $0.expectedTrafficDrop.decimals(6) } ?? "",
          estimate.map { $0.trafficDrop95.decimals(3) } ?? "",
        ]
      }
      CSV.append(row + [report.modelHash], to: &text)
    }
    return text
  }

  static func json(_ report: ExposureReport, provenance: Provenance?) throws -> String {
    try JSONEncoder.prettySorted.text(of: ExposureDocument(report: report, provenance: provenance))
  }
}
