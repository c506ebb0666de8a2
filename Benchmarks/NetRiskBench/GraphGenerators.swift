// Deterministic benchmark graphs: infrastructure-like and power-law with
// pendant trees, at three scales.
import NetRiskGraph

/// A benchmark input: an undirected graph with capacities (for every
/// undirected algorithm and max-flow) and a directed one (for dominators).
struct BenchmarkGraph {
  var name: String
  var nodeCount: Int
  /// Undirected edges `(u, v, capacity)`, u < v, no self-loops or parallel edges.
  var edges: [(Int32, Int32, Int64)]
  /// Directed arcs `(u, v)`.
  var arcs: [(Int32, Int32)]
  var source: Int?
  var sink: Int?
  var root: Int?

  func undirectedGraph(withCapacities: Bool) throws -> Graph {
    try Graph(
      nodeCount: nodeCount, sources: edges.map { Int($0.0) }, targets: edges.map { Int($0.1) },
      capacities: withCapacities ? edges.map { $0.2 } : nil, directed: false)
  }

  func directedGraph() throws -> Graph {
    try Graph(
      nodeCount: nodeCount, sources: arcs.map { Int($0.0) }, targets: arcs.map { Int($0.1) },
      capacities: nil, directed: true)
  }
}

enum GraphScale: String, CaseIterable {
  case small, medium, large

  /// The generated graphs up to and including this scale.
  var graphs: [() -> BenchmarkGraph] {
    let all: [(GraphScale, () -> BenchmarkGraph)] = [
      (.small, { var generator = GraphGenerator(seed: 1); return generator.infrastructureLike(name: "infra-3k", nodes: 3_000, hubs: 60) }),
      (.medium, { var generator = GraphGenerator(seed: 2); return generator.powerLaw(name: "powerlaw-80k", nodes: 80_000, meanLinks: 8.0, pendantShare: 0.25) }),
      (.large, { var generator = GraphGenerator(seed: 3); return generator.powerLaw(name: "powerlaw-1m", nodes: 1_000_000, meanLinks: 6.35, pendantShare: 0.25) }),
    ]
    let order = GraphScale.allCases
    return all.filter { order.firstIndex(of: $0.0)! <= order.firstIndex(of: self)! }.map { $0.1 }
  }
}

struct GraphGenerator {
  var rng: SplitMix64

  init(seed: UInt64) { rng = SplitMix64(seed: seed) }

  mutating func below(_ bound: Int) -> Int { Int(rng.next() % UInt64(bound)) }

  /// Hubs meshed with each other, and a periphery in which each node hangs
  /// off a hub or an earlier periphery node (a tree), some with extra links:
  /// the shape of submarine-cable and border infrastructure.
  mutating func infrastructureLike(name: String, nodes: Int, hubs: Int) -> BenchmarkGraph {
    var edges: [(Int32, Int32)] = []
    for u in 0 ..< hubs {
      for v in (u + 1) ..< hubs where rng.nextUnitDouble() < 0.35 { edges.append((Int32(u), Int32(v))) }
    }
    for node in hubs ..< nodes {
      let parent = rng.nextUnitDouble() < 0.6 ? below(hubs) : hubs + below(max(node - hubs, 1))
      var linked: Set<Int> = [min(parent, node - 1)]
      if rng.nextUnitDouble() < 0.7 {
        for _ in 0 ..< 1 + below(3) {
          let other = rng.nextUnitDouble() < 0.5 ? below(hubs) : below(node)
          linked.insert(other)
        }
      }
      for other in linked.sorted() { edges.append((Int32(other), Int32(node))) }
    }
    return finish(name: name, nodes: nodes, edges: edges)
  }

  /// Preferential attachment (Barabási–Albert style, with a 10 % uniform
  /// mix) where a share of nodes join by a single link to a uniform earlier
  /// node, growing pendant trees: articulation points and bridges abound.
  mutating func powerLaw(name: String, nodes: Int, meanLinks: Double, pendantShare: Double) -> BenchmarkGraph {
    let seedSize = Int(meanLinks.rounded(.up)) + 1
    var edges: [(Int32, Int32)] = []
    var endpoints: [Int32] = []
    edges.reserveCapacity(Int(Double(nodes) * meanLinks))
    endpoints.reserveCapacity(2 * Int(Double(nodes) * meanLinks))
    for u in 0 ..< seedSize {
      for v in (u + 1) ..< seedSize {
        edges.append((Int32(u), Int32(v)))
        endpoints += [Int32(u), Int32(v)]
      }
    }
    var chosen: [Int] = []
    for node in seedSize ..< nodes {
      chosen.removeAll(keepingCapacity: true)
      if rng.nextUnitDouble() < pendantShare {
        chosen.append(below(node))
      } else {
        let whole = Int(meanLinks)
        let links = whole + (rng.nextUnitDouble() < meanLinks - Double(whole) ? 1 : 0)
        while chosen.count < links {
          let candidate = rng.nextUnitDouble() < 0.1 ? below(node) : Int(endpoints[below(endpoints.count)])
          if !chosen.contains(candidate) { chosen.append(candidate) }
        }
        chosen.sort()
      }
      for other in chosen {
        edges.append((Int32(other), Int32(node)))
        endpoints += [Int32(other), Int32(node)]
      }
    }
    return finish(name: name, nodes: nodes, edges: edges)
  }

  /// Capacities 1...100, arcs mostly oriented from older to newer nodes
  /// (70 % forward, 10 % backward, 20 % both ways), root 0, and a max-flow
  /// pair from node 0 to the newest node with three or more links.
  mutating func finish(name: String, nodes: Int, edges: [(Int32, Int32)]) -> BenchmarkGraph {
    var weighted: [(Int32, Int32, Int64)] = []
    var arcs: [(Int32, Int32)] = []
    var degree = [Int32](repeating: 0, count: nodes)
    weighted.reserveCapacity(edges.count)
    arcs.reserveCapacity(edges.count * 6 / 5)
    for (u, v) in edges {
      weighted.append((u, v, Int64(1 + below(100))))
      degree[Int(u)] += 1
      degree[Int(v)] += 1
      let draw = rng.nextUnitDouble()
      if draw < 0.7 {
        arcs.append((u, v))
      } else if draw < 0.8 {
        arcs.append((v, u))
      } else {
        arcs.append((u, v))
        arcs.append((v, u))
      }
    }
    let sink = (0 ..< nodes).last { degree[$0] >= 3 && $0 != 0 } ?? max(nodes - 1, 0)
    return BenchmarkGraph(name: name, nodeCount: nodes, edges: weighted, arcs: arcs, source: 0, sink: sink, root: 0)
  }
}
