// Renders a backtest: per incident and overall agreement, and the confusion matrix.
import Foundation
import NetRisk

public enum BacktestRenderer {
  public static func render(_ report: BacktestReport) -> String {
    func percent(_ value: Double) -> String { String(format: "%.0f %%", 100 * value) }
    func rho(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "n/a" }
    var lines = [
      "netrisk backtest: model \(report.modelName) \(report.modelVersion) (hash \(report.modelHash)); \(report.trials) trials, seed \(report.seed)",
      "Each incident is replayed with the cables of its time; the simulated loss is classed by the model's thresholds.",
      "",
    ]
    var table = TextTable(
      headers: ["incident", "date", "countries", "exact", "within one", "Spearman", "misses (observed -> predicted)"],
      alignments: [.left, .left, .right, .right, .right, .right, .left])
    for entry in report.perIncident {
      let misses = report.pairs.filter { $0.incident == entry.id && $0.observed != $0.predicted }
        .map { "\($0.country) \($0.observed)->\($0.predicted)" }
      table.append([
        entry.id, entry.date, String(entry.metrics.pairs), percent(entry.metrics.exactAccuracy),
        percent(entry.metrics.withinOneAccuracy), rho(entry.metrics.spearman),
        misses.prefix(4).joined(separator: ", ") + (misses.count > 4 ? ", +\(misses.count - 4)" : ""),
      ])
    }
    table.append([
      "all", "", String(report.overall.pairs), percent(report.overall.exactAccuracy),
      percent(report.overall.withinOneAccuracy), rho(report.overall.spearman), "",
    ])
    lines.append(table.render())
    lines.append("")
    lines.append("Confusion matrix (rows observed, columns predicted):")
    var matrix = TextTable(headers: ["observed"] + report.classes, alignments: [.left] + report.classes.map { _ in .right })
    for (row, name) in report.classes.enumerated() { matrix.append([name] + report.overall.confusion[row].map(String.init)) }
    lines.append(matrix.render())
    return lines.joined(separator: "\n") + "\n"
  }
}
