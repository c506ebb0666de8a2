// Connected components of an undirected graph.

/// A partition of the nodes into connected components.
public struct ComponentLabels: Sendable, Equatable {
  /// The component of each node, numbered from 0 in order of each component's
  /// smallest node; -1 for nodes outside the graph view (dead nodes).
  public let componentOf: [Int32]
  /// The number of nodes in each component.
  public let sizes: [Int]

  /// Number of components; isolated nodes are components of their own.
  public var count: Int { sizes.count }
  /// Size of the largest component; 0 for an empty graph.
  public var largestSize: Int { sizes.max() ?? 0 }
}

extension Graph {
  /// The connected components of an undirected graph.
  ///
  ///     try Graph(nodeCount: 4, edges: [(0, 1)]).connectedComponents().count   // 3
  ///
  /// Every node belongs to exactly one component; an empty graph has none.
  /// Self-loops and parallel edges change nothing. A directed graph is a
  /// caller bug (precondition): take components of its `directedBothWays()`
  /// underlying form only after making it undirected.
  /// - Complexity: O(*V* + *E*) time, O(*V*) memory.
  public func connectedComponents() -> ComponentLabels {
    precondition(!isDirected, "connected components need an undirected graph")
    return labelComponents(filter: AllNodes())
  }

  @usableFromInline
  func labelComponents<Filter: NodeFilter>(filter: Filter) -> ComponentLabels {
    var label = [Int32](repeating: -1, count: nodeCount)
    var sizes: [Int] = []
    var queue = [Int32](repeating: 0, count: nodeCount)
    // Hot loop over raw buffers: no bounds or uniqueness checks, and a queue
    // preallocated to V entries (each node is queued once).
    offsets.withUnsafeBufferPointer { offsets in
      targets.withUnsafeBufferPointer { targets in
        label.withUnsafeMutableBufferPointer { label in
          queue.withUnsafeMutableBufferPointer { queue in
            for start in 0 ..< nodeCount where label[start] < 0 && filter.allows(start) {
              let component = Int32(sizes.count)
              label[start] = component
              queue[0] = Int32(start)
              var head = 0, tail = 1
              while head < tail {
                let node = Int(queue[head])
                head += 1
                for arc in Int(offsets[node]) ..< Int(offsets[node + 1]) {
                  let next = Int(targets[arc])
                  if label[next] < 0 && filter.allows(next) {
                    label[next] = component
                    queue[tail] = Int32(next)
                    tail += 1
                  }
                }
              }
              sizes.append(tail)
            }
          }
        }
      }
    }
    return ComponentLabels(componentOf: label, sizes: sizes)
  }
}

extension InducedGraph {
  /// The connected components of the alive nodes; dead nodes are labelled -1.
  /// - Complexity: O(*V* + *E*) time, O(*V*) memory.
  public func connectedComponents() -> ComponentLabels {
    precondition(!base.isDirected, "connected components need an undirected graph")
    return base.labelComponents(filter: alive)
  }
}
