import Testing
@testable import NetRiskGraph

@Suite struct MaxFlowTests {
  /// Checks the flow certificate: capacities respected, flow conserved at
  /// inner nodes, cut capacity equal to the value, and the cut separating.
  func expectCertificate(_ graph: Graph, _ s: Int, _ t: Int, _ flow: MaximumFlow, _ context: String) {
    guard let value = flow.value else {
      Issue.record("no finite value, \(context)")
      return
    }
    let ends = graph.edgeEndpoints()
    var net = [Int64](repeating: 0, count: graph.nodeCount)
    for edge in 0 ..< graph.edgeCount {
      let f = flow.edgeFlow[edge], c = graph.capacity(of: edge)
      let (u, v) = ends[edge]
      #expect(graph.isDirected ? (0 ... c).contains(f) : (-c ... c).contains(f), "capacity, \(context)")
      if u != v {
        net[u] -= f
        net[v] += f
      }
    }
    for node in 0 ..< graph.nodeCount where node != s && node != t {
      #expect(net[node] == 0, "conservation at \(node), \(context)")
    }
    if s != t { #expect(net[t] == value, "value, \(context)") }
    let cutCapacity = flow.cutEdges.reduce(Int64(0)) { $0 + graph.capacity(of: $1) }
    #expect(cutCapacity == value, "cut = flow, \(context)")
    let remaining = graph.edgeList.enumerated().filter { !flow.cutEdges.contains($0.offset) }.map(\.element)
    let uncut = try! Graph(nodeCount: graph.nodeCount, edges: remaining.filter { $0.capacity > 0 }, directed: graph.isDirected)
    if s != t { #expect(!uncut.reachable(from: [s]).contains(t), "cut separates, \(context)") }
  }

  @Test func knownNetworks() throws {
    // CLRS figure 26.1: max flow 23.
    let clrs = try Graph(nodeCount: 6, edges: [
      Edge(0, 1, capacity: 16), Edge(0, 2, capacity: 13), Edge(2, 1, capacity: 4), Edge(1, 3, capacity: 12),
      Edge(3, 2, capacity: 9), Edge(2, 4, capacity: 14), Edge(4, 3, capacity: 7), Edge(3, 5, capacity: 20),
      Edge(4, 5, capacity: 4),
    ], directed: true)
    let flow = clrs.maximumFlow(from: 0, to: 5)
    #expect(flow.value == 23)
    expectCertificate(clrs, 0, 5, flow, "CLRS")
    // Parallel undirected edges add up; a self-loop carries nothing.
    let parallel = try Graph(nodeCount: 2, edges: [Edge(0, 1, capacity: 3), Edge(1, 0, capacity: 4), Edge(0, 0, capacity: 9)])
    #expect(parallel.maximumFlow(from: 0, to: 1).value == 7)
    #expect(parallel.maximumFlow(from: 1, to: 1).value == 0)
    // Disconnected: zero flow, empty cut.
    let apart = try Graph(nodeCount: 3, edges: [(0, 1)])
    #expect(apart.maximumFlow(from: 0, to: 2).value == 0)
    #expect(apart.maximumFlow(from: 0, to: 2).cutEdges.isEmpty)
  }

  @Test func vertexConnectivityKnownCases() throws {
    // Island 0 - cable 1 - hub 3 and island 0 - cable 2 - hub 3: two disjoint routes.
    let twoCables = try Graph(nodeCount: 4, edges: [(0, 1), (1, 3), (0, 2), (2, 3)])
    #expect(twoCables.vertexConnectivity(between: 0, and: 3)?.count == 2)
    // Both cables land at one station 4: the station is the separator.
    let oneStation = try Graph(nodeCount: 5, edges: [(0, 4), (4, 1), (4, 2), (1, 3), (2, 3)])
    let result = oneStation.vertexConnectivity(between: 0, and: 3)
    #expect(result?.count == 1 && result?.separator == [4])
    #expect(oneStation.vertexConnectivity(between: 0, and: 4) == nil)
  }

  @Test func nodeCapacitiesBoundTheFlow() throws {
    // Two routes through nodes 1 (capacity 2) and 2 (capacity 5), edges 10 each.
    let graph = try Graph(nodeCount: 4, edges: [
      Edge(0, 1, capacity: 10), Edge(1, 3, capacity: 10), Edge(0, 2, capacity: 10), Edge(2, 3, capacity: 3),
    ])
    let flow = graph.maximumFlow(from: 0, to: 3, nodeCapacities: [-1, 2, 5, -1])
    #expect(flow.value == 5)
    #expect(flow.cutNodes == [1] && flow.cutEdges == [3])
  }

  @Test func matchesCutEnumerationOnRandomGraphs() {
    for seed in propertySeeds {
      var rng = SplitMix64(seed: seed)
      let graph = Graph.random(using: &rng, maxNodes: 10, directed: seed % 2 == 0, capacities: true)
      let s = Int(rng.next() % UInt64(graph.nodeCount)), t = Int(rng.next() % UInt64(graph.nodeCount))
      let flow = graph.maximumFlow(from: s, to: t)
      if s != t { #expect(flow.value == graph.minimumCutByEnumeration(from: s, to: t), "seed \(seed)") }
      expectCertificate(graph, s, t, flow, "seed \(seed)")
    }
  }

  @Test func vertexConnectivityMatchesEnumerationOnRandomGraphs() {
    for seed in propertySeeds {
      var rng = SplitMix64(seed: seed)
      let graph = Graph.random(using: &rng, maxNodes: 10, directed: seed % 2 == 1)
      guard graph.nodeCount >= 2 else { continue }
      let s = Int(rng.next() % UInt64(graph.nodeCount))
      var t = Int(rng.next() % UInt64(graph.nodeCount))
      if t == s { t = (s + 1) % graph.nodeCount }
      let fast = graph.vertexConnectivity(between: s, and: t)
      #expect(fast?.count == graph.vertexConnectivityByEnumeration(between: s, and: t), "seed \(seed)")
      if let fast {
        #expect(fast.separator.count == fast.count, "seed \(seed)")
        #expect(!graph.removing(fast.separator).reachable(from: [s]).contains(t), "seed \(seed)")
      }
    }
  }

  /// Node capacities (some unbounded) on random graphs with edge capacities:
  /// the value equals the cheapest node-and-edge cut found by enumeration,
  /// and the returned cut is a certificate (its capacity is the value, and
  /// removing its nodes and edges separates the ends).
  @Test func nodeCapacitiesMatchCutEnumerationOnRandomGraphs() throws {
    for seed in propertySeeds.prefix(800) {
      var rng = SplitMix64(seed: seed)
      let graph = Graph.random(using: &rng, maxNodes: 7, directed: seed % 2 == 0, capacities: true)
      let s = Int(rng.next() % UInt64(graph.nodeCount)), t = Int(rng.next() % UInt64(graph.nodeCount))
      let nodeCapacities = (0 ..< graph.nodeCount).map { _ in rng.next() % 4 == 0 ? Int64(-1) : Int64(rng.next() % 8) }
      let flow = graph.maximumFlow(from: s, to: t, nodeCapacities: nodeCapacities)
      guard s != t else {
        #expect(flow.value == 0, "seed \(seed)")
        continue
      }
      let expected = graph.minimumNodeEdgeCutByEnumeration(from: s, to: t, nodeCapacities: nodeCapacities)
      #expect(flow.value == expected, "seed \(seed)")
      let cost = flow.cutNodes.reduce(Int64(0)) { $0 + nodeCapacities[$1] } + flow.cutEdges.reduce(Int64(0)) { $0 + graph.capacity(of: $1) }
      #expect(cost == flow.value, "cut capacity = flow, seed \(seed)")
      #expect(flow.cutNodes.allSatisfy { nodeCapacities[$0] >= 0 && $0 != s && $0 != t }, "only bounded inner nodes are cut, seed \(seed)")
      let removed = Set(flow.cutNodes), cutEdges = Set(flow.cutEdges)
      let kept = graph.edgeList.enumerated().filter { !cutEdges.contains($0.offset) && $0.element.capacity > 0 }.map(\.element)
        .filter { !removed.contains($0.source) && !removed.contains($0.target) }
      let rest = try Graph(nodeCount: graph.nodeCount, edges: kept, directed: graph.isDirected)
      #expect(!rest.reachable(from: [s]).contains(t), "cut separates, seed \(seed)")
    }
  }
}
