// Renders a scenario's impact as a table, CSV or JSON.
import Foundation
import NetRisk
import NetRiskData

public enum ScenarioRenderer {
  /// The report in `format`, with the loss-over-time curve when `recovery`
  /// is given; JSON starts with `provenance`'s members when given.
  public static func render(
    _ report: ScenarioReport, recovery: RecoveryReport? = nil, format: OutputFormat, provenance: Provenance? = nil
  ) throws -> String {
    switch format {
    case .table: return table(report) + WithdrawalRenderer.table(report) + (recovery.map(RecoveryRenderer.table) ?? "")
    case .csv: return csv(report, recovery: recovery)
    case .json: return try JSONEncoder.prettySorted.text(of: ScenarioDocument(report: report, recovery: recovery, provenance: provenance))
    }
  }

  static func percent(_ value: Double) -> String { (100 * value).decimals(1) }

  static func table(_ report: ScenarioReport) -> String {
    var table = TextTable(
      headers: ["code", "country", "P(isolated) %", "traffic drop %", "capacity lost %", "p95 lost %", "P(no root) %", "caused by"],
      alignments: [.left, .left, .right, .right, .right, .right, .right, .left])
    for impact in report.affected {
      let causes = impact.causes.prefix(3).map(\.name).joined(separator: "; ") + (impact.causes.count > 3 ? "; +\(impact.causes.count - 3) more" : "")
      table.append([
        impact.code, impact.name, percent(impact.isolationProbability), percent(impact.expectedTrafficDrop), percent(impact.expectedCapacityLoss),
        percent(impact.capacityLoss95), percent(impact.rootResolutionLossProbability), causes.isEmpty ? "(far away in the network)" : causes,
      ])
    }
    var lines = [
      "netrisk simulate: \(report.scenario)",
      report.description,
      "model \(report.modelName) (hash \(report.modelHash)); \(report.trials) trials, seed \(report.seed); "
        + (report.backgroundFailures ? "with the model's background failures" : "scenario failures only")
        + "; \(report.selectedElements) elements selected",
      "",
    ]
    if report.affected.isEmpty {
      lines.append("No country loses capacity or connectivity in this scenario.")
    } else {
      lines.append(table.render())
    }
    lines.append("")
    lines.append("\(report.affected.count) countries affected; \(report.unaffectedCount) unaffected (not listed).")
    let isolated = report.affected.filter { $0.isolationProbability > 0 }
    if !isolated.isEmpty {
      lines.append("Root letters lost when isolated: " + isolated.prefix(5).map { "\($0.code) \($0.rootLettersLostWhenIsolated.count) of 13" }.joined(separator: ", ")
        + (isolated.count > 5 ? ", ..." : "") + " (JSON lists them).")
    }
    if !report.sources.isEmpty { lines.append("Sources: " + report.sources.joined(separator: "; ")) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One row per affected country, columns named as the JSON's keys in
  /// snake case (`Sources/OUTPUTS.md`); with `recovery`, four more columns per day of
  /// the curve (expected traffic drop, its 95th percentile, expected share of
  /// capacity lost, isolation probability).
  static func csv(_ report: ScenarioReport, recovery: RecoveryReport? = nil) -> String {
    var text = ""
    let dayColumns = recovery.map { recovery in
      recovery.days.map(RecoveryRenderer.day).flatMap {
        ["expected_traffic_drop_day_\($0)", "traffic_drop95_day_\($0)", "expected_capacity_loss_day_\($0)", "isolation_probability_day_\($0)"]
      }
    } ?? []
    CSV.append(["code", "name", "isolation_probability", "isolation_standard_error", "expected_capacity_loss",
      "expected_capacity_loss_standard_error", "capacity_loss95", "root_resolution_loss_probability", "root_letters_lost_when_isolated",
      "causes", "scenario", "model_hash", "expected_traffic_drop", "expected_traffic_drop_standard_error", "traffic_drop95"]
      + dayColumns, to: &text)
    for (position, impact) in report.affected.enumerated() {
      let curve: [String] = recovery.map { recovery in
        let country = recovery.countries[position]
        return country.expectedTrafficDrop.indices.dropFirst().flatMap { day in
          [country.expectedTrafficDrop[day], country.trafficDrop95[day], country.expectedCapacityLoss[day], country.isolationProbability[day]]
            .map { $0.decimals(6) }
        }
      } ?? []
      let row: [String] = [
        impact.code, impact.name, impact.isolationProbability.decimals(6), impact.isolationStandardError.decimals(6),
        impact.expectedCapacityLoss.decimals(6), impact.expectedCapacityLossStandardError.decimals(6),
        impact.capacityLoss95.decimals(3), impact.rootResolutionLossProbability.decimals(6),
        impact.rootLettersLostWhenIsolated.joined(separator: " "), impact.causes.map(\.name).joined(separator: "; "), report.scenario, report.modelHash,
        impact.expectedTrafficDrop.decimals(6), impact.expectedTrafficDropStandardError.decimals(6), impact.trafficDrop95.decimals(3),
      ]
      CSV.append(row + curve, to: &text)
    }
    return text
  }
}
