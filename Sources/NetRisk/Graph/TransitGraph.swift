// The part of the dependency graph that carries international traffic.
import NetRiskGraph

/// The transit part of a dependency graph (core, core links, countries,
/// landing points, cables, border links), renumbered. Max-flows and Monte
/// Carlo reachability run on it: about a quarter of the whole graph, since
/// IXPs, facilities, root instances and grids carry no transit.
struct TransitGraph: Sendable {
  let graph: Graph
  /// Transit id of each dependency node (-1 when not transit), and back.
  let id: [Int]
  let node: [Int]

  init(_ dependency: DependencyGraph) {
    var id = [Int](repeating: -1, count: dependency.nodeCount)
    var node: [Int] = []
    for candidate in 0 ..< dependency.nodeCount {
      switch dependency.kinds[candidate] {
      case .core, .coreLink, .country, .landingPoint, .cable, .cableSegment, .borderLink:
        id[candidate] = node.count
        node.append(candidate)
      case .internetExchange, .facility, .rootInstance, .grid:
        break
      }
    }
    let whole = dependency.graph
    let ends = whole.edgeEndpoints()
    var sources: [Int] = [], targets: [Int] = []
    for edge in 0 ..< whole.edgeCount {
      let (u, v) = ends[edge]
      if id[u] >= 0 && id[v] >= 0 {
        sources.append(id[u])
        targets.append(id[v])
      }
    }
    // Ids come from a valid graph, so the subgraph is valid too.
    graph = (try? Graph(nodeCount: node.count, sources: sources, targets: targets, capacities: nil, directed: false)) ?? whole
    self.id = id
    self.node = node
  }
}
