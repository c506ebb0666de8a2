// Dominator trees: which nodes every path from a root must pass through.

/// The immediate dominator of one node.
public enum Dominator: Hashable, Sendable {
  /// The node is the root itself.
  case root
  /// No path from the root reaches the node.
  case unreachable
  /// The nearest strict dominator.
  case node(Int)
}

/// The dominator tree of a graph seen from a root.
///
/// Node `d` dominates `v` when every path from the root to `v` passes through
/// `d`. With arcs oriented from the global core outward, the strict
/// dominators of a country other than the core are exactly the elements whose
/// single failure cuts it off: its single points of failure, for every
/// country from one pass. On an undirected graph (each edge usable both
/// ways), `d` dominates `v` exactly when removing `d` separates `v` from the root.
public struct DominatorTree: Sendable {
  /// The root the tree was computed from.
  public let root: Int
  /// Immediate dominator per node: a node id, `rootMarker` or `unreachableMarker`.
  /// The two markers are distinct so that "root" and "unreachable" never share a value.
  let idom: [Int32]
  /// Preorder entry and exit times in the dominator tree, for O(1) ancestry.
  let enter: [Int32]
  let exit: [Int32]
  /// Number of nodes each node dominates, itself included (0 when unreachable).
  let dominatedCount: [Int32]
  /// Depth in the dominator tree: the number of strict dominators (-1 when unreachable).
  let depth: [Int32]

  static let rootMarker: Int32 = -1
  static let unreachableMarker: Int32 = -2

  /// The immediate dominator of `node`.
  public func immediateDominator(of node: Int) -> Dominator {
    switch idom[node] {
    case Self.rootMarker: return .root
    case Self.unreachableMarker: return .unreachable
    case let dominator: return .node(Int(dominator))
    }
  }

  /// Whether `node` is reachable from the root.
  public func isReachable(_ node: Int) -> Bool { idom[node] != Self.unreachableMarker }

  /// The strict dominators of `node`, nearest first, ending with the root;
  /// empty for the root and for unreachable nodes.
  /// - Complexity: O(depth of `node` in the dominator tree).
  public func dominators(of node: Int) -> [Int] {
    var result: [Int] = []
    var current = idom[node]
    while current >= 0 {
      result.append(Int(current))
      current = idom[Int(current)]
    }
    return result
  }

  /// Whether `dominator` dominates `node` (every node dominates itself).
  /// False when either is unreachable.
  /// - Complexity: O(1).
  public func dominates(_ dominator: Int, _ node: Int) -> Bool {
    guard isReachable(dominator), isReachable(node) else { return false }
    return enter[dominator] <= enter[node] && exit[node] <= exit[dominator]
  }

  /// Number of nodes that `node` dominates, itself included: how many nodes
  /// lose every path from the root when `node` fails (plus itself). 0 when
  /// unreachable.
  /// - Complexity: O(1).
  public func dominatedNodeCount(_ node: Int) -> Int { Int(dominatedCount[node]) }

  /// Number of strict dominators of `node` (its depth in the tree): 0 for the
  /// root, -1 when unreachable.
  /// - Complexity: O(1).
  public func strictDominatorCount(of node: Int) -> Int { Int(depth[node]) }

  /// Number of nodes reachable from the root, the root included.
  public var reachableCount: Int { idom.lazy.filter { $0 != Self.unreachableMarker }.count }
}

extension Graph {
  /// The dominator tree of the graph seen from `root`, following out-arcs (an
  /// undirected graph's edges are followed both ways).
  ///
  ///     let tree = graph.dominatorTree(from: core)
  ///     tree.immediateDominator(of: tonga)   // .node(tongaCable)
  ///     tree.dominators(of: tonga)           // [tongaCable, ..., core]
  ///
  /// SEMI-NCA (Georgiadis, "Linear-time algorithms for dominators and related
  /// problems", PhD thesis, Princeton 2005; Georgiadis, Tarjan and Werneck,
  /// "Finding dominators in practice", JGAA 10(1), 2006,
  /// https://doi.org/10.7155/jgaa.00119): semidominators as in Lengauer and
  /// Tarjan, "A fast algorithm for finding dominators in a flowgraph" (1979),
  /// https://doi.org/10.1145/357062.357071, in its simple form (path
  /// compression without balancing), then immediate dominators by walking up
  /// the tree being built instead of Lengauer and Tarjan's buckets. Explicit
  /// stacks for the depth-first search and for path compression, so that
  /// deep graphs cannot overflow the call stack.
  ///
  /// Self-loops and parallel arcs change nothing; nodes not reachable from
  /// `root` are `.unreachable`. An out-of-range root is a caller bug
  /// (precondition), so an empty graph has no valid root.
  /// - Complexity: O(*E* log *V*) for the semidominators and O(*V*²) in the
  ///   worst case for the tree walk (linear on the graphs met in practice,
  ///   per Georgiadis, Tarjan and Werneck); O(*V* + *E*) memory (the reverse
  ///   graph of a directed graph is built once).
  public func dominatorTree(from root: Int) -> DominatorTree {
    precondition(root >= 0 && root < nodeCount, "root \(root) outside 0..<\(nodeCount)")
    return dominatorSearch(from: root, filter: AllNodes())
  }

  func dominatorSearch<Filter: NodeFilter>(from root: Int, filter: Filter) -> DominatorTree {
    let none: Int32 = -1
    // Depth-first preorder: number[node] is its preorder index, vertex[i] the node.
    var number = [Int32](repeating: none, count: nodeCount)
    var vertex = [Int32]()
    var parent = [Int32]()
    if filter.allows(root) {
      var stackNode: [Int32] = [Int32(root)], stackArc: [Int32] = [offsets[root]]
      number[root] = 0
      vertex.append(Int32(root))
      parent.append(none)
      while let top = stackNode.last {
        let node = Int(top)
        let frame = stackNode.count - 1
        let arc = Int(stackArc[frame])
        if arc == Int(offsets[node + 1]) {
          stackNode.removeLast()
          stackArc.removeLast()
          continue
        }
        stackArc[frame] += 1
        let next = Int(targets[arc])
        if number[next] == none && filter.allows(next) {
          number[next] = Int32(vertex.count)
          vertex.append(Int32(next))
          parent.append(number[node])
          stackNode.append(Int32(next))
          stackArc.append(offsets[next])
        }
      }
    }
    let reached = vertex.count
    let predecessors = isDirected ? reversed() : self

    // Semidominators, in preorder numbers, from the last node back (the
    // link-eval forest of the simple Lengauer–Tarjan version), then
    // immediate dominators as nearest common ancestors in preorder (SEMI-NCA):
    // idom(w) is the deepest ancestor of w's tree parent, on the dominator
    // tree built so far, whose number is at most semi(w). No buckets.
    var forest = LinkEvalForest(count: reached)
    var w = reached - 1
    while w >= 1 {
      let node = Int(vertex[w])
      for arc in Int(predecessors.offsets[node]) ..< Int(predecessors.offsets[node + 1]) {
        let v = number[Int(predecessors.targets[arc])]
        if v == none { continue }
        let u = forest.evaluate(v)
        if forest.semi[Int(u)] < forest.semi[w] { forest.semi[w] = forest.semi[Int(u)] }
      }
      forest.ancestor[w] = parent[w]
      w -= 1
    }
    var idom = parent
    if reached > 1 {
      for w in 1 ..< reached {
        var d = idom[w]
        while d > forest.semi[w] { d = idom[Int(d)] }
        idom[w] = d
      }
    }

    // Back to node ids, then entry/exit times and subtree sizes of the tree.
    var idomNode = [Int32](repeating: DominatorTree.unreachableMarker, count: nodeCount)
    if reached > 0 { idomNode[root] = DominatorTree.rootMarker }
    var childCount = [Int32](repeating: 0, count: reached + 1)
    for w in 1 ..< max(reached, 1) {
      idomNode[Int(vertex[w])] = vertex[Int(idom[w])]
      childCount[Int(idom[w]) + 1] += 1
    }
    for i in 0 ..< reached { childCount[i + 1] += childCount[i] }
    var children = [Int32](repeating: 0, count: max(reached - 1, 0))
    var fill = childCount
    for w in 1 ..< max(reached, 1) {
      let d = Int(idom[w])
      children[Int(fill[d])] = Int32(w)
      fill[d] += 1
    }
    var enter = [Int32](repeating: -1, count: nodeCount)
    var exit = [Int32](repeating: -1, count: nodeCount)
    var size = [Int32](repeating: 0, count: nodeCount)
    var depth = [Int32](repeating: -1, count: nodeCount)
    if reached > 0 {
      depth[root] = 0
      var clock: Int32 = 0
      var stack: [Int32] = [0], next: [Int32] = [childCount[0]]
      enter[root] = clock
      clock += 1
      while let top = stack.last {
        let frame = stack.count - 1
        let t = Int(top)
        if next[frame] < childCount[t + 1] {
          let child = children[Int(next[frame])]
          next[frame] += 1
          enter[Int(vertex[Int(child)])] = clock
          depth[Int(vertex[Int(child)])] = depth[Int(vertex[t])] + 1
          clock += 1
          stack.append(child)
          next.append(childCount[Int(child)])
        } else {
          let node = Int(vertex[t])
          exit[node] = clock
          clock += 1
          size[node] += 1
          stack.removeLast()
          next.removeLast()
          if let up = stack.last { size[Int(vertex[Int(up)])] += size[node] }
        }
      }
    }
    return DominatorTree(root: root, idom: idomNode, enter: enter, exit: exit, dominatedCount: size, depth: depth)
  }
}

extension InducedGraph {
  /// The dominator tree of the subgraph induced by the alive nodes; dead
  /// nodes are `.unreachable`, and so is everything when `root` is dead.
  /// - Complexity: O(*E* log *V*) time, O(*V* + *E*) memory.
  public func dominatorTree(from root: Int) -> DominatorTree {
    precondition(root >= 0 && root < base.nodeCount, "root \(root) outside 0..<\(base.nodeCount)")
    return base.dominatorSearch(from: root, filter: alive)
  }
}

/// The link-eval forest of Lengauer and Tarjan's simple version: `link` sets
/// `ancestor`, `evaluate` returns the node of minimum semidominator on the
/// path to its tree's root, compressing that path as it goes. Iterative: the
/// path is collected on a stack, then labels are folded from the top down.
struct LinkEvalForest {
  static let none: Int32 = -1
  var semi: [Int32]
  var label: [Int32]
  var ancestor: [Int32]
  private var path: [Int32] = []

  init(count: Int) {
    semi = [Int32](0 ..< Int32(count))
    label = semi
    ancestor = [Int32](repeating: Self.none, count: count)
  }

  mutating func evaluate(_ v: Int32) -> Int32 {
    if ancestor[Int(v)] == Self.none { return v }
    var x = v
    while ancestor[Int(ancestor[Int(x)])] != Self.none {
      path.append(x)
      x = ancestor[Int(x)]
    }
    while let y = path.popLast() {
      let a = ancestor[Int(y)]
      if semi[Int(label[Int(a)])] < semi[Int(label[Int(y)])] { label[Int(y)] = label[Int(a)] }
      ancestor[Int(y)] = ancestor[Int(a)]
    }
    return label[Int(v)]
  }
}
