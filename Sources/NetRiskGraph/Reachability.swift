// Breadth-first reachability from a set of sources.

extension Graph {
  /// The nodes reachable from `sources` by following arcs (out-arcs when
  /// directed), the sources included.
  ///
  ///     graph.reachable(from: [core]).contains(tonga)
  ///
  /// Self-loops and parallel edges change nothing. An empty source list gives
  /// an empty mask; an out-of-range source is a caller bug (precondition).
  /// - Complexity: O(*V* + *E*) time, O(*V*) memory.
  public func reachable(from sources: [Int]) -> NodeMask {
    breadthFirstReach(from: sources, filter: AllNodes())
  }

  /// Hop distance from the nearest source to every node; -1 when unreachable.
  /// - Complexity: O(*V* + *E*) time, O(*V*) memory.
  public func hopDistances(from sources: [Int]) -> [Int] {
    var distance = [Int](repeating: -1, count: nodeCount)
    var queue = [Int32]()
    queue.reserveCapacity(nodeCount)
    for source in sources where distance[source] < 0 {
      distance[source] = 0
      queue.append(Int32(source))
    }
    var head = 0
    while head < queue.count {
      let node = Int(queue[head])
      head += 1
      for arc in arcs(of: node) {
        let next = Int(targets[arc])
        if distance[next] < 0 {
          distance[next] = distance[node] + 1
          queue.append(Int32(next))
        }
      }
    }
    return distance
  }

  /// Breadth-first search restricted to the nodes `filter` allows; sources
  /// the filter rejects are not reached.
  @usableFromInline
  func breadthFirstReach<Filter: NodeFilter>(from sources: [Int], filter: Filter) -> NodeMask {
    var seen = NodeMask(none: nodeCount)
    var queue = [Int32]()
    queue.reserveCapacity(min(nodeCount, 1 << 16))
    for source in sources where filter.allows(source) && !seen.contains(source) {
      seen.insert(source)
      queue.append(Int32(source))
    }
    var head = 0
    while head < queue.count {
      let node = Int(queue[head])
      head += 1
      for arc in Int(offsets[node]) ..< Int(offsets[node + 1]) {
        let next = Int(targets[arc])
        if !seen.contains(next) && filter.allows(next) {
          seen.insert(next)
          queue.append(Int32(next))
        }
      }
    }
    return seen
  }
}

extension InducedGraph {
  /// The alive nodes reachable from the alive `sources` through alive nodes.
  /// - Complexity: O(*V* + *E*) time, O(*V*) memory.
  public func reachable(from sources: [Int]) -> NodeMask {
    base.breadthFirstReach(from: sources, filter: alive)
  }
}
