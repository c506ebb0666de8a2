// Rules 1 to 4 for one network: its nodes, its spans with their ends settled
// against the geometry, self-loops and duplicates dropped, dead ends joined.

extension BackboneImporter {
  /// Fills `network.nodes` and `network.spans` from the files' features.
  ///
  /// - Complexity: O(*s* · *n*) distance computations in the worst case,
  ///   where *s* is the number of spans and *n* of nodes (only ends that
  ///   miss their declared node, and dead-end junctions, scan the nodes).
  static func clean(
    _ network: inout Network, nodeFeatures: [Feature?], spanFeatures: [Feature?]?, geography: OutlineGeography,
    findings: inout Findings
  ) {
    var nodes = readNodes(nodeFeatures, of: network, findings: &findings)
    guard let spanFeatures else {
      findings.add(.nodesOnly, network.id)
      network.nodes = nodes
      return
    }
    let spans = resolveEnds(spanFeatures, of: network, nodes: &nodes, findings: &findings)
    var kept = withoutLoopsAndDuplicates(spans, nodes: nodes, findings: &findings)
    joinDeadEnds(&kept, nodes: &nodes, home: network.home, geography: geography, findings: &findings)
    network.nodes = nodes
    network.spans = kept
  }

  /// The network's nodes by raw id, with their kind from name and type.
  private static func readNodes(_ features: [Feature?], of network: Network, findings: inout Findings) -> [String: Node] {
    var nodes: [String: Node] = [:]
    for feature in features {
      guard let feature, let rawID = feature.id, let position = feature.point else {
        findings.add(.nodeWithoutPosition, "\(network.id): \(feature?.id ?? feature?.name ?? "?")")
        continue
      }
      guard (-180...180).contains(position.longitude), (-90...90).contains(position.latitude) else {
        findings.add(.nodeOutOfRange, "\(network.id): \(feature.name) (\(rawID))")
        continue
      }
      if nodes[rawID] != nil { findings.add(.duplicateNodeID, "\(network.id): \(rawID)") }
      nodes[rawID] = Node(
        rawID: rawID, id: cleanNodeID(rawID), network: network.id, home: network.home, name: feature.name,
        position: position, kind: kind(name: feature.name, types: feature.types), isSynthetic: false)
    }
    return nodes
  }

  /// Rule 2: each span's geometry oriented to fit its declared ends, then
  /// each end kept (geometry within `agreeKm`), rewired to the node the
  /// geometry ends at (within `snapKm`), kept although far, or given a
  /// synthetic junction when the node is missing from the file (one per
  /// `syntheticMergeKm` cluster). Lengths along the oriented geometry (rule 7).
  private static func resolveEnds(
    _ features: [Feature?], of network: Network, nodes: inout [String: Node], findings: inout Findings
  ) -> [Span] {
    var spans: [Span] = []
    var synthetic: [String] = []
    for feature in features {
      guard let feature, let rawID = feature.id, let line = feature.line, line.count >= 2, let first = line.first,
        let last = line.last
      else {
        findings.add(.spanWithoutGeometry, "\(network.id): \(feature?.id ?? feature?.name ?? "?")")
        continue
      }
      func distance(_ point: GeoPoint, _ reference: String?) -> Double? {
        reference.flatMap { nodes[$0] }.map { point.distanceKm(to: $0.position) }
      }
      func cost(_ distances: [Double?]) -> Double { distances.compactMap { $0 }.reduce(0, +) }
      let forward = cost([distance(first, feature.start), distance(last, feature.end)])
      let backward = cost([distance(last, feature.start), distance(first, feature.end)])
      let geometry = forward <= backward ? line : line.reversed()
      var ends: [String] = [], rules: [EndRule] = []
      for (reference, point) in [(feature.start, geometry[0]), (feature.end, geometry[geometry.count - 1])] {
        let declared = distance(point, reference)
        if let reference, let declared, declared <= agreeKm {
          ends.append(reference)
          rules.append(.declared)
          continue
        }
        var nearest: (distance: Double, rawID: String)?
        for (key, node) in nodes where !node.isSynthetic {
          let candidate = (distance: point.distanceKm(to: node.position), rawID: key)
          if let current = nearest, !precedes(candidate, current) { continue }
          nearest = candidate
        }
        let declaredName = reference.map { nodes[$0]?.name ?? $0 } ?? "(none)"
        if let nearest, nearest.distance <= snapKm {
          ends.append(nearest.rawID)
          rules.append(.geometry)
          findings.add(.rewired, "\(network.id): \(feature.name): \(declaredName) → \(nodes[nearest.rawID]?.name ?? "")"
            + (declared.map { " (declared node \($0.fixed(1)) km away)" } ?? ""))
          continue
        }
        if let reference, let declared {
          ends.append(reference)
          rules.append(.declaredFar)
          findings.add(.stopsShort, "\(network.id): \(feature.name): \(declaredName) (\(declared.fixed(1)) km)")
          continue
        }
        var junction = synthetic.first { key in nodes[key].map { $0.position.distanceKm(to: point) <= syntheticMergeKm } ?? false }
        if junction == nil {
          let key = reference.flatMap { $0.isEmpty ? nil : $0 } ?? "\(network.id)-synthetic-\(synthetic.count + 1)"
          nodes[key] = Node(
            rawID: key, id: strippingBraces(key), network: network.id, home: network.home, name: "", position: point,
            kind: .junction, isSynthetic: true)
          synthetic.append(key)
          junction = key
        }
        ends.append(junction ?? "")
        rules.append(.synthetic)
        findings.add(.synthetic, "\(network.id): \(feature.name): \(reference ?? "(none)")")
      }
      spans.append(Span(
        id: cleanSpanID(rawID), network: network.id, name: feature.name, ends: ends, rules: rules, geometry: geometry,
        lengthKm: pathLengthKm(geometry), status: feature.status))
    }
    return spans
  }

  /// Rule 3: in span id order, self-loops and exact duplicates (same ends,
  /// same geometry to 6 decimals) are dropped. Parallel spans with another
  /// geometry stay: they are real diversity.
  private static func withoutLoopsAndDuplicates(_ spans: [Span], nodes: [String: Node], findings: inout Findings) -> [Span] {
    struct DuplicateKey: Hashable {
      var ends: [String]
      var coordinates: [Double]
    }
    let ordered = spans.enumerated().sorted { left, right in
      left.element.id == right.element.id ? left.offset < right.offset : left.element.id.precedesByCodePoint(right.element.id)
    }.map(\.element)
    var kept: [Span] = []
    var seen: [DuplicateKey: String] = [:]
    for span in ordered {
      let (a, b) = (span.ends[0], span.ends[1])
      guard a != b else {
        findings.add(.selfLoop, "\(span.network): \(span.name): \(nodes[a]?.name ?? a) (\(span.lengthKm.fixed(1)) km)")
        continue
      }
      let inOrder = a.precedesByCodePoint(b)
      let key = DuplicateKey(
        ends: inOrder ? [a, b] : [b, a],
        coordinates: (inOrder ? span.geometry : span.geometry.reversed())
          .flatMap { [($0.longitude * 1e6).rounded(), ($0.latitude * 1e6).rounded()] })
      if let original = seen[key] {
        findings.add(.duplicate, "\(span.network): \(span.name): \(span.id) (same as \(original))")
        continue
      }
      seen[key] = span.id
      if span.status == "proposed" { findings.add(.proposed, "\(span.network): \(span.name)") }
      if span.lengthKm < zeroLengthKm { findings.add(.zeroLength, "\(span.network): \(span.name)") }
      kept.append(span)
    }
    return kept
  }

  /// Rule 4: a placeholder junction with one span (in raw id order) is
  /// merged into a node of the network within `dangleKm` that has a span:
  /// the nearest named node, else the nearest junction with two or more
  /// spans, else the nearest other dead end; its span is lengthened by the
  /// gap. Not when the junction lies inside a neighbour's outline (a line
  /// leaving the country). Then self-loops this made are dropped, and so
  /// are junctions left without a span.
  private static func joinDeadEnds(
    _ spans: inout [Span], nodes: inout [String: Node], home: String, geography: OutlineGeography, findings: inout Findings
  ) {
    var degree: [String: Int] = [:]
    for span in spans {
      degree[span.ends[0], default: 0] += 1
      degree[span.ends[1], default: 0] += 1
    }
    let deadEnds = nodes.values.filter { $0.kind == .junction && degree[$0.rawID] == 1 }.map(\.rawID)
      .sorted { $0.precedesByCodePoint($1) }
    var joined: Set<String> = []
    for junction in deadEnds {
      guard let node = nodes[junction] else { continue }
      if let neighbour = geography.sortedNeighbours(of: home).first(where: { geography.contains(node.position, in: $0) }) {
        findings.add(.junctionAcrossBorder, "\(node.network): \(node.name) in \(neighbour)")
        continue
      }
      var best: (rank: Int, distance: Double, rawID: String)?
      for (key, other) in nodes where key != junction && degree[key, default: 0] > 0 {
        let distance = node.position.distanceKm(to: other.position)
        guard distance <= dangleKm else { continue }
        let rank = other.kind != .junction ? 0 : degree[key, default: 0] >= 2 ? 1 : 2
        if let current = best,
          (current.rank, current.distance) < (rank, distance) || (current.rank == rank && current.distance == distance
            && !key.precedesByCodePoint(current.rawID))
        {
          continue
        }
        best = (rank, distance, key)
      }
      guard let best else { continue }
      for index in spans.indices {
        for end in 0 ..< 2 where spans[index].ends[end] == junction {
          spans[index].ends[end] = best.rawID
          spans[index].lengthKm += best.distance
          spans[index].rules[end] = .joined
        }
      }
      degree[best.rawID, default: 0] += 1
      degree[junction] = 0
      joined.insert(junction)
      findings.add(.joined, "\(node.network): \(node.name.isEmpty ? "(synthetic)" : node.name) → "
        + "\(nodes[best.rawID].map { $0.name.isEmpty ? "(junction)" : $0.name } ?? "") (\(best.distance.fixed(1)) km)")
    }
    for span in spans where span.ends[0] == span.ends[1] { findings.add(.selfLoopAfterJoin, "\(span.network): \(span.name)") }
    spans.removeAll { $0.ends[0] == $0.ends[1] }
    let used = Set(spans.flatMap(\.ends))
    let stranded = nodes.values.filter { $0.kind == .junction && degree[$0.rawID, default: 0] == 0 && !used.contains($0.rawID) }
      .map(\.rawID).sorted { $0.precedesByCodePoint($1) }
    for key in stranded {
      if !joined.contains(key), let node = nodes[key] { findings.add(.strandedJunction, "\(node.network): \(node.id)") }
      nodes[key] = nil
    }
  }

  /// Whether `candidate` is nearer than `current`, ties going to the raw id first in code point order.
  private static func precedes(_ candidate: (distance: Double, rawID: String), _ current: (distance: Double, rawID: String)) -> Bool {
    candidate.distance < current.distance || (candidate.distance == current.distance && candidate.rawID.precedesByCodePoint(current.rawID))
  }

  /// Great-circle length of a polyline in km (rule 7).
  static func pathLengthKm(_ points: [GeoPoint]) -> Double {
    var total = 0.0
    for index in points.indices.dropLast() { total += points[index].distanceKm(to: points[index + 1]) }
    return total
  }
}
