// Renders a priority plan.
import Foundation
import NetRisk
import NetRiskData

public enum PrioritiesRenderer {
  public static func render(_ plan: PriorityPlan, format: OutputFormat) throws -> String {
    switch format {
    case .table:
      var lines = [
        "netrisk priorities: objective \(plan.objective.rawValue) (population-weighted over \(plan.scope.count == 1 ? plan.scope[0] : "\(plan.scope.count) countries")), budget $\(money(plan.budget))",
        "\(plan.candidatesConsidered) candidates, \(plan.evaluations) evaluations of \(plan.trials) trials each (seed \(plan.seed), common random numbers); \(plan.lazy ? "lazy greedy" : "plain greedy (--exact)")",
        String(format: "objective: %.4f %% before, %.4f %% after; spent $%@ of $%@", plan.baseline, plan.picks.last?.objectiveAfter ?? plan.baseline, money(plan.spent), money(plan.budget)),
        "",
      ]
      if plan.picks.isEmpty { lines.append("No candidate within the budget reduces the objective.") }
      for (index, pick) in plan.picks.enumerated() {
        lines.append(String(format: "%d. %@  cost $%@, benefit %.4f points, %.4f points per $1M", index + 1, pick.candidate.title, money(pick.candidate.cost), pick.benefit, pick.ratio))
        lines.append("   " + (pick.fixes?.sentence ?? ""))
      }
      return lines.joined(separator: "\n") + "\n"
    case .csv:
      var text = ""
      CSV.append(["rank", "id", "country", "title", "cost_usd", "benefit_points", "points_per_million_usd", "objective_before",
        "objective_after", "fixes"], to: &text)
      for (index, pick) in plan.picks.enumerated() {
        let row = [String(index + 1), pick.candidate.id, pick.candidate.country, pick.candidate.title, String(format: "%.0f", pick.candidate.cost),
          String(format: "%.6f", pick.benefit), String(format: "%.6f", pick.ratio), String(format: "%.6f", pick.objectiveBefore),
          String(format: "%.6f", pick.objectiveAfter), pick.fixes?.sentence ?? ""]
        CSV.append(row, to: &text)  // RFC 4180 quoting, CR and LF included
      }
      return text
    case .json:
      let picks = plan.picks.map { pick in
        JSONValue.object([
          "id": .string(pick.candidate.id), "title": .string(pick.candidate.title), "country": .string(pick.candidate.country),
          "cost": .number(pick.candidate.cost), "benefit": .number(pick.benefit), "ratio": .number(pick.ratio),
          "objectiveBefore": .number(pick.objectiveBefore), "objectiveAfter": .number(pick.objectiveAfter), "fixes": .string(pick.fixes?.sentence ?? ""),
        ])
      }
      return JSONValue.object([
        "objective": .string(plan.objective.rawValue), "scope": .array(plan.scope.map { .string($0) }), "budget": .number(plan.budget),
        "spent": .number(plan.spent), "baseline": .number(plan.baseline), "picks": .array(picks),
        "candidates": .integer(plan.candidatesConsidered), "evaluations": .integer(plan.evaluations),
        "trials": .integer(plan.trials), "seed": .integer(Int(truncatingIfNeeded: plan.seed)), "lazy": .bool(plan.lazy),
      ]).canonicalText
    }
  }

  static func money(_ value: Double) -> String {
    let formatter = NumberFormatter()
    formatter.numberStyle = .decimal
    formatter.maximumFractionDigits = 0
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.groupingSeparator = ","
    formatter.usesGroupingSeparator = true
    return formatter.string(from: NSNumber(value: value)) ?? String(format: "%.0f", value)
  }
}
