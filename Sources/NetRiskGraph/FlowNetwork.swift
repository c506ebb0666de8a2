// The residual network that max-flow runs on, and Dinic's algorithm over it.

/// A residual network in CSR form: every edge is a pair of opposite residual
/// arcs `a` and `mate[a]`. For a one-way edge of capacity c the pair starts
/// at (c, 0); for a two-way edge at (c, c), so that pushing f one way leaves
/// c − f that way and c + f back.
struct FlowNetwork {
  /// Capacities at or above this are treated as unbounded.
  static let unbounded: Int64 = 1 << 60

  let nodeCount: Int
  let start: [Int32]
  let target: [Int32]
  let mate: [Int32]
  var residual: [Int64]
  /// The forward residual arc of each edge, in the order edges were added.
  let forwardArc: [Int32]
  /// The capacity each edge was added with.
  let edgeCapacity: [Int64]

  /// Lays out edges `(from, to, capacity, twoWay)` as residual arcs, grouped
  /// by tail node, in edge order within a node (deterministic).
  init(nodeCount: Int, from: [Int32], to: [Int32], capacity: [Int64], twoWay: [Bool]) {
    self.nodeCount = nodeCount
    let edgeCount = from.count
    var start = [Int32](repeating: 0, count: nodeCount + 1)
    for edge in 0 ..< edgeCount {
      start[Int(from[edge]) + 1] += 1
      start[Int(to[edge]) + 1] += 1
    }
    for node in 0 ..< nodeCount { start[node + 1] += start[node] }
    var fill = start
    var target = [Int32](repeating: 0, count: 2 * edgeCount)
    var mate = [Int32](repeating: 0, count: 2 * edgeCount)
    var residual = [Int64](repeating: 0, count: 2 * edgeCount)
    var forwardArc = [Int32](repeating: 0, count: edgeCount)
    for edge in 0 ..< edgeCount {
      let u = Int(from[edge]), v = Int(to[edge])
      let forward = Int(fill[u])
      fill[u] += 1
      let backward = Int(fill[v])
      fill[v] += 1
      target[forward] = Int32(v)
      target[backward] = Int32(u)
      mate[forward] = Int32(backward)
      mate[backward] = Int32(forward)
      residual[forward] = capacity[edge]
      residual[backward] = twoWay[edge] ? capacity[edge] : 0
      forwardArc[edge] = Int32(forward)
    }
    self.start = start
    self.target = target
    self.mate = mate
    self.residual = residual
    self.forwardArc = forwardArc
    self.edgeCapacity = capacity
  }

  /// Net flow on edge `edge` in its given direction (negative when a two-way
  /// edge carries flow backwards).
  func flow(onEdge edge: Int) -> Int64 {
    edgeCapacity[edge] - residual[Int(forwardArc[edge])]
  }

  /// Pushes a maximum flow from `source` to `sink` with Dinic's algorithm
  /// (Dinitz 1970; Even's formulation) and returns its value, capped at
  /// `unbounded` when an unbounded path exists.
  ///
  /// Each phase builds BFS levels from the source, then finds a blocking flow
  /// with an explicit path stack and per-node current-arc pointers, retreating
  /// to the first saturated arc after each augmentation.
  /// - Complexity: O(*V*² *E*) time in general; O(*E* · min(√*E*, *V*^⅔))
  ///   with unit capacities, and O(*E* √*V*) on unit networks where every
  ///   inner node has a single entering or a single leaving arc of capacity 1
  ///   (Even and Tarjan 1975, https://doi.org/10.1137/0204043), as after
  ///   node splitting with unit node capacities; O(*V* + *E*) memory.
  mutating func pushMaximumFlow(from source: Int, to sink: Int) -> Int64 {
    guard source != sink else { return 0 }
    var total: Int64 = 0
    var level = [Int32](repeating: -1, count: nodeCount)
    var current = [Int32](repeating: 0, count: nodeCount)
    var queue = [Int32]()
    queue.reserveCapacity(nodeCount)
    var path: [Int32] = []
    while total < Self.unbounded {
      // Levels by breadth-first search over arcs with residual capacity.
      for node in 0 ..< nodeCount { level[node] = -1 }
      level[source] = 0
      queue.removeAll(keepingCapacity: true)
      queue.append(Int32(source))
      var head = 0
      while head < queue.count && level[sink] < 0 {
        let node = Int(queue[head])
        head += 1
        for arc in Int(start[node]) ..< Int(start[node + 1]) where residual[arc] > 0 {
          let next = Int(target[arc])
          if level[next] < 0 {
            level[next] = level[node] + 1
            queue.append(Int32(next))
          }
        }
      }
      if level[sink] < 0 { break }
      for node in 0 ..< nodeCount { current[node] = start[node] }

      // Blocking flow.
      path.removeAll(keepingCapacity: true)
      var node = source
      while true {
        if node == sink {
          var bottleneck = Self.unbounded
          for arc in path where residual[Int(arc)] < bottleneck { bottleneck = residual[Int(arc)] }
          for arc in path {
            residual[Int(arc)] -= bottleneck
            residual[Int(mate[Int(arc)])] += bottleneck
          }
          total += bottleneck
          if total >= Self.unbounded { return Self.unbounded }
          // Retreat to the tail of the first saturated arc.
          var keep = 0
          while residual[Int(path[keep])] > 0 { keep += 1 }
          path.removeSubrange(keep...)
          node = keep == 0 ? source : Int(target[Int(path[keep - 1])])
          continue
        }
        var advanced = false
        let end = start[node + 1]
        while current[node] < end {
          let arc = Int(current[node])
          let next = Int(target[arc])
          if residual[arc] > 0 && level[next] == level[node] + 1 {
            path.append(Int32(arc))
            node = next
            advanced = true
            break
          }
          current[node] += 1
        }
        if advanced { continue }
        // Dead end: no augmenting path continues through `node` this phase.
        level[node] = -1
        guard let arc = path.popLast() else { break }
        node = Int(target[Int(mate[Int(arc)])])
        current[node] += 1
      }
    }
    return total
  }

  /// The nodes reachable from `source` over arcs with residual capacity: after
  /// a maximum flow, the source side of a minimum cut.
  func residualReach(from source: Int) -> NodeMask {
    var seen = NodeMask(none: nodeCount)
    seen.insert(source)
    var queue: [Int32] = [Int32(source)]
    var head = 0
    while head < queue.count {
      let node = Int(queue[head])
      head += 1
      for arc in Int(start[node]) ..< Int(start[node + 1]) where residual[arc] > 0 {
        let next = Int(target[arc])
        if !seen.contains(next) {
          seen.insert(next)
          queue.append(Int32(next))
        }
      }
    }
    return seen
  }
}
