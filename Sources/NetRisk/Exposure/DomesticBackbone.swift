// How a country's landing stations and border posts reach its population
// centre over its national fibre backbone, and the single spans and nodes
// whose loss cuts them off.
import NetRiskData
import NetRiskGraph

/// One country's national backbone, for a country the dataset has backbone
/// maps of (OFDS; 29 countries in the shipped dataset). Countries without
/// them keep the engine's single domestic node.
///
/// The graph: every span in service with both ends in the country (all its
/// networks, and foreign networks' nodes on its soil); an assumed
/// interconnect between nodes of two different networks within
/// `interconnectKm` (the maps are per operator and never show where
/// operators meet); each active domestic submarine cable (all its landing
/// points in the country) as a link between the nodes its landing points are
/// tied to. The population centre is the hub point of `backbone_hubs.csv`
/// with every node within `hubRadiusKm` of it, taken as one node (the
/// metro), so that the last span into whichever node happens to be nearest
/// does not count as a national weakness.
///
/// Findings, each from one block-cut tree (`Graph.separators(between:and:)`):
/// - per landing point with an active international cable and a tied node,
///   the spans and nodes whose single loss cuts that landing off from the
///   metro;
/// - for the country, the spans and nodes whose single loss cuts the metro
///   off from every way out at once (every tied landing with an active
///   international cable and every border post): the domestic single points
///   of failure.
///
/// Approximate: a map is one operator's network, never a country's whole
/// Internet (Kenya has four maps, most countries one); interconnects are
/// assumed; a border post is a node near a border, not a crossing known to
/// carry traffic; the hub is one point (a second city is no population
/// centre here).
public struct DomesticBackbone: Hashable, Sendable, Codable {
  /// Nodes of two different networks this close are taken to be
  /// interconnected. Assumed, because the maps are per operator and none
  /// shows where operators meet; 5 km is the same town.
  public static let interconnectKm = 5.0
  /// Every node this close to the hub point belongs to the population
  /// centre. Assumed: a metro area's radius (Nairobi, Lagos, Johannesburg
  /// each span about 25 km from their centre).
  public static let hubRadiusKm = 25.0

  /// A backbone node, as outputs name it.
  public struct Node: Hashable, Sendable, Codable {
    public var id: String
    /// The node's name, or "junction" for an unnamed fork of the drawing.
    public var name: String
    public var network: String
  }

  /// A backbone span, as outputs name it: by its end nodes (the source's
  /// span names are often copy-pasted).
  public struct Span: Hashable, Sendable, Codable {
    public var id: String
    public var network: String
    public var from: String
    public var to: String
    public var lengthKm: Double
  }

  /// How one way in or out reaches the population centre.
  public struct Reach: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable {
      /// The landing node lies in the hub metro itself.
      case inHubMetro = "in-hub-metro"
      /// Connected; `spans` and `nodes` list what cuts it alone (may be empty).
      case connected
      /// The maps hold no path (a missing link in the data, or a real gap).
      case disconnected
      /// No population centre was chosen for the country: nothing to reach.
      case noCentre = "no-centre"
    }

    public var status: Status
    /// Spans whose single loss cuts it off, in path order from the way out.
    public var spans: [Span]
    /// Nodes whose single loss cuts it off, in path order from the way out.
    public var nodes: [Node]
    /// Assumed interconnects and domestic cables among the single cuts
    /// (not spans of a map, so listed apart).
    public var otherLinks: [String]

    /// A reach with nothing to list (disconnected, no centre, in the metro).
    static func only(_ status: Status) -> Reach { Reach(status: status, spans: [], nodes: [], otherLinks: []) }

    /// Everything that cuts it alone, named for a reader: spans by their
    /// ends, network and length, nodes by name and network, then the other links.
    public var cutNames: [String] {
      spans.map { "span \($0.from) – \($0.to) (\($0.network), \(Int($0.lengthKm.rounded())) km)" }
        + nodes.map { "node \($0.name) (\($0.network))" } + otherLinks
    }
  }

  /// A landing point with an active international cable, the node it is
  /// tied to, and how it reaches the hub.
  public struct Landing: Hashable, Sendable, Codable {
    public var landingPoint: String
    public var node: Node
    public var distanceKm: Double
    public var reach: Reach
  }

  /// The maps this backbone is drawn from.
  public var networks: [String]
  public var nodes: Int
  public var spans: Int
  public var kilometres: Double
  /// How the population centre was chosen, and the nodes in its metro.
  public var hubBasis: String?
  public var hubMetro: [String]
  /// Tied landing points with an active international cable, by id.
  public var landings: [Landing]
  /// Landing points with an active international cable and no node with a
  /// span in service within the importer's distance: their link to the
  /// backbone is unknown.
  public var untiedLandingPoints: [String]
  /// Land neighbours (alpha-2) the backbone reaches with a border post.
  public var borderPostNeighbours: [String]
  /// What cuts the population centre off from every way out at once; nil
  /// without a hub or a way out in the maps.
  public var national: Reach?
  public var assumedInterconnects: Int
  public var domesticCableLinks: Int
}

extension DomesticBackbone {
  /// The backbone of every country that has one in `dataset` (nil for the
  /// others), with the cables `model` keeps.
  /// - Complexity: per country O(*n*²) in its nodes for the assumed
  ///   interconnects (a few hundred nodes), plus O(*V* + *E*) per landing
  ///   for the separators.
  public static func all(in dataset: Dataset, model: RiskModel) -> RowValues<Country, DomesticBackbone?> {
    var nodesOf: [RowIndex<Country>: [RowIndex<BackboneNode>]] = [:]
    for (index, node) in dataset.backboneNodes.enumeratedRows { nodesOf[node.countryIndex, default: []].append(index) }
    var spansOf: [RowIndex<Country>: [BackboneSpan]] = [:]
    for span in dataset.backboneSpans where span.isInService {
      let country = dataset.backboneNodes[span.fromIndex].countryIndex
      if dataset.backboneNodes[span.toIndex].countryIndex == country { spansOf[country, default: []].append(span) }
    }
    var networksOf: [RowIndex<Country>: [String]] = [:]
    for network in dataset.backboneNetworks { networksOf[network.countryIndex, default: []].append(network.id) }
    let hubOf = Dictionary(dataset.backboneHubs.map { ($0.countryIndex, $0) }, uniquingKeysWith: { first, _ in first })
    let tieOf = Dictionary(dataset.backboneLandings.map { ($0.landingPointIndex, $0) }, uniquingKeysWith: { first, _ in first })
    return dataset.countries.mapRows { index, _ in
      guard let networks = networksOf[index] else { return nil }
      return DomesticBackbone(
        country: index, networks: networks, nodes: nodesOf[index] ?? [], spans: spansOf[index] ?? [], hub: hubOf[index],
        ties: tieOf, dataset: dataset, model: model)
    }
  }

  init(
    country: RowIndex<Country>, networks: [String], nodes: [RowIndex<BackboneNode>], spans: [BackboneSpan], hub: BackboneHub?,
    ties: [RowIndex<LandingPoint>: BackboneLanding], dataset: Dataset, model: RiskModel
  ) {
    let node = { (index: RowIndex<BackboneNode>) -> Node in
      let row = dataset.backboneNodes[index]
      return Node(id: row.id, name: row.name.isEmpty ? "junction" : row.name, network: dataset.backboneNetworks[row.networkIndex].id)
    }
    // Graph ids: the country's nodes with a span, in file order.
    var local: [RowIndex<BackboneNode>: Int] = [:]
    var members: [RowIndex<BackboneNode>] = []
    for span in spans {
      for end in [span.fromIndex, span.toIndex] where local[end] == nil {
        local[end] = members.count
        members.append(end)
      }
    }
    let location = { (graphNode: Int) in dataset.backboneNodes[members[graphNode]].location }
    var edges: [(Int, Int)] = spans.map { (local[$0.fromIndex] ?? 0, local[$0.toIndex] ?? 0) }
    var edgeLabel: [String?] = spans.map { _ in nil }  // nil: a span of a map
    // Assumed interconnects between networks.
    var interconnects = 0
    for first in members.indices {
      for second in (first + 1) ..< members.count
      where dataset.backboneNodes[members[first]].networkIndex != dataset.backboneNodes[members[second]].networkIndex
        && location(first).distanceKm(to: location(second)) <= Self.interconnectKm
      {
        edges.append((first, second))
        edgeLabel.append("assumed interconnect \(node(members[first]).name) – \(node(members[second]).name)")
        interconnects += 1
      }
    }
    // Cables: active, domestic ones join their tied nodes; international
    // ones make their landing points ways out.
    var tiedLandings: [(point: RowIndex<LandingPoint>, tie: BackboneLanding)] = []
    var untied: [String] = []
    var domesticCableLinks = 0
    let countryPoints = dataset.countries[country].landingPointIndices.filter { dataset.landingPoints[$0].kind == .shore }
    var domesticCables: Set<RowIndex<Cable>> = []
    for point in countryPoints {
      for cable in dataset.landingPoints[point].cableIndices where model.exclusion(of: dataset.cables[cable]) == nil {
        let landings = dataset.cables[cable].landingPointIndices
        if landings.allSatisfy({ dataset.landingPoints[$0].countryIndex == country }) { domesticCables.insert(cable) }
      }
    }
    for cable in domesticCables.sorted() {
      let tied = Set(dataset.cables[cable].landingPointIndices.compactMap { ties[$0].flatMap { local[$0.nodeIndex] } }).sorted()
      for other in tied.dropFirst() {
        edges.append((tied[0], other))
        edgeLabel.append("domestic cable \(dataset.cables[cable].name)")
        domesticCableLinks += 1
      }
    }
    for point in countryPoints {
      let international = dataset.landingPoints[point].cableIndices.contains { cable in
        model.exclusion(of: dataset.cables[cable]) == nil && !domesticCables.contains(cable)
      }
      guard international else { continue }
      if let tie = ties[point], local[tie.nodeIndex] != nil {
        tiedLandings.append((point, tie))
      } else {
        untied.append(dataset.landingPoints[point].id)
      }
    }
    // The hub metro becomes one node: graph node `members.count`; the
    // world (every way out) one more.
    let hubNode = members.count, worldNode = members.count + 1
    let metro = hub.map { hub in members.indices.filter { location($0).distanceKm(to: hub.location) <= Self.hubRadiusKm } } ?? []
    let nearest = hub.flatMap { hub in members.indices.min { (location($0).distanceKm(to: hub.location), $0) < (location($1).distanceKm(to: hub.location), $1) } }
    let metroSet = Set(metro.isEmpty ? nearest.map { [$0] } ?? [] : metro)
    let mapped = { (graphNode: Int) in metroSet.contains(graphNode) ? hubNode : graphNode }
    let contracted = edges.map { (mapped($0.0), mapped($0.1)) }
    let spanCount = spans.count
    var exits = tiedLandings.compactMap { local[$0.tie.nodeIndex] }
    exits += members.indices.filter { dataset.backboneNodes[members[$0]].kind == .borderPost }
    // Two graphs: the backbone alone (a landing's own path to the centre),
    // and with every way out joined to the world node (the country's).
    let backboneGraph = try? Graph(nodeCount: members.count + 2, edges: contracted)
    let worldGraph = try? Graph(nodeCount: members.count + 2, edges: contracted + Set(exits.map(mapped)).sorted().map { ($0, worldNode) })

    func reach(from start: Int, to end: Int, in graph: Graph?) -> Reach {
      guard let graph else { return .only(.disconnected) }
      if start == hubNode && end == hubNode { return .only(.inHubMetro) }
      guard let cut = graph.separators(between: start, and: end) else { return .only(.disconnected) }
      let cutSpans = cut.edges.filter { $0 < spanCount }.map { edge in
        let span = spans[edge]
        return Span(
          id: span.id, network: dataset.backboneNetworks[span.networkIndex].id, from: node(span.fromIndex).name,
          to: node(span.toIndex).name, lengthKm: span.lengthKm)
      }
      let others = cut.edges.filter { $0 >= spanCount && $0 < edgeLabel.count }.compactMap { edgeLabel[$0] }
      let cutNodes = cut.nodes.filter { $0 < members.count }.map { node(members[$0]) }
      return Reach(status: .connected, spans: cutSpans, nodes: cutNodes, otherLinks: others)
    }

    self.networks = networks
    self.nodes = nodes.count
    self.spans = spans.count
    kilometres = spans.reduce(0) { $0 + $1.lengthKm }
    hubBasis = hub?.basis
    hubMetro = metroSet.sorted().map { node(members[$0]).name }
    landings = tiedLandings.map { point, tie in
      Landing(
        landingPoint: dataset.landingPoints[point].id, node: node(tie.nodeIndex), distanceKm: tie.distanceKm,
        reach: hub == nil
          ? .only(.noCentre)
          : reach(from: mapped(local[tie.nodeIndex] ?? 0), to: hubNode, in: backboneGraph))
    }
    untiedLandingPoints = untied
    borderPostNeighbours = Set(nodes.compactMap { dataset.backboneNodes[$0].neighbourIndex }.map { dataset.countries[$0].code }).sorted()
    national = hub == nil || exits.isEmpty ? nil : reach(from: hubNode, to: worldNode, in: worldGraph)
    assumedInterconnects = interconnects
    self.domesticCableLinks = domesticCableLinks
  }
}
