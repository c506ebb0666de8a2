// Brandes betweenness centrality, for ranking critical nodes.

extension Graph {
  /// The betweenness centrality of every node: the sum over pairs (s, t) of
  /// the share of shortest s–t paths (in hops) that pass through the node.
  ///
  ///     try Graph(nodeCount: 3, edges: [(0, 1), (1, 2)]).betweenness()   // [0, 1, 0]
  ///
  /// Unnormalised. On an undirected graph each unordered pair counts once
  /// (the directed sum is halved), as networkx does with `normalized=False`.
  /// Parallel edges count as distinct shortest paths (as igraph does);
  /// self-loops are never on a shortest path. An empty graph gives [].
  ///
  /// With `sampleSources: k` (0 < k < V) only k sources, drawn without
  /// replacement by a SplitMix64 seeded with `seed`, are searched and the sum
  /// is scaled by V / k: an unbiased estimate (Brandes and Pich 2007).
  /// Brandes, "A faster algorithm for betweenness centrality" (2001),
  /// https://doi.org/10.1080/0022250X.2001.9990249
  /// - Complexity: O(*k* · (*V* + *E*)) time with *k* sources (all *V* by
  ///   default), O(*V* + *E*) memory.
  public func betweenness(sampleSources: Int? = nil, seed: UInt64 = 0) -> [Double] {
    var sources = Array(0 ..< nodeCount)
    var scale = 1.0
    if let k = sampleSources, k > 0, k < nodeCount {
      var rng = SplitMix64(seed: seed)
      for i in 0 ..< k {  // partial Fisher–Yates shuffle
        let j = i + Int(rng.next() % UInt64(nodeCount - i))
        sources.swapAt(i, j)
      }
      sources = Array(sources[0 ..< k]).sorted()
      scale = Double(nodeCount) / Double(k)
    }
    var centrality = [Double](repeating: 0, count: nodeCount)
    var distance = [Int32](repeating: -1, count: nodeCount)
    var pathCount = [Double](repeating: 0, count: nodeCount)
    var dependency = [Double](repeating: 0, count: nodeCount)
    var order = [Int32]()
    order.reserveCapacity(nodeCount)
    for source in sources {
      // Breadth-first search counting shortest paths; `order` is by distance.
      order.removeAll(keepingCapacity: true)
      distance[source] = 0
      pathCount[source] = 1
      order.append(Int32(source))
      var head = 0
      while head < order.count {
        let node = Int(order[head])
        head += 1
        for arc in Int(offsets[node]) ..< Int(offsets[node + 1]) {
          let next = Int(targets[arc])
          if distance[next] < 0 {
            distance[next] = distance[node] + 1
            order.append(Int32(next))
          }
          if distance[next] == distance[node] + 1 { pathCount[next] += pathCount[node] }
        }
      }
      // Dependencies accumulated from the farthest nodes back.
      for position in stride(from: order.count - 1, through: 0, by: -1) {
        let node = Int(order[position])
        for arc in Int(offsets[node]) ..< Int(offsets[node + 1]) {
          let next = Int(targets[arc])
          if distance[next] == distance[node] + 1 {
            dependency[node] += pathCount[node] / pathCount[next] * (1 + dependency[next])
          }
        }
        if node != source { centrality[node] += dependency[node] }
      }
      for position in 0 ..< order.count {
        let node = Int(order[position])
        distance[node] = -1
        pathCount[node] = 0
        dependency[node] = 0
      }
    }
    let factor = scale * (isDirected ? 1 : 0.5)
    return centrality.map { $0 * factor }
  }
}
