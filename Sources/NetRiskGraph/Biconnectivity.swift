// Articulation points, bridges, biconnected components and the block-cut tree,
// from one iterative depth-first search (Hopcroft and Tarjan 1973).

/// The biconnected components (blocks) of an undirected graph.
///
/// A block is a maximal set of edges in which every two edges lie on a common
/// simple cycle, or a single edge that lies on none (a bridge). Each non-loop
/// edge belongs to exactly one block; a node belongs to every block one of its
/// edges is in, and it is an articulation point when that is two or more.
public struct BiconnectedComponents: Sendable, Equatable {
  /// The block of each edge; -1 for self-loops and edges at dead nodes.
  public let blockOfEdge: [Int32]
  /// `nodeOffsets[b] ..< nodeOffsets[b + 1]` index the nodes of block `b` in `nodes`.
  let nodeOffsets: [Int32]
  let nodes: [Int32]

  /// Number of blocks; isolated nodes form none, a bridge forms one.
  public var count: Int { nodeOffsets.count - 1 }

  /// The nodes of block `block`, ascending.
  public func nodes(in block: Int) -> [Int] {
    nodes[Int(nodeOffsets[block]) ..< Int(nodeOffsets[block + 1])].map(Int.init)
  }

  /// Number of nodes in block `block`.
  public func nodeCount(in block: Int) -> Int {
    Int(nodeOffsets[block + 1] - nodeOffsets[block])
  }
}

/// The block-cut tree (forest) of an undirected graph: one tree node per block
/// (ids `0 ..< blockCount`), one per articulation point (ids `blockCount ..<`),
/// and an edge between a block and each articulation point in it. A path from
/// one node to another passes through exactly the articulation points on the
/// tree path between them.
public struct BlockCutTree: Sendable {
  /// The forest, undirected.
  public let tree: Graph
  /// Number of block nodes in `tree`.
  public let blockCount: Int
  /// The articulation points, ascending; the tree node of `cutVertices[i]` is `blockCount + i`.
  public let cutVertices: [Int]
  /// The tree node of every graph node: its cut node when it is an
  /// articulation point, else the one block it belongs to; -1 for nodes in no
  /// block (isolated nodes, nodes with only self-loops, dead nodes).
  public let treeNodeOf: [Int32]
}

extension Graph {
  /// The articulation points (cut vertices): nodes whose removal increases
  /// the number of connected components, ascending.
  ///
  ///     // two triangles sharing node 2
  ///     try Graph(nodeCount: 5, edges: [(0,1),(1,2),(2,0),(2,3),(3,4),(4,2)]).articulationPoints()   // [2]
  ///
  /// Self-loops and parallel edges never make a node an articulation point;
  /// an empty graph has none. The graph must be undirected (precondition).
  /// - Complexity: O(*V* + *E*) time, O(*V*) memory; no recursion.
  public func articulationPoints() -> [Int] {
    precondition(!isDirected, "articulation points need an undirected graph")
    return biconnectivitySearch(filter: AllNodes(), collectBlocks: false).articulationPoints
  }

  /// The bridges: edges whose removal increases the number of connected
  /// components, as ascending edge ids. One of two parallel edges is never a
  /// bridge; a self-loop never is.
  /// - Complexity: O(*V* + *E* + *B* log *B*) time for *B* bridges (they
  ///   are sorted), O(*V*) memory; no recursion.
  public func bridges() -> [Int] {
    precondition(!isDirected, "bridges need an undirected graph")
    return biconnectivitySearch(filter: AllNodes(), collectBlocks: false).bridges
  }

  /// The biconnected components, numbered in the order the search closes them
  /// (deterministic for a given graph).
  /// - Complexity: O(*V* + *E* + Σ *b* log *b*) time, where *b* runs over
  ///   the blocks' node counts (each block's nodes are sorted), at most
  ///   O((*V* + *E*) log *V*); O(*V* + *E*) memory; no recursion.
  public func biconnectedComponents() -> BiconnectedComponents {
    precondition(!isDirected, "biconnected components need an undirected graph")
    return biconnectivitySearch(filter: AllNodes(), collectBlocks: true).blocks
  }

  /// The block-cut tree.
  /// - Complexity: that of `biconnectedComponents()`; no recursion.
  public func blockCutTree() -> BlockCutTree {
    precondition(!isDirected, "the block-cut tree needs an undirected graph")
    let search = biconnectivitySearch(filter: AllNodes(), collectBlocks: true)
    return BlockCutTree(blocks: search.blocks, cutVertices: search.articulationPoints, nodeCount: nodeCount)
  }
}

extension InducedGraph {
  /// Articulation points of the subgraph induced by the alive nodes.
  /// - Complexity: O(*V* + *E*) time, O(*V*) memory.
  public func articulationPoints() -> [Int] {
    precondition(!base.isDirected, "articulation points need an undirected graph")
    return base.biconnectivitySearch(filter: alive, collectBlocks: false).articulationPoints
  }

  /// Bridges of the subgraph induced by the alive nodes.
  /// - Complexity: O(*V* + *E* + *B* log *B*) time for *B* bridges, O(*V*) memory.
  public func bridges() -> [Int] {
    precondition(!base.isDirected, "bridges need an undirected graph")
    return base.biconnectivitySearch(filter: alive, collectBlocks: false).bridges
  }

  /// Biconnected components of the subgraph induced by the alive nodes.
  /// - Complexity: that of `Graph.biconnectedComponents()`.
  public func biconnectedComponents() -> BiconnectedComponents {
    precondition(!base.isDirected, "biconnected components need an undirected graph")
    return base.biconnectivitySearch(filter: alive, collectBlocks: true).blocks
  }
}

extension BlockCutTree {
  init(blocks: BiconnectedComponents, cutVertices: [Int], nodeCount: Int) {
    let blockCount = blocks.count
    var treeNodeOf = [Int32](repeating: -1, count: nodeCount)
    for (index, cut) in cutVertices.enumerated() { treeNodeOf[cut] = Int32(blockCount + index) }
    var sources: [Int] = [], targets: [Int] = []
    for block in 0 ..< blockCount {
      for node in blocks.nodes(in: block) {
        let mapped = treeNodeOf[node]
        if mapped >= Int32(blockCount) {
          sources.append(block)
          targets.append(Int(mapped))
        } else {
          treeNodeOf[node] = Int32(block)
        }
      }
    }
    // Ids fit: the tree has at most V + E nodes, each already an Int32 count.
    let tree = Graph.assemble(
      nodeCount: blockCount + cutVertices.count, edgeSource: sources.map { Int32($0) },
      edgeTarget: targets.map { Int32($0) }, edgeCapacity: [], directed: false)
    self.init(tree: tree, blockCount: blockCount, cutVertices: cutVertices, treeNodeOf: treeNodeOf)
  }
}

// MARK: - The search

struct BiconnectivityResult {
  var articulationPoints: [Int]
  var bridges: [Int]
  var blocks: BiconnectedComponents
}

extension Graph {
  /// One iterative depth-first search computing discovery times and low
  /// points. A frame holds (node, the edge it was entered by, next arc), so
  /// the parent is skipped by edge id and a parallel edge back to the parent
  /// counts as a cycle. With `collectBlocks`, tree and back arcs (with their
  /// tail) go on a stack that is cut into a block whenever
  /// `low[child] >= disc[parent]`.
  func biconnectivitySearch<Filter: NodeFilter>(filter: Filter, collectBlocks: Bool)
    -> BiconnectivityResult
  {
    let none: Int32 = -1
    var discovery = [Int32](repeating: none, count: nodeCount)
    var low = [Int32](repeating: 0, count: nodeCount)
    var isCut = [Bool](repeating: false, count: nodeCount)
    var bridgeEdges: [Int] = []
    var frameNode: [Int32] = [], frameEdge: [Int32] = [], frameArc: [Int32] = []
    var arcStack: [Int32] = [], arcTail: [Int32] = []
    var blockOfEdge = [Int32](repeating: -1, count: collectBlocks ? edgeCount : 0)
    var blockOffsets: [Int32] = [0], blockNodes: [Int32] = []
    var nodeStamp = [Int32](repeating: -1, count: collectBlocks ? nodeCount : 0)
    var clock: Int32 = 0

    for root in 0 ..< nodeCount where discovery[root] == none && filter.allows(root) {
      discovery[root] = clock
      low[root] = clock
      clock += 1
      var rootChildren = 0
      frameNode.append(Int32(root))
      frameEdge.append(none)
      frameArc.append(offsets[root])
      while let top = frameNode.last {
        let node = Int(top)
        let frame = frameNode.count - 1
        let arc = Int(frameArc[frame])
        if arc < Int(offsets[node + 1]) {
          frameArc[frame] += 1
          let next = Int(targets[arc])
          let edge = arcEdge[arc]
          if edge == frameEdge[frame] || next == node || !filter.allows(next) { continue }
          if discovery[next] == none {
            if collectBlocks {
              arcStack.append(Int32(arc))
              arcTail.append(Int32(node))
            }
            discovery[next] = clock
            low[next] = clock
            clock += 1
            frameNode.append(Int32(next))
            frameEdge.append(edge)
            frameArc.append(offsets[next])
          } else if discovery[next] < discovery[node] {
            if collectBlocks {
              arcStack.append(Int32(arc))
              arcTail.append(Int32(node))
            }
            if discovery[next] < low[node] { low[node] = discovery[next] }
          }
          continue
        }
        // Every arc of `node` is done: close it and report to its parent.
        let enteredBy = frameEdge[frame]
        frameNode.removeLast()
        frameEdge.removeLast()
        frameArc.removeLast()
        guard let parentID = frameNode.last else { break }
        let parent = Int(parentID)
        if low[node] < low[parent] { low[parent] = low[node] }
        if low[node] > discovery[parent] { bridgeEdges.append(Int(enteredBy)) }
        if low[node] >= discovery[parent] {
          if parent == root { rootChildren += 1 } else { isCut[parent] = true }
          if collectBlocks {
            let block = Int32(blockOffsets.count - 1)
            let firstNode = blockNodes.count
            while let arc = arcStack.popLast(), let source = arcTail.popLast() {
              let edge = arcEdge[Int(arc)], target = targets[Int(arc)]
              blockOfEdge[Int(edge)] = block
              if nodeStamp[Int(source)] != block {
                nodeStamp[Int(source)] = block
                blockNodes.append(source)
              }
              if nodeStamp[Int(target)] != block {
                nodeStamp[Int(target)] = block
                blockNodes.append(target)
              }
              if edge == enteredBy { break }
            }
            blockNodes[firstNode...].sort()
            blockOffsets.append(Int32(blockNodes.count))
          }
        }
      }
      if rootChildren >= 2 { isCut[root] = true }
    }
    bridgeEdges.sort()
    return BiconnectivityResult(
      articulationPoints: isCut.indices.filter { isCut[$0] },
      bridges: bridgeEdges,
      blocks: BiconnectedComponents(blockOfEdge: blockOfEdge, nodeOffsets: blockOffsets, nodes: blockNodes))
  }
}
