// Renders a snapshot comparison for people and for CI logs.
import Foundation
import NetRisk

public enum DiffRenderer {
  public static func render(_ comparison: SnapshotComparison, limit: Int = 50) -> String {
    func number(_ value: Double?, _ decimals: Int = 1) -> String { value.map { $0.decimals(decimals) } ?? "-" }
    func model(_ model: SnapshotModel) -> String { "\(model.name ?? "?") \(model.version ?? "?") (hash \(model.hash ?? "?"))" }
    var lines = [
      "netrisk diff (\(comparison.kind) snapshots)",
      "old: model \(model(comparison.oldModel)), dataset \(comparison.oldDatasetHash)",
      "new: model \(model(comparison.newModel)), dataset \(comparison.newDatasetHash)",
      "",
    ]
    for metric in comparison.metrics {
      lines.append("\(metric.name): \(number(metric.old, 3)) -> \(number(metric.new, 3)) (\(metric.new >= metric.old ? "+" : "")\(number(metric.new - metric.old, 3)))")
    }
    if !comparison.metrics.isEmpty { lines.append("") }
    if comparison.changes.isEmpty {
      lines.append("No change.")
    } else if comparison.kind == "exposure" {
      var table = TextTable(
        headers: ["!", "code", "score", "delta", "rank", "k", "P(isolated) %", "SPOFs gained / lost"],
        alignments: [.left, .left, .right, .right, .right, .right, .right, .left])
      for change in comparison.changes.prefix(limit) {
        let spofs = (change.spofsGained.map { "+" + $0 } + change.spofsLost.map { "-" + $0 }).joined(separator: "; ")
        table.append([
          change.withinTolerances ? "" : "!", change.code,
          "\(number(change.oldScore)) -> \(number(change.newScore))", (change.scoreDelta >= 0 ? "+" : "") + number(change.scoreDelta),
          "\(change.oldRank.map(String.init) ?? "-") -> \(change.newRank.map(String.init) ?? "-")",
          "\(change.oldK.map(String.init) ?? "-") -> \(change.newK.map(String.init) ?? "-")",
          "\(number(change.oldIsolationProbability.map { 100 * $0 }, 2)) -> \(number(change.newIsolationProbability.map { 100 * $0 }, 2))",
          spofs,
        ])
      }
      lines.append(table.render())
    } else {
      var table = TextTable(headers: ["incident/country", "predicted class", "simulated loss %"], alignments: [.left, .left, .left])
      for change in comparison.changes.prefix(limit) {
        table.append([change.code, "\(change.oldClass ?? "-") -> \(change.newClass ?? "-")", "\(number(change.oldScore)) -> \(number(change.newScore))"])
      }
      lines.append(table.render())
    }
    if comparison.changes.count > limit { lines.append("... and \(comparison.changes.count - limit) more changes") }
    lines.append("")
    lines.append(comparison.withinTolerances ? "Within tolerances." : "Outside tolerances (rows marked !).")
    return lines.joined(separator: "\n") + "\n"
  }
}
