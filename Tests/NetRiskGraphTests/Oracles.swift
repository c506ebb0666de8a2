// Random small graphs and the slow, obviously-correct answers the fast
// algorithms are checked against. Test-only.
@testable import NetRiskGraph

/// Seeds used by every property test; printed in each failure message.
let propertySeeds: Range<UInt64> = 0 ..< 2_000

extension Graph {
  /// A random graph with up to `maxNodes` nodes, including (when allowed)
  /// self-loops and parallel edges, with capacities 0...9 when asked.
  static func random(
    using rng: inout SplitMix64, maxNodes: Int = 12, directed: Bool = false,
    capacities: Bool = false, allowLoops: Bool = true
  ) -> Graph {
    let nodes = Int(rng.next() % UInt64(maxNodes)) + 1
    let density = 0.5 + rng.nextUnitDouble() * 1.5
    let edgeCount = Int(Double(nodes) * density * rng.nextUnitDouble())
    var edges: [Edge] = []
    for _ in 0 ..< edgeCount {
      let u = Int(rng.next() % UInt64(nodes))
      var v = Int(rng.next() % UInt64(nodes))
      if !allowLoops && u == v { v = (v + 1) % nodes }
      if !allowLoops && u == v { continue }
      edges.append(Edge(u, v, capacity: capacities ? Int64(rng.next() % 10) : 1))
      if rng.next() % 8 == 0 { edges.append(edges[edges.count - 1]) }  // a parallel edge
    }
    // Built through the public initialiser, so a bad generator fails loudly.
    guard let graph = try? Graph(nodeCount: nodes, edges: edges, directed: directed) else {
      preconditionFailure("random graph generator produced an invalid edge list")
    }
    graph.checkInvariants()
    return graph
  }

  /// The edge list, for rebuilding variants.
  var edgeList: [Edge] {
    let ends = edgeEndpoints()
    return (0 ..< edgeCount).map { Edge(ends[$0].source, ends[$0].target, capacity: capacity(of: $0)) }
  }

  /// The graph without edge `removed` (node ids kept). Test oracle helper.
  func removingEdge(_ removed: Int) -> Graph {
    var edges = edgeList
    edges.remove(at: removed)
    return try! Graph(nodeCount: nodeCount, edges: edges, directed: isDirected)
  }

  /// Union-find component count of the nodes in `alive` (all when nil).
  func componentCountByUnionFind(alive: NodeMask? = nil) -> Int {
    let ends = edgeEndpoints()
    var parent = Array(0 ..< nodeCount)
    func find(_ x: Int) -> Int {
      var x = x
      while parent[x] != x { x = parent[x] }
      return x
    }
    for edge in 0 ..< edgeCount {
      let (u, v) = ends[edge]
      if let alive, !alive.contains(u) || !alive.contains(v) { continue }
      parent[find(u)] = find(v)
    }
    return (0 ..< nodeCount).filter { (alive?.contains($0) ?? true) && find($0) == $0 }.count
  }

  /// Nodes reachable from `sources` in the nodes of `alive`, by a plain
  /// depth-first search over the edge list (not the CSR arcs).
  func reachableByEdgeScan(from sources: [Int], alive: NodeMask) -> Set<Int> {
    let ends = edgeEndpoints()
    var seen = Set(sources.filter { alive.contains($0) })
    var stack = Array(seen)
    while let node = stack.popLast() {
      for edge in 0 ..< edgeCount {
        let (u, v) = ends[edge]
        var next: Int? = nil
        if u == node { next = v } else if !isDirected && v == node { next = u }
        if let next, alive.contains(next), !seen.contains(next) {
          seen.insert(next)
          stack.append(next)
        }
      }
    }
    return seen
  }

  /// Articulation points by removal: nodes whose removal increases the
  /// number of components among the remaining nodes.
  func articulationPointsByRemoval() -> [Int] {
    let before = componentCountByUnionFind()
    return (0 ..< nodeCount).filter { node in
      var alive = NodeMask(all: nodeCount)
      alive.remove(node)
      return componentCountByUnionFind(alive: alive) > before
    }
  }

  /// Bridges by removal: edges whose removal increases the number of components.
  func bridgesByRemoval() -> [Int] {
    let before = componentCountByUnionFind()
    return (0 ..< edgeCount).filter { removingEdge($0).componentCountByUnionFind() > before }
  }

  /// Whether two distinct non-loop edges lie on a common simple cycle: some
  /// simple path from one end of `first` back to its other end, avoiding
  /// `first`, uses `second`. Exponential; for graphs of a few nodes only.
  func shareSimpleCycle(_ first: Int, _ second: Int) -> Bool {
    let ends = edgeEndpoints()
    let (a, b) = ends[first]
    var onPath = [Bool](repeating: false, count: nodeCount)
    func search(_ node: Int, usedSecond: Bool) -> Bool {
      if node == a { return usedSecond }
      onPath[node] = true
      defer { onPath[node] = false }
      for arc in arcs(of: node) {
        let edge = arcEdgeID(arc), next = arcTarget(arc)
        if edge == first || next == node || (onPath[next] && next != a) { continue }
        if next == a && !usedSecond && edge != second { continue }
        if search(next, usedSecond: usedSecond || edge == second) { return true }
      }
      return false
    }
    return search(b, usedSecond: false)
  }

  /// Strict dominator sets by removal: `d` dominates `v` (d ≠ v) when `v`
  /// is reachable from `root` but not once `d` is removed.
  func dominatorSetsByRemoval(from root: Int) -> [Set<Int>?] {
    let all = NodeMask(all: nodeCount)
    let reachable = reachableByEdgeScan(from: [root], alive: all)
    var result = [Set<Int>?](repeating: nil, count: nodeCount)
    for node in reachable where node != root { result[node] = [root] }
    for removed in 0 ..< nodeCount where removed != root {
      var alive = all
      alive.remove(removed)
      let still = reachableByEdgeScan(from: [root], alive: alive)
      for node in reachable where node != root && node != removed && !still.contains(node) {
        result[node]?.insert(removed)
      }
    }
    return result
  }

  /// Immediate dominators by Cooper, Harvey and Kennedy's iterative
  /// data-flow algorithm ("A Simple, Fast Dominance Algorithm", 2001),
  /// over the edge list (not the CSR arcs), in the nodes of `alive`: the
  /// root maps to itself, unreachable (or dead) nodes to nil.
  func immediateDominatorsByDataFlow(from root: Int, alive: NodeMask? = nil) -> [Int?] {
    let alive = alive ?? NodeMask(all: nodeCount)
    var successors = [[Int]](repeating: [], count: nodeCount)
    var predecessors = [[Int]](repeating: [], count: nodeCount)
    let ends = edgeEndpoints()
    for edge in 0 ..< edgeCount {
      let (u, v) = ends[edge]
      guard alive.contains(u), alive.contains(v) else { continue }
      successors[u].append(v)
      predecessors[v].append(u)
      if !isDirected {
        successors[v].append(u)
        predecessors[u].append(v)
      }
    }
    var idom = [Int?](repeating: nil, count: nodeCount)
    guard alive.contains(root) else { return idom }
    // Postorder of a depth-first search, with an explicit stack.
    var postorder: [Int] = []
    var position = [Int](repeating: -1, count: nodeCount)
    var visited = [Bool](repeating: false, count: nodeCount)
    var stack: [(node: Int, next: Int)] = [(root, 0)]
    visited[root] = true
    while let top = stack.last {
      if top.next < successors[top.node].count {
        stack[stack.count - 1].next += 1
        let next = successors[top.node][top.next]
        if !visited[next] {
          visited[next] = true
          stack.append((next, 0))
        }
      } else {
        position[top.node] = postorder.count
        postorder.append(top.node)
        stack.removeLast()
      }
    }
    idom[root] = root
    var changed = true
    while changed {
      changed = false
      for node in postorder.reversed() where node != root {
        var candidate: Int? = nil
        for predecessor in predecessors[node] where idom[predecessor] != nil {
          guard var other = candidate else {
            candidate = predecessor
            continue
          }
          var finger = predecessor
          while finger != other {
            while position[finger] < position[other] { finger = idom[finger]! }
            while position[other] < position[finger] { other = idom[other]! }
          }
          candidate = finger
        }
        if idom[node] != candidate {
          idom[node] = candidate
          changed = true
        }
      }
    }
    return idom
  }

  /// Minimum s–t cut capacity by enumerating every node set holding s and not t.
  func minimumCutByEnumeration(from source: Int, to sink: Int) -> Int64 {
    let ends = edgeEndpoints()
    var best = Int64.max
    let others = (0 ..< nodeCount).filter { $0 != source && $0 != sink }
    for subset in 0 ..< (1 << others.count) {
      var side = Set([source])
      for (bit, node) in others.enumerated() where subset & (1 << bit) != 0 { side.insert(node) }
      var cut: Int64 = 0
      for edge in 0 ..< edgeCount {
        let (u, v) = ends[edge]
        if side.contains(u) && !side.contains(v) { cut += capacity(of: edge) }
        if !isDirected && side.contains(v) && !side.contains(u) { cut += capacity(of: edge) }
      }
      best = min(best, cut)
    }
    return best
  }

  /// The fewest nodes other than s and t whose removal disconnects t from s,
  /// by trying sets in order of size; nil when s and t are adjacent.
  func vertexConnectivityByEnumeration(between source: Int, and sink: Int) -> Int? {
    let ends = edgeEndpoints()
    let all = NodeMask(all: nodeCount)
    for edge in 0 ..< edgeCount {
      let (u, v) = ends[edge]
      if (u == source && v == sink) || (!isDirected && u == sink && v == source) { return nil }
    }
    let others = (0 ..< nodeCount).filter { $0 != source && $0 != sink }
    var best = others.count
    for subset in 0 ..< (1 << others.count) where subset.nonzeroBitCount < best {
      var alive = all
      for (bit, node) in others.enumerated() where subset & (1 << bit) != 0 { alive.remove(node) }
      if !reachableByEdgeScan(from: [source], alive: alive).contains(sink) { best = subset.nonzeroBitCount }
    }
    return best
  }

  /// Betweenness by counting shortest paths between every pair: for each
  /// s ≠ v ≠ t, σ(s,v)·σ(v,t)/σ(s,t) when v lies on a shortest s–t path.
  func betweennessByPairCounting() -> [Double] {
    let ends = edgeEndpoints()
    var distance = [[Int]](), paths = [[Double]]()
    for source in 0 ..< nodeCount {
      var d = [Int](repeating: -1, count: nodeCount)
      var sigma = [Double](repeating: 0, count: nodeCount)
      d[source] = 0
      sigma[source] = 1
      var frontier = [source]
      while !frontier.isEmpty {
        var next: [Int] = []
        for node in frontier {
          for edge in 0 ..< edgeCount {
            let (u, v) = ends[edge]
            var ends: [Int] = []
            if u == node { ends.append(v) }
            if !isDirected && v == node { ends.append(u) }
            for w in ends where w != node {
              if d[w] < 0 { d[w] = d[node] + 1; next.append(w) }
              if d[w] == d[node] + 1 { sigma[w] += sigma[node] }
            }
          }
        }
        frontier = Array(Set(next)).sorted()
      }
      distance.append(d)
      paths.append(sigma)
    }
    var result = [Double](repeating: 0, count: nodeCount)
    for s in 0 ..< nodeCount {
      for t in 0 ..< nodeCount where t != s && distance[s][t] > 0 {
        for v in 0 ..< nodeCount where v != s && v != t && distance[s][v] > 0 && distance[v][t] > 0 {
          if distance[s][v] + distance[v][t] == distance[s][t] {
            result[v] += paths[s][v] * paths[v][t] / paths[s][t]
          }
        }
      }
    }
    return result.map { isDirected ? $0 : $0 / 2 }
  }
}

extension Graph {
  /// The smallest total capacity of a set of nodes (other than the two ends,
  /// bounded ones only) and edges whose removal separates `sink` from
  /// `source`, by trying every node set and then every edge cut of what is
  /// left: the definition of a node-and-edge cut, with no flow and no
  /// node splitting. Negative node capacities mean unbounded.
  func minimumNodeEdgeCutByEnumeration(from source: Int, to sink: Int, nodeCapacities: [Int64]) -> Int64 {
    let removable = (0 ..< nodeCount).filter { $0 != source && $0 != sink && nodeCapacities[$0] >= 0 }
    var best = Int64.max
    for subset in 0 ..< (1 << removable.count) {
      var removed = Set<Int>()
      var cost: Int64 = 0
      for (bit, node) in removable.enumerated() where subset & (1 << bit) != 0 {
        removed.insert(node)
        cost += nodeCapacities[node]
      }
      guard cost < best else { continue }
      let kept = edgeList.filter { !removed.contains($0.source) && !removed.contains($0.target) }
      let rest = try! Graph(nodeCount: nodeCount, edges: kept, directed: isDirected)
      best = min(best, cost + rest.minimumCutByEnumeration(from: source, to: sink))
    }
    return best
  }
}
