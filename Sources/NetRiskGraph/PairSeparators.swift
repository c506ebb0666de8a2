// The single nodes and single edges whose loss disconnects two given nodes,
// read off the block-cut tree.

/// What separates two nodes of an undirected graph: the nodes (other than
/// the two) and the edges each of whose loss alone disconnects them, in the
/// order a path from the first to the second meets them.
public struct PairSeparators: Sendable, Equatable {
  /// Articulation points that every path between the two passes through.
  public var nodes: [Int]
  /// Bridges that every path between the two uses.
  public var edges: [Int]

  public init(nodes: [Int], edges: [Int]) {
    self.nodes = nodes
    self.edges = edges
  }
}

extension Graph {
  /// The nodes and edges whose single loss disconnects `source` from
  /// `target`, in path order from `source`; nil when they are not connected
  /// at all, empty lists when `source == target` or when no single loss
  /// separates them.
  ///
  ///     // 0 - 1 - 2, with a second path 1 - 3 - 2
  ///     let graph = try Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (1, 3), (3, 2)])
  ///     graph.separators(between: 0, and: 2)   // nodes [1], edges [0]
  ///
  /// Every path between two nodes passes through exactly the articulation
  /// points on the block-cut-tree path between their tree nodes, and uses an
  /// edge of every block on it; a block of one edge (a bridge) is therefore
  /// crossed by that very edge. Parallel edges and self-loops never separate.
  /// The graph must be undirected (precondition); `source` and `target`
  /// must be node ids (precondition).
  /// - Complexity: O(*V* + *E* + Σ *b* log *b*) time and O(*V* + *E*)
  ///   memory, that of `blockCutTree()`; no recursion.
  public func separators(between source: Int, and target: Int) -> PairSeparators? {
    precondition(!isDirected, "separators need an undirected graph")
    precondition((0 ..< nodeCount).contains(source) && (0 ..< nodeCount).contains(target), "separators: node out of range")
    if source == target { return PairSeparators(nodes: [], edges: []) }
    let search = biconnectivitySearch(filter: AllNodes(), collectBlocks: true)
    let tree = BlockCutTree(blocks: search.blocks, cutVertices: search.articulationPoints, nodeCount: nodeCount)
    let start = Int(tree.treeNodeOf[source]), end = Int(tree.treeNodeOf[target])
    guard start >= 0, end >= 0 else { return nil }
    // The path in the tree, by breadth-first search from `start`.
    var previous = [Int32](repeating: -1, count: tree.tree.nodeCount)
    previous[start] = Int32(start)
    var queue = [start], head = 0
    while head < queue.count, previous[end] < 0 {
      let node = queue[head]
      head += 1
      for arc in tree.tree.arcs(of: node) where previous[tree.tree.arcTarget(arc)] < 0 {
        previous[tree.tree.arcTarget(arc)] = Int32(node)
        queue.append(tree.tree.arcTarget(arc))
      }
    }
    guard previous[end] >= 0 else { return nil }
    var path = [end]
    while path[path.count - 1] != start { path.append(Int(previous[path[path.count - 1]])) }
    path.reverse()
    // Edges per block, to tell a bridge (a block of one edge) from a block
    // of two nodes joined by parallel edges.
    var edgesInBlock = [Int](repeating: 0, count: tree.blockCount)
    var edgeOfBlock = [Int](repeating: -1, count: tree.blockCount)
    for (edge, block) in search.blocks.blockOfEdge.enumerated() where block >= 0 {
      edgesInBlock[Int(block)] += 1
      edgeOfBlock[Int(block)] = edge
    }
    var nodes: [Int] = [], edges: [Int] = []
    for treeNode in path {
      if treeNode >= tree.blockCount {
        let node = tree.cutVertices[treeNode - tree.blockCount]
        if node != source && node != target { nodes.append(node) }
      } else if edgesInBlock[treeNode] == 1 {
        edges.append(edgeOfBlock[treeNode])
      }
    }
    return PairSeparators(nodes: nodes, edges: edges)
  }
}
