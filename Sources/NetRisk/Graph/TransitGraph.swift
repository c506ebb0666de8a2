// The part of the dependency graph that carries international traffic.
import NetRiskData
import NetRiskGraph

/// The transit part of a dependency graph (core, core links, countries,
/// landing points, cables, border links), renumbered. Max-flows and Monte
/// Carlo reachability run on it: about a quarter of the whole graph, since
/// IXPs, facilities, root instances and grids carry no transit.
struct TransitGraph: Sendable {
  /// A node of the transit graph: a node number of `graph`, which is not
  /// the dependency graph's number for the same element (`dependencyNode`
  /// and `node(of:)` convert). Its own type, so the two numberings cannot be
  /// mixed; `index` is what the graph core's algorithms take and return.
  struct Node: Hashable, Comparable, Sendable {
    let index: Int
    static func < (lhs: Node, rhs: Node) -> Bool { lhs.index < rhs.index }
  }

  let graph: Graph
  /// The transit node of each dependency node (nil when it carries no transit).
  private let nodeOfDependencyNode: [Node?]
  /// The dependency node of each transit node, by `index`.
  private let dependencyNodes: [Int]
  /// The transit nodes every transit graph has: the core, each country, and
  /// each hub's core link (nil where a country is not a hub).
  let core: Node
  let country: RowValues<Country, Node>
  let coreLink: RowValues<Country, Node?>

  init(_ dependency: DependencyGraph) {
    var id = [Node?](repeating: nil, count: dependency.nodeCount)
    var node: [Int] = []
    for candidate in 0 ..< dependency.nodeCount {
      switch dependency.kinds[candidate] {
      case .core, .coreLink, .country, .landingPoint, .cable, .cableSegment, .borderLink:
        id[candidate] = Node(index: node.count)
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
        sources.append(u.index)
        targets.append(v.index)
      }
    }
    // Ids come from a valid graph, so the subgraph is valid too.
    graph = (try? Graph(nodeCount: node.count, sources: sources, targets: targets, capacities: nil, directed: false)) ?? whole
    nodeOfDependencyNode = id
    dependencyNodes = node
    // The core, countries and core links are transit kinds (above), so
    // their nodes exist; the fallback is never read.
    core = id[dependency.core] ?? Node(index: 0)
    country = RowValues(dependency.countryNode.map { id[$0] ?? Node(index: 0) })
    coreLink = RowValues(dependency.coreLinkNode.map { $0.flatMap { id[$0] } })
  }

  /// The transit node of dependency node `node`, or nil when it carries no transit.
  func node(of dependencyNode: Int) -> Node? { nodeOfDependencyNode[dependencyNode] }

  /// The dependency node that transit node `node` stands for.
  func dependencyNode(_ node: Node) -> Int { dependencyNodes[node.index] }

  /// The dependency node of the transit node numbered `index` by the graph
  /// core (an algorithm's result on `graph`).
  func dependencyNode(index: Int) -> Int { dependencyNodes[index] }

  /// Every transit node, in order (no array is built).
  var nodes: LazyMapSequence<Range<Int>, Node> { dependencyNodes.indices.lazy.map(Node.init) }
}

extension TransitGraph {
  /// The transit-graph nodes whose elements are of `kinds` (of
  /// `NodeKind.pairSweepable`, the links that carry international traffic).
  /// - Complexity: O(transit nodes).
  func nodes(of kinds: Set<NodeKind>, in dependency: DependencyGraph) -> [Node] {
    let chosen = kinds.intersection(NodeKind.pairSweepable)
    return nodes.filter { chosen.contains(dependency.kinds[dependencyNode($0)]) }
  }
}
