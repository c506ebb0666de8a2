// Renders a priority plan.
import Foundation
import NetRisk
import NetRiskData

public enum PrioritiesRenderer {
  /// The plan in `format`; JSON starts with `provenance`'s members when given.
  public static func render(_ plan: PriorityPlan, format: OutputFormat, provenance: Provenance? = nil) throws -> String {
    switch format {
    case .table:
      var lines = [
        "netrisk priorities: objective \(plan.objective.rawValue) (population-weighted over \(plan.scope.count == 1 ? plan.scope[0] : "\(plan.scope.count) countries")), budget $\(plan.budget.withThousandsSeparators)",
        plan.objective == .attack
          ? "\(plan.candidatesConsidered) candidates, \(plan.evaluations) evaluations of the worst-case attack (structural: people cut off, % of the scope's people); \(plan.lazy ? "lazy greedy" : "plain greedy (--exact)"); the picks' isolation and traffic figures from \(plan.trials) Monte Carlo trials (seed \(plan.seed))"
          : "\(plan.candidatesConsidered) candidates, \(plan.evaluations) evaluations of \(plan.trials) trials each (seed \(plan.seed), common random numbers); \(plan.lazy ? "lazy greedy" : "plain greedy (--exact)")",
        "objective: \(plan.baseline.decimals(4)) % before, \((plan.picks.last?.objectiveAfter ?? plan.baseline).decimals(4)) % after; "
          + "spent $\(plan.spent.withThousandsSeparators) of $\(plan.budget.withThousandsSeparators)",
        "",
      ]
      if plan.picks.isEmpty { lines.append("No candidate within the budget reduces the objective.") }
      for (index, pick) in plan.picks.enumerated() {
        lines.append("\(index + 1). \(pick.candidate.title)  cost $\(pick.candidate.cost.withThousandsSeparators), benefit \(pick.benefit.decimals(4)) points, \(pick.ratio.decimals(4)) points per $1M")
        lines.append("   " + (pick.fixes?.sentence ?? ""))
      }
      return lines.joined(separator: "\n") + "\n"
    case .csv:
      var text = ""
      // Named as the JSON's keys in snake case (Sources/OUTPUTS.md): cost in US
      // dollars, benefit in objective points, ratio in points per $1M.
      CSV.append(["rank", "id", "country", "title", "cost", "benefit", "ratio", "objective_before", "objective_after", "fixes", "model_hash"], to: &text)
      for (index, pick) in plan.picks.enumerated() {
        let row = [String(index + 1), pick.candidate.id, pick.candidate.country, pick.candidate.title, pick.candidate.cost.decimals(0),
          pick.benefit.decimals(6), pick.ratio.decimals(6), pick.objectiveBefore.decimals(6),
          pick.objectiveAfter.decimals(6), pick.fixes?.sentence ?? "", provenance?.modelHash ?? ""]
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
      return JSONValue.object((provenance?.members(output: "priorities") ?? [:]).merging([
        "objective": .string(plan.objective.rawValue), "scope": .array(plan.scope.map { .string($0) }), "budget": .number(plan.budget),
        "spent": .number(plan.spent), "baseline": .number(plan.baseline), "picks": .array(picks),
        "candidates": .integer(plan.candidatesConsidered), "evaluations": .integer(plan.evaluations),
        "trials": .integer(plan.trials), "seed": .integer(Int(truncatingIfNeeded: plan.seed)), "lazy": .bool(plan.lazy),
      ]) { $1 }).canonicalText
    }
  }
}
