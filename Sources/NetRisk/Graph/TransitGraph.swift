// The part of the dependency graph that carries international traffic.
import NetRiskGraph

/// The transit part of a dependency graph (core, core links, countries,
/// landing points, cables, border links), renumbered. Max-flows and Monte
/// Carlo reachability run on it: about a quarter of the whole graph, since
/// IXPs, facilities, root instances and grids carry no transit.
struct TransitGraph: Sendable {
  let graph: Graph
  /// Transit id of each dependency node (nil when it carries no transit), and back.
  let id: [Int?]
  let node: [Int]
  /// Transit ids of the nodes every transit graph has: the core, each
  /// country, and each hub's core link (nil where a country is not a hub).
  let core: Int
  let country: [Int]
  let coreLink: [Int?]

  init(_ dependency: DependencyGraph) {
    var id = [Int?](repeating: nil, count: dependency.nodeCount)
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
      if let u = id[u], let v = id[v] {
        sources.append(u)
        targets.append(v)
      }
    }
    // Ids come from a valid graph, so the subgraph is valid too.
    graph = (try? Graph(nodeCount: node.count, sources: sources, targets: targets, capacities: nil, directed: false)) ?? whole
    self.id = id
    self.node = node
    // The core, countries and core links are transit kinds (above), so
    // their ids exist; 0 is never read.
    core = id[dependency.core] ?? 0
    country = dependency.countryNode.map { id[$0] ?? 0 }
    coreLink = dependency.coreLinkNode.map { $0.flatMap { id[$0] } }
  }
}

extension TransitGraph {
  /// The transit-graph nodes whose elements are of `kinds` (of
  /// `NodeKind.pairSweepable`, the links that carry international traffic).
  /// - Complexity: O(transit nodes).
  func nodes(of kinds: Set<NodeKind>, in dependency: DependencyGraph) -> [Int] {
    let chosen = kinds.intersection(NodeKind.pairSweepable)
    return node.indices.filter { chosen.contains(dependency.kinds[node[$0]]) }
  }
}
