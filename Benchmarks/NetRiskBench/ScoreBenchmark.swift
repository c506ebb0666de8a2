// Times the full `netrisk score` pipeline on the world dataset, stage by stage.
import Foundation
import NetRisk
import NetRiskData
import NetRiskReport

/// Prints the dataset load line, then one line per stage of the score
/// pipeline (load, build + analyse, render) and the total, each the median of 3.
func runScoreBenchmark(directory: String) throws {
  emit(try datasetLoadBenchmarkLine(directory: directory))
  let (model, hash) = try RiskModel.load(from: directory + "/models/default.json")
  let load = medianTime { try? Dataset.load(from: directory) }
  guard let dataset = load.result else {
    throw BenchmarkInputError(description: "\(directory): the dataset does not load; run 'netrisk validate \(directory)'")
  }
  let build = medianTime { try? DependencyGraph(dataset: dataset, model: model) }
  if let graph = build.result {
    report("score-build-graph", "world", build.seconds, "nodes=\(graph.nodeCount);edges=\(graph.graph.edgeCount)")
  }
  let analyse = medianTime { try? Exposure.assess(dataset: dataset, model: model, modelHash: hash) }
  guard let exposure = analyse.result else { throw BenchmarkInputError(description: "the exposure analysis failed") }
  let top = exposure.countries.prefix(3).map(\.code).joined(separator: ",")
  report("score-analyse", "world", analyse.seconds, "countries=\(exposure.countries.count);top=\(top)")
  let render = medianTime { (try? ExposureRenderer.render(exposure, format: .table, top: nil))?.utf8.count ?? 0 }
  report("score-render", "world", render.seconds, "bytes=\(render.result)")
  let total = medianTime { () -> Int in
    guard let world = try? Dataset.load(from: directory),
      let result = try? Exposure.assess(dataset: world, model: model, modelHash: hash),
      let text = try? ExposureRenderer.render(result, format: .table, top: nil)
    else { return 0 }
    return text.utf8.count
  }
  report("score-total", "world", total.seconds, "bytes=\(total.result)")
}
