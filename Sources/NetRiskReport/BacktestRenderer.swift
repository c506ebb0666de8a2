// Renders a backtest: per incident and overall agreement, and the confusion matrix.
import Foundation
import NetRisk

public enum BacktestRenderer {
  public static func render(_ report: BacktestReport) -> String {
    var lines = [
      "netrisk backtest: model \(report.modelName) \(report.modelVersion) (hash \(report.modelHash)); \(report.trials) trials, seed \(report.seed)",
      "Each incident is replayed with the cables of its time; the simulated loss is classed by the model's thresholds.",
      "",
    ]
    var table = incidentTable(report.perIncident.map { ($0.id, $0.date, $0.metrics) }, pairs: report.pairs)
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
    let ceiling = Backtest.thresholdCeiling(report.pairs, classes: report.classes)
    lines.append("")
    lines.append("Thresholds alone: any class thresholds on the simulated traffic drop would agree exactly on at most \(ceiling) of "
      + "\(report.pairs.count) observations (\(percent(Double(ceiling) / Double(max(report.pairs.count, 1))))) in sample; "
      + "closer agreement needs a different outcome model, not other thresholds.")
    if let agreement = report.labelAgreement {
      lines.append("")
      lines.append("Where sources disagree: \(agreement.pairs) observations carry a second source's class; "
        + "the two classes are within one of each other in \(percent(agreement.withinOneAccuracy)) of them.")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

extension BacktestRenderer {
  static func percent(_ value: Double) -> String { (100 * value).decimals(0) + " %" }
  static func rho(_ value: Double?) -> String { value.map { $0.decimals(2) } ?? "n/a" }

  /// One row per incident: agreement and up to four misses (in-sample pairs
  /// for a backtest, out-of-sample pairs for a cross-validation).
  static func incidentTable(_ entries: [(id: String, date: String, metrics: BacktestMetrics)], pairs: [BacktestPair]) -> TextTable {
    var table = TextTable(
      headers: ["incident", "date", "countries", "exact", "within one", "Spearman", "misses (observed -> predicted)"],
      alignments: [.left, .left, .right, .right, .right, .right, .left])
    for entry in entries {
      let misses = pairs.filter { $0.incident == entry.id && $0.observed != $0.predicted }
        .map { "\($0.country) \($0.observed)->\($0.predicted)" }
      table.append([
        entry.id, entry.date, String(entry.metrics.pairs), percent(entry.metrics.exactAccuracy),
        percent(entry.metrics.withinOneAccuracy), rho(entry.metrics.spearman),
        misses.prefix(4).joined(separator: ", ") + (misses.count > 4 ? ", +\(misses.count - 4)" : ""),
      ])
    }
    return table
  }

  /// In-sample and out-of-sample agreement side by side, with the fitted parameters.
  public static func render(_ report: CrossValidationReport) -> String {
    func parameters(_ p: FittedParameters) -> String {
      "borderShare \(p.borderShare), reroutingEfficiency \(p.reroutingEfficiency), cableShareExponent \(p.cableShareExponent), "
        + "accessKeptInBlackout \(p.accessKeptInBlackout), borderWithoutTransitEvidence \(p.borderWithoutTransitEvidence), "
        + "transitPastBreak \(p.transitPastBreak), degraded capacity loss \(p.degradedCapacityLoss)"
    }
    func totals(_ m: BacktestMetrics, classes: Int) -> (String, String) {
      // observed total predicted total or major; total predicted where none or degraded was observed.
      let total = classes - 1
      let caught = m.confusion[total][total] + m.confusion[total][total - 1]
      let observedTotal = m.confusion[total].reduce(0, +)
      let false_ = m.confusion[0][total] + m.confusion[1][total]
      return ("\(caught) of \(observedTotal)", String(false_))
    }
    var table = TextTable(
      headers: ["", "pairs", "exact", "within one", "Spearman", "observed total -> total/major", "total where none/degraded"],
      alignments: [.left, .right, .right, .right, .right, .right, .right])
    for (name, m) in [("model file", report.modelMetrics), ("fitted, in sample", report.inSample), ("leave one incident out", report.outOfSample)] {
      let (caught, false_) = totals(m, classes: m.confusion.count)
      table.append([name, String(m.pairs), percent(m.exactAccuracy), percent(m.withinOneAccuracy), rho(m.spearman), caught, false_])
    }
    var lines = [
      "netrisk backtest --cross-validate: model \(report.modelName) \(report.modelVersion) (hash \(report.modelHash)); \(report.trials) trials, seed \(report.seed)",
      "\(report.gridPoints) grid points (outcome.calibration in the model file) over \(report.incidents) incidents; "
        + "fit = most exact plus within-one agreements (exact counts twice)",
      "",
      table.render(),
      "",
      "model file:        " + parameters(report.modelParameters),
      "fitted, in sample: " + parameters(report.bestParameters),
    ]
    let distinct = Dictionary(grouping: report.foldParameters, by: { parameters($0.parameters) }).mapValues(\.count)
      .sorted { ($1.value, $0.key) < ($0.value, $1.key) }
    lines.append("fitted per fold:   " + distinct.map { "\($0.key) (\($0.value) folds)" }.joined(separator: "; "))
    lines.append("")
    lines.append("Per incident, out of sample (each predicted with the parameters fitted on the others):")
    lines.append(incidentTable(report.outOfSampleByIncident, pairs: report.outOfSamplePairs).render())
    if let agreement = report.labelAgreement {
      lines.append("")
      lines.append("Where sources disagree: \(agreement.pairs) observations carry a second source's class; "
        + "the two classes are within one of each other in \(percent(agreement.withinOneAccuracy)) of them.")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
