// Times `netrisk priorities --world`: every generated candidate, lazy greedy.
import Foundation
import NetRisk
import NetRiskData

/// World scope, every generated candidate, a $1 B budget, 640 trials per
/// evaluation, lazy greedy on all cores: one timed run (it takes tens of seconds).
func runPrioritiesBenchmark(directory: String) throws {
  let (model, _) = try RiskModel.load(from: directory + "/models/default.json")
  let dataset = try Dataset.load(from: directory)
  let scope = dataset.countries.rowIndices.filter { dataset.countries[$0].population != nil }
  let candidates = CandidateGenerator.generate(dataset: dataset, model: model, scope: scope)
  let planner = PriorityPlanner(
    dataset: dataset, model: model, scope: scope, objective: .expectedLoss, trials: 640, seed: 1,
    threads: ProcessInfo.processInfo.activeProcessorCount)
  let start = monotonicSeconds()
  let plan = try planner.plan(candidates: candidates, budget: 1e9, lazy: true)
  report("priorities-world-lazy", "world", monotonicSeconds() - start,
    "candidates=\(plan.candidatesConsidered);evaluations=\(plan.evaluations);picks=\(plan.picks.count);first=\(plan.picks.first?.candidate.id ?? "-")")
}
