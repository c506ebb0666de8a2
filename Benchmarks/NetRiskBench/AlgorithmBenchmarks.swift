// Times each graph algorithm on one input and prints a checkable digest.
import Foundation
import NetRiskGraph

struct AlgorithmBenchmarks {
  var input: BenchmarkGraph
  /// Run the naive baselines (SPOF by removal, 64 scalar searches); only on small graphs.
  var baselines: Bool
  /// The algorithms to time (components, ap, bridges, bcc, dominators,
  /// maxflow, spof, bitreach, betweenness); nil for all of them.
  var algorithms: Set<String>? = nil

  func wants(_ algorithm: String) -> Bool { algorithms?.contains(algorithm) ?? true }

  func run() throws {
    let name = input.name
    // Resident memory of the graph alone: freed builder temporaries are
    // handed back to the OS before each reading.
    let before = residentBytesAfterTrim()
    let graph = try input.undirectedGraph(withCapacities: false)
    let csrBytes = 4 * (graph.nodeCount + 1) + 8 * graph.arcCount
    emit(String(
      format: "# graph %@: %d nodes, %d edges; CSR %.1f MB; resident +%.1f MB after building (capacities, for max-flow only, add %.1f MB)",
      name, graph.nodeCount, graph.edgeCount, Double(csrBytes) / 1e6,
      Double(residentBytesAfterTrim() - before) / 1e6, Double(8 * graph.edgeCount) / 1e6))

    if wants("components") {
      let components = medianTime { graph.connectedComponents() }
      report("components", name, components.seconds, "comps=\(components.result.count);largest=\(components.result.largestSize)")
    }

    if wants("ap") {
      let aps = medianTime { graph.articulationPoints() }
      report("ap", name, aps.seconds, "aps=\(aps.result.count);idsum=\(aps.result.reduce(0, +))")
    }

    if wants("bridges") {
      let bridges = medianTime { graph.bridges() }
      let ends = graph.edgeEndpoints()
      let endSum = bridges.result.reduce(0) { $0 + ends[$1].source + ends[$1].target }
      report("bridges", name, bridges.seconds, "bridges=\(bridges.result.count);endsum=\(endSum)")
    }

    if wants("bcc") {
      let blocks = medianTime { graph.biconnectedComponents() }
      let largestBlock = (0 ..< blocks.result.count).map(blocks.result.nodeCount(in:)).max() ?? 0
      report("bcc", name, blocks.seconds, "bcc=\(blocks.result.count);largest=\(largestBlock)")
    }

    if wants("dominators"), let root = input.root, !input.arcs.isEmpty {
      let directed = try input.directedGraph()
      let tree = medianTime { directed.dominatorTree(from: root) }
      report("dominators", name, tree.seconds, dominatorDigest(tree.result, nodeCount: directed.nodeCount))
    }

    if wants("maxflow"), let source = input.source, let sink = input.sink, source != sink {
      let capacitated = try input.undirectedGraph(withCapacities: true)
      let flow = medianTime { capacitated.maximumFlow(from: source, to: sink) }
      report("maxflow", name, flow.seconds, "flow=\(flow.result.value.map(String.init) ?? "unbounded")")
    }

    let root = input.root ?? 0
    if graph.nodeCount > 0 {
      if wants("spof") {
        let spof = medianTime { singlePointsOfFailureByDominators(graph, root: root) }
        report("spof-dominators", name, spof.seconds, spof.result)
        if baselines {
          let naive = medianTime(runs: 1) { singlePointsOfFailureByRemoval(graph, root: root) }
          report("spof-naive", name, naive.seconds, naive.result)
          emit(String(format: "# spof speedup on %@: dominators %.0fx faster than removal", name, naive.seconds / spof.seconds))
        }
      }
      if wants("bitreach") { try bitParallelReachability(graph, root: root) }
      if wants("betweenness") {
        // 64 sampled sources up to 100k nodes; 8 beyond, to keep the 1M run short.
        let sampled = min(graph.nodeCount, graph.nodeCount <= 100_000 ? 64 : 8)
        let centrality = medianTime(runs: 1) { graph.betweenness(sampleSources: sampled, seed: 1) }
        let top = centrality.result.indices.max { centrality.result[$0] < centrality.result[$1] } ?? -1
        report("betweenness-\(sampled)src", name, centrality.seconds, "top=\(top)")
      }
    }
  }

  /// 64 Monte Carlo trials, each node down with probability 0.02, reached
  /// from the root: bit-parallel against 64 scalar searches.
  func bitParallelReachability(_ graph: Graph, root: Int) throws {
    var rng = SplitMix64(seed: 99)
    var alive = TrialMasks(allAlive: graph.nodeCount, wordsPerNode: 1)
    for node in 0 ..< graph.nodeCount {
      var down: UInt64 = 0
      for bit in 0 ..< 64 where rng.nextUnitDouble() < 0.02 { down |= 1 << UInt64(bit) }
      alive[node, 0] = ~down
    }
    let parallel = medianTime { graph.reachableTrials(from: [root], alive: alive) }
    let parallelSum = parallel.result.words.reduce(0) { $0 + $1.nonzeroBitCount }
    report("bitreach64", input.name, parallel.seconds, "reachsum=\(parallelSum)")
    guard baselines else { return }
    let masks = (0 ..< 64).map { alive.nodes(inTrial: $0) }
    let scalar = medianTime(runs: 1) {
      masks.reduce(0) { $0 + graph.induced(by: $1).reachable(from: [root]).population }
    }
    report("bfs64", input.name, scalar.seconds, "reachsum=\(scalar.result)")
    emit(String(format: "# bit-parallel speedup on %@: %.1fx over 64 scalar searches", input.name, scalar.seconds / parallel.seconds))
  }
}

/// `reach=R;idomsum=S;dominators=D`, as scripts/peer_compare.py expects.
func dominatorDigest(_ tree: DominatorTree, nodeCount: Int) -> String {
  var reach = 0, idomSum = 0
  var distinct = Set<Int>()
  for node in 0 ..< nodeCount {
    switch tree.immediateDominator(of: node) {
    case .root: reach += 1
    case .unreachable: break
    case .node(let dominator):
      reach += 1
      idomSum += dominator
      distinct.insert(dominator)
    }
  }
  return "reach=\(reach);idomsum=\(idomSum);dominators=\(distinct.count)"
}

/// Every (node, single point of failure) pair on the way to `root`, listed
/// from one dominator tree: `pairs=P;nodes=N` (pairs excluding the root;
/// nodes with at least one single point of failure).
func singlePointsOfFailureByDominators(_ graph: Graph, root: Int) -> String {
  let tree = graph.dominatorTree(from: root)
  var pairs = 0, exposed = 0
  for node in 0 ..< graph.nodeCount {
    // Strict dominators other than the root itself.
    let failures = max(tree.strictDominatorCount(of: node) - 1, 0)
    pairs += failures
    if failures > 0 { exposed += 1 }
  }
  return "pairs=\(pairs);nodes=\(exposed)"
}

/// The same list the naive way: remove each node, search again from the root.
func singlePointsOfFailureByRemoval(_ graph: Graph, root: Int) -> String {
  let reachable = graph.reachable(from: [root])
  var failuresOf = [Int](repeating: 0, count: graph.nodeCount)
  for removed in 0 ..< graph.nodeCount where removed != root && reachable.contains(removed) {
    let still = graph.removing([removed]).reachable(from: [root])
    for node in reachable.members where node != removed && !still.contains(node) { failuresOf[node] += 1 }
  }
  return "pairs=\(failuresOf.reduce(0, +));nodes=\(failuresOf.filter { $0 > 0 }.count)"
}
