// netrisk-bench: times the graph core on generated or given graphs and prints
// one line per algorithm, `netrisk ALGORITHM NAME SECONDS DIGEST`, so that
// scripts/peer_compare.py can set them beside networkx and igraph.
import Foundation
import NetRiskData
import NetRiskGraph

let usage = """
  Usage:
    netrisk-bench [--scale small|medium|large|all] time the generated graphs up to that scale (default: small; all = large)
    netrisk-bench --edges FILE [--arcs FILE] [--name NAME]
                                                   time a graph read from files (first line: its load,
                                                   parse + build, as 'netrisk load NAME SECONDS nodes=N;edges=M')
    --algorithms LIST                              with --scale or --edges: time only these (comma-separated:
                                                   components, ap, bridges, bcc, dominators, maxflow, spof,
                                                   bitreach, betweenness; default all)
    netrisk-bench --write-graphs DIR [--scale S]   write the generated graphs as DIR/NAME.edges and .arcs
    netrisk-bench --priorities                     time 'priorities --world' with every generated candidate
    netrisk-bench --world [DIR] [--trials N] [--whole-cables]
                                                   time loading and scoring the world dataset (default: Datasets/),
                                                   the N-1 and N-2 sweeps,
                                                   and the Monte Carlo (N trials, default 1,000,000); with
                                                   --whole-cables, every cable one node (cableSegments false)

  Scales: small = infra-3k (3k nodes, ~8k edges); medium adds powerlaw-80k (80k, ~500k);
  large adds powerlaw-1m (1M, ~5M). Seconds are the median of 3 runs of the algorithm alone.
  File format: '# nodes N edges M', '# source S sink T', '# root R' headers; 'u v [capacity]' lines.
  """

func value(after flag: String, in arguments: [String]) -> String? {
  guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return nil }
  return arguments[index + 1]
}

func runBench(_ arguments: [String]) -> Int32 {
  if arguments.contains("--help") || arguments.contains("-h") {
    print(usage)
    return 0
  }
  if arguments.contains("--priorities") {
    do {
      try runPrioritiesBenchmark(directory: Dataset.defaultDirectory)
      return 0
    } catch {
      FileHandle.standardError.write(Data("netrisk-bench: \(error)\n".utf8))
      return 2
    }
  }
  if let world = arguments.firstIndex(of: "--world") {
    let directory = world + 1 < arguments.count && !arguments[world + 1].hasPrefix("--") ? arguments[world + 1] : Dataset.defaultDirectory
    do {
      try runScoreBenchmark(directory: directory)
      try runSweepBenchmark(directory: directory)
      let trials = Int(value(after: "--trials", in: arguments) ?? "") ?? 1_000_000
      try runMonteCarloBenchmark(directory: directory, trials: trials, wholeCables: arguments.contains("--whole-cables"))
      return 0
    } catch {
      FileHandle.standardError.write(Data("netrisk-bench: \(error)\n".utf8))
      return 2
    }
  }
  let known: Set<String> = ["--scale", "--edges", "--arcs", "--name", "--write-graphs", "--algorithms"]
  var index = 0
  while index < arguments.count {
    guard known.contains(arguments[index]), index + 1 < arguments.count else {
      FileHandle.standardError.write(Data("netrisk-bench: unexpected argument '\(arguments[index])'\n\(usage)\n".utf8))
      return 2
    }
    index += 2
  }
  let scaleText = value(after: "--scale", in: arguments) ?? "small"
  // Scales are cumulative, so "all" (the peer script's name for every graph) is "large".
  guard let scale = GraphScale(rawValue: scaleText == "all" ? "large" : scaleText) else {
    FileHandle.standardError.write(Data("netrisk-bench: unknown scale '\(scaleText)'; expected small, medium, large or all\n".utf8))
    return 2
  }
  let algorithmNames = ["components", "ap", "bridges", "bcc", "dominators", "maxflow", "spof", "bitreach", "betweenness"]
  var algorithms: Set<String>? = nil
  if let list = value(after: "--algorithms", in: arguments) {
    let names = list.split(separator: ",").map { String($0) }
    if let unknown = names.first(where: { !algorithmNames.contains($0) }) {
      FileHandle.standardError.write(Data("netrisk-bench: unknown algorithm '\(unknown)'; expected \(algorithmNames.joined(separator: ", "))\n".utf8))
      return 2
    }
    algorithms = Set(names)
  }
  do {
    if let directory = value(after: "--write-graphs", in: arguments) {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      for make in scale.graphs {
        let graph = make()
        try graph.write(to: directory)
        print("wrote \(directory)/\(graph.name).edges and .arcs")
      }
      return 0
    }
    if let edges = value(after: "--edges", in: arguments) {
      let name = value(after: "--name", in: arguments)
        ?? URL(fileURLWithPath: edges).deletingPathExtension().lastPathComponent
      // Load = parse the files + build the CSR graph, once (a cold read, as a user's).
      let started = monotonicSeconds()
      let graph = try BenchmarkGraph.read(edges: edges, arcs: value(after: "--arcs", in: arguments), name: name)
      let parsed = monotonicSeconds()
      let built = try graph.undirectedGraph(withCapacities: false)
      let finished = monotonicSeconds()
      emit(String(format: "# load %@: parse %.3f s, build %.3f s", name, parsed - started, finished - parsed))
      report("load", name, finished - started, "nodes=\(built.nodeCount);edges=\(built.edgeCount)")
      try AlgorithmBenchmarks(input: graph, baselines: graph.nodeCount <= 5_000, algorithms: algorithms).run()
      return 0
    }
    for make in scale.graphs {
      let graph = make()
      try AlgorithmBenchmarks(input: graph, baselines: graph.nodeCount <= 5_000, algorithms: algorithms).run()
    }
    return 0
  } catch {
    FileHandle.standardError.write(Data("netrisk-bench: \(error)\n".utf8))
    return 2
  }
}

exit(runBench(Array(CommandLine.arguments.dropFirst())))
