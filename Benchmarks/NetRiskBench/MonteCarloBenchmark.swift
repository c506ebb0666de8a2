// Times the Monte Carlo on the world dataset: bit-parallel against the scalar
// reference, and 1 against 2 threads.
import Foundation
import NetRisk
import NetRiskData

/// Prints trials per second of the bit-parallel engine on 1 and 2 threads,
/// of the scalar reference (on fewer trials), and the time of `trials`
/// trials on 2 threads.
func runMonteCarloBenchmark(directory: String, trials: Int, wholeCables: Bool = false) throws {
  var (model, _) = try RiskModel.load(from: directory + "/models/default.json")
  if wholeCables { model.cableSegments = false }
  let dataset = try Dataset.load(from: directory)
  let engine = MonteCarlo(dependency: try DependencyGraph(dataset: dataset, model: model), dataset: dataset, model: model)
  let sample = 64 * 200
  var rates: [String: Double] = [:]
  for threads in [1, 2] {
    let timed = medianTime(runs: 3) { engine.run(trials: sample, seed: 7, threads: threads) }
    rates["bit-parallel-\(threads)"] = Double(sample) / timed.seconds
    let isolated = timed.result.countries.filter { $0.isolationProbability > 0 }.count
    report("montecarlo-\(threads)thread", "world", timed.seconds, "trials=\(sample);countries-ever-isolated=\(isolated)")
  }
  let scalarTrials = 64 * 10
  let scalar = medianTime(runs: 1) { engine.runScalarReference(trials: scalarTrials, seed: 7) }
  rates["scalar"] = Double(scalarTrials) / scalar.seconds
  report("montecarlo-scalar", "world", scalar.seconds, "trials=\(scalarTrials)")
  emit(String(format: "# trials per second on the world: bit-parallel %.0f (1 thread), %.0f (2 threads); scalar %.0f; bit-parallel/scalar %.1fx, 2/1 threads %.2fx",
    rates["bit-parallel-1"] ?? 0, rates["bit-parallel-2"] ?? 0, rates["scalar"] ?? 0,
    (rates["bit-parallel-1"] ?? 0) / max(rates["scalar"] ?? 1, 1e-9), (rates["bit-parallel-2"] ?? 0) / max(rates["bit-parallel-1"] ?? 1, 1e-9)))
  let start = monotonicSeconds()
  let big = engine.run(trials: trials, seed: 7, threads: 2)
  report("montecarlo-\(big.trials)trials-2threads", "world", monotonicSeconds() - start, "needed-for-se=\(big.trialsForTargetStandardError)")
}
