// The dependency graph: everything that can fail is a node, so that one
// vertex algorithm finds every single point of failure.
import NetRiskData
import NetRiskGraph

/// What a node of the dependency graph stands for.
public enum NodeKind: String, CaseIterable, Sendable, Codable {
  /// A country's domestic network.
  case country
  case landingPoint
  /// A submarine cable: one node joining all its landing points.
  case cable
  /// One segment of a cable between two of its landings or branching units
  /// (with `cableSegments` in the model, for cables whose geometry resolves).
  case cableSegment
  /// One land border between two countries (a node, so that it can fail).
  case borderLink
  case internetExchange
  case facility
  case rootInstance
  /// A country's power grid: not on any path, but required by the sites on it.
  case grid
  /// A hub country's attachment to the global core: a modelling device, never a failure.
  case coreLink
  /// The global core: the hubs where most content and transit sit.
  case core
}

/// A requires-relation. With `.all`, `dependent` needs every support and
/// fails when any one fails (a site and its grid); with `.any`, it needs one
/// and fails only when all have failed (an IXP spread over facilities).
public struct Requirement: Sendable, Hashable {
  public enum Mode: String, Sendable, Hashable { case all, any }
  public var dependent: Int
  public var supports: [Int]
  public var mode: Mode
}

/// The dependency graph of a dataset under a model.
///
/// Connectivity (undirected, CSR): country – its landing points – cables –
/// other landing points – their countries; country – border link – neighbour;
/// hub country – core link – core. IXPs, facilities and root instances hang
/// off their country (they fail, but carry no international transit). Grids
/// sit apart: they matter only through `requirements`, which the cascade step
/// applies (a landing point, IXP, facility or root instance requires its
/// country's grid; an IXP requires any one of its facilities when known).
public struct DependencyGraph: Sendable {
  public let graph: Graph
  public let kinds: [NodeKind]
  /// The dataset row each node stands for (its position in the table of its
  /// kind, which varies with the node: `RowIndex(row)` types it); nil for the
  /// core and for investment nodes, which have no row.
  public let rows: [Int?]
  public let requirements: [Requirement]
  public let core: Int
  /// Node of each country, of each country's grid, and of each hub's core link
  /// (nil where a country is not a hub).
  public let countryNode: RowValues<Country, Int>
  public let gridNode: RowValues<Country, Int>
  public let coreLinkNode: RowValues<Country, Int?>
  /// Node of each cable (nil for cables the model leaves out, and for cables
  /// split into segments).
  public let cableNode: RowValues<Cable, Int?>
  /// Segment nodes of each cable split into segments (empty otherwise), by
  /// segment number.
  public let segmentNodes: RowValues<Cable, [Int]>
  /// The cable of each cable and segment node of the dataset (nil otherwise).
  let cableOfNode: [RowIndex<Cable>?]
  public let landingPointNode: RowValues<LandingPoint, Int>
  /// Border link nodes, as (node, country A, country B).
  public let borderLinks: [(node: Int, countryA: RowIndex<Country>, countryB: RowIndex<Country>)]
  /// Capacity of each node in Tbit/s where it is a link (cables, border links); 0 otherwise.
  public let linkCapacityTbps: [Double]
  /// Cables left out (by dataset index), with why: `RiskModel.exclusion(of:)`.
  public let excludedCables: [(cable: RowIndex<Cable>, reason: CableExclusion)]
  /// Node of each IXP, facility and root instance.
  public let internetExchangeNode: RowValues<InternetExchange, Int>
  public let facilityNode: RowValues<Facility, Int>
  public let rootInstanceNode: RowValues<RootInstance, Int>
  /// Nodes of the dataset; nodes from `investments` are numbered from here.
  public let baseNodeCount: Int
  /// The country whose grid feeds each node (sites and countries), else nil.
  public let gridCountry: [RowIndex<Country>?]
  /// Length in km of each cable node (0 for other nodes): the dataset's, else
  /// the longest great-circle span between its landing points times the
  /// model's route factor.
  public let cableLengthOfNode: [Double]
  /// Names of investment nodes (they have no dataset row: `rows` is nil).
  public let addedNames: [Int: String]
  /// Backup autonomy in hours given by investments, by site node.
  public let backupHours: [Int: Double]
  /// Random stream key of each investment node: a hash of the investment and
  /// the node's role in it, so that its draws do not depend on what else is built.
  public let addedStreamKey: [Int: UInt64]

  public var nodeCount: Int { kinds.count }
}

extension DependencyGraph {
  /// Builds the graph of `dataset` under `model`.
  ///
  /// Cables that are planned (unless the model includes them) or enter
  /// service after the model's `asOfYear` are left out and listed. Platforms
  /// (offshore landing points) join their cables but not their country: they
  /// carry no national traffic. Hub countries unknown to the dataset are
  /// ignored (the model was checked against it by the caller).
  /// - Complexity: O(rows) time and memory.
  public init(dataset: Dataset, model: RiskModel, investments: [Investment] = []) throws {
    var kinds: [NodeKind] = [], rows: [Int?] = [], capacity: [Double] = []
    func add(_ kind: NodeKind, row: Int?, tbps: Double = 0) -> Int {
      kinds.append(kind)
      rows.append(row)
      capacity.append(tbps)
      return kinds.count - 1
    }
    var sources: [Int] = [], targets: [Int] = []
    func connect(_ a: Int, _ b: Int) {
      sources.append(a)
      targets.append(b)
    }
    var requirements: [Requirement] = []

    let core = add(.core, row: nil)
    let countryNode = dataset.countries.mapRows { index, _ in add(.country, row: index.position) }
    let gridNode = dataset.countries.mapRows { index, _ in add(.grid, row: index.position) }
    var coreLinkNode = RowValues<Country, Int?>(repeating: nil, count: dataset.countries.count)
    for code in model.globalCore.countries.sorted() {
      guard let country = dataset.countryIndex(code) else { continue }
      let link = add(.coreLink, row: country.position)
      coreLinkNode[country] = link
      connect(countryNode[country], link)
      connect(link, core)
    }

    let landingPointNode = dataset.landingPoints.mapRows { index, _ in add(.landingPoint, row: index.position) }
    for (index, point) in dataset.landingPoints.enumeratedRows {
      if point.kind == .shore { connect(countryNode[point.countryIndex], landingPointNode[index]) }
      requirements.append(Requirement(dependent: landingPointNode[index], supports: [gridNode[point.countryIndex]], mode: .all))
    }

    var cableNode = RowValues<Cable, Int?>(repeating: nil, count: dataset.cables.count)
    var segmentNodes = RowValues<Cable, [Int]>(repeating: [], count: dataset.cables.count)
    var excluded: [(RowIndex<Cable>, CableExclusion)] = []
    for (index, cable) in dataset.cables.enumeratedRows {
      if let reason = model.exclusion(of: cable) {
        excluded.append((index, reason))
        continue
      }
      let tbps = model.cableCapacity.capacity(
        known: cable.capacityTbps, year: cable.readyForServiceYear, kilometres: cable.lengthKilometres)
      if model.usesCableSegments && !cable.segmentIndices.isEmpty {
        // Segments: a landing joins the segments that end at it, a branching
        // unit joins its segments to each other.
        var atUnit: [RowIndex<BranchingUnit>: [Int]] = [:]
        let shares = SegmentCapacityShare.shares(of: cable.segmentIndices.map { dataset.cableSegments[$0] })
        for (segmentIndex, share) in zip(cable.segmentIndices, shares) {
          let node = add(.cableSegment, row: segmentIndex.position, tbps: tbps * share)
          segmentNodes[index].append(node)
          let segment = dataset.cableSegments[segmentIndex]
          for end in [segment.from, segment.to] {
            switch end {
            case let .landingPoint(point): connect(node, landingPointNode[point])
            case let .branchingUnit(unit): atUnit[unit, default: []].append(node)
            }
          }
        }
        for unit in atUnit.keys.sorted() {
          let joined = atUnit[unit] ?? []
          for (i, a) in joined.enumerated() { for b in joined.dropFirst(i + 1) { connect(a, b) } }
        }
        continue
      }
      let node = add(.cable, row: index.position, tbps: tbps)
      cableNode[index] = node
      for point in Set(cable.landingPointIndices).sorted() { connect(node, landingPointNode[point]) }
    }

    var borderLinks: [(Int, RowIndex<Country>, RowIndex<Country>)] = []
    for (index, border) in dataset.borders.enumerated() {
      let node = add(.borderLink, row: index, tbps: model.borderLinkCapacityTbps.value)
      connect(countryNode[border.countryAIndex], node)
      connect(node, countryNode[border.countryBIndex])
      borderLinks.append((node, border.countryAIndex, border.countryBIndex))
    }

    let facilityNode = dataset.facilities.mapRows { index, _ in add(.facility, row: index.position) }
    for (index, facility) in dataset.facilities.enumeratedRows {
      connect(countryNode[facility.countryIndex], facilityNode[index])
      requirements.append(Requirement(dependent: facilityNode[index], supports: [gridNode[facility.countryIndex]], mode: .all))
    }
    var internetExchangeNode = RowValues<InternetExchange, Int>([])
    for (index, exchange) in dataset.internetExchanges.enumerated() {
      let node = add(.internetExchange, row: index)
      internetExchangeNode.values.append(node)
      connect(countryNode[exchange.countryIndex], node)
      requirements.append(Requirement(dependent: node, supports: [gridNode[exchange.countryIndex]], mode: .all))
      if !exchange.facilityIndices.isEmpty {
        requirements.append(Requirement(dependent: node, supports: exchange.facilityIndices.map { facilityNode[$0] }, mode: .any))
      }
    }
    var rootInstanceNode = RowValues<RootInstance, Int>([])
    for (index, instance) in dataset.rootInstances.enumerated() {
      let node = add(.rootInstance, row: index)
      rootInstanceNode.values.append(node)
      connect(countryNode[instance.countryIndex], node)
      requirements.append(Requirement(dependent: node, supports: [gridNode[instance.countryIndex]], mode: .all))
    }

    let cableLengthKm = dataset.cables.map { cable -> Double in
      if let length = cable.lengthKilometres { return length }
      let points = cable.landingPointIndices.map { dataset.landingPoints[$0].location }
      var longest = 0.0
      for (i, a) in points.enumerated() { for b in points.dropFirst(i + 1) { longest = max(longest, Geo.distanceKm(a, b)) } }
      return longest * model.failures.cableRouteFactor.value
    }
    var gridCountry = [RowIndex<Country>?](repeating: nil, count: kinds.count)
    var lengthOfNode = [Double](repeating: 0, count: kinds.count)
    for node in kinds.indices {
      guard let row = rows[node] else { continue }  // the core
      switch kinds[node] {
      case .country, .grid: gridCountry[node] = RowIndex(row)
      case .landingPoint: gridCountry[node] = dataset.landingPoints[row].countryIndex
      case .facility: gridCountry[node] = dataset.facilities[row].countryIndex
      case .internetExchange: gridCountry[node] = dataset.internetExchanges[row].countryIndex
      case .rootInstance: gridCountry[node] = dataset.rootInstances[row].countryIndex
      case .cable: lengthOfNode[node] = cableLengthKm[row]
      case .cableSegment:
        // Drawn routes are schematic: segments are scaled so that they sum to
        // the cable's length where the dataset gives one.
        let segment = dataset.cableSegments[row]
        let cable = dataset.cables[segment.cableIndex]
        let drawn = cable.segmentIndices.reduce(0.0) { $0 + dataset.cableSegments[$1].lengthKilometres }
        let scale = cable.lengthKilometres.map { drawn > 0 ? $0 / drawn : 1 } ?? 1
        lengthOfNode[node] = segment.lengthKilometres * scale
      case .core, .coreLink, .borderLink: break
      }
    }

    let cableOfNode = kinds.indices.map { node -> RowIndex<Cable>? in
      switch kinds[node] {
      case .cable: return rows[node].map(RowIndex.init)
      case .cableSegment: return rows[node].map { dataset.cableSegments[$0].cableIndex }
      default: return nil
      }
    }

    // Investments: new nodes after the dataset's, so that dataset nodes keep their numbers.
    let baseNodeCount = kinds.count
    var addedNames: [Int: String] = [:]
    var backupHours: [Int: Double] = [:]
    var addedStreamKey: [Int: UInt64] = [:]
    var investmentIdentity = ""
    /// A new node; `country` is the one whose grid feeds it (nil for links).
    func addSite(_ kind: NodeKind, country: RowIndex<Country>?, name: String, tbps: Double = 0, length: Double = 0) -> Int {
      let node = add(kind, row: nil, tbps: tbps)
      addedStreamKey[node] = UInt64(StableHash.hex(of: Array("\(investmentIdentity)/\(kind.rawValue)".utf8)), radix: 16) ?? 0
      gridCountry.append(country)
      lengthOfNode.append(length)
      addedNames[node] = name
      if let country { requirements.append(Requirement(dependent: node, supports: [gridNode[country]], mode: .all)) }
      return node
    }
    for investment in investments {
      investmentIdentity = String(describing: investment)
      switch investment {
      case let .cable(country, target, length, tbps, name):
        let station = addSite(.landingPoint, country: country, name: "new landing station for \(name)")
        let cable = addSite(.cable, country: nil, name: name, tbps: tbps, length: length)
        connect(countryNode[country], station)
        connect(station, cable)
        connect(cable, landingPointNode[target])
      case let .landingStation(existing, name):
        let country = dataset.landingPoints[existing].countryIndex
        let station = addSite(.landingPoint, country: country, name: name)
        connect(countryNode[country], station)
        for cable in dataset.landingPoints[existing].cableIndices {
          if let node = cableNode[cable] { connect(station, node) }
          for (node, segment) in zip(segmentNodes[cable], dataset.cables[cable].segmentIndices)
          where dataset.cableSegments[segment].touches(landingPoint: existing) {
            connect(station, node)
          }
        }
      case let .borderLink(a, b, tbps):
        let link = addSite(.borderLink, country: nil,
          name: "new border link \(dataset.countries[a].code)-\(dataset.countries[b].code)", tbps: tbps)
        connect(countryNode[a], link)
        connect(link, countryNode[b])
      case let .rootInstance(letter, country):
        let instance = addSite(.rootInstance, country: country, name: "new \(letter)-root instance in \(dataset.countries[country].name)")
        connect(countryNode[country], instance)
      case let .backupPower(point, hours):
        backupHours[landingPointNode[point]] = hours
      case let .exchange(country):
        let exchange = addSite(.internetExchange, country: country, name: "new IXP in \(dataset.countries[country].name)")
        connect(countryNode[country], exchange)
      }
    }

    self.graph = try Graph(nodeCount: kinds.count, sources: sources, targets: targets, capacities: nil, directed: false)
    self.kinds = kinds
    self.rows = rows
    self.requirements = requirements
    self.core = core
    self.countryNode = countryNode
    self.gridNode = gridNode
    self.coreLinkNode = coreLinkNode
    self.cableNode = cableNode
    self.segmentNodes = segmentNodes
    self.cableOfNode = cableOfNode
    self.landingPointNode = landingPointNode
    self.borderLinks = borderLinks.map { (node: $0.0, countryA: $0.1, countryB: $0.2) }
    self.linkCapacityTbps = capacity
    self.excludedCables = excluded.map { (cable: $0.0, reason: $0.1) }
    self.internetExchangeNode = internetExchangeNode
    self.facilityNode = facilityNode
    self.rootInstanceNode = rootInstanceNode
    self.baseNodeCount = baseNodeCount
    self.gridCountry = gridCountry
    self.cableLengthOfNode = lengthOfNode
    self.addedNames = addedNames
    self.backupHours = backupHours
    self.addedStreamKey = addedStreamKey
  }

  /// The nodes that stand for cable `cable`: its node, or its segment nodes;
  /// empty when the model leaves it out.
  public func nodes(ofCable cable: RowIndex<Cable>) -> [Int] {
    cableNode[cable].map { [$0] } ?? segmentNodes[cable]
  }

  /// The capacity, Tbit/s, that cable `cable` gives the landing point
  /// nodes `landings` together (dataset landing points or new stations): a
  /// whole cable its capacity; a cable in segments the sum of the segments
  /// joined to them (a branch its share, a trunk passing through two full
  /// segments), at most the cable's largest segment (its capacity, counted
  /// once). 0 when the cable reaches none of them.
  /// - Complexity: O(*d* + *s*) for the landings' *d* links and the cable's *s* segments.
  public func capacityTbps(ofCable cable: RowIndex<Cable>, atLandings landings: some Sequence<Int>) -> Double {
    let nodes = self.nodes(ofCable: cable)
    let largest = nodes.map { linkCapacityTbps[$0] }.max() ?? 0
    var joined = Set<Int>()
    for landing in landings {
      for arc in graph.arcs(of: landing) where self.cable(ofNode: graph.arcTarget(arc)) == cable { joined.insert(graph.arcTarget(arc)) }
    }
    return min(joined.reduce(0) { $0 + linkCapacityTbps[$1] }, largest)
  }

  /// The shore landing point nodes of country `country` (dataset landing
  /// points and new stations): the landing nodes joined to its country node.
  public func shoreLandingNodes(of country: RowIndex<Country>) -> [Int] {
    graph.arcs(of: countryNode[country]).map(graph.arcTarget).filter { kinds[$0] == .landingPoint }
  }

  /// Whether the model keeps cable `cable` (whole or as segments).
  public func includes(cable: RowIndex<Cable>) -> Bool { cableNode[cable] != nil || !segmentNodes[cable].isEmpty }

  /// The cable a cable or segment node belongs to, or nil for other nodes
  /// (and for investment cables, which have no dataset row).
  public func cable(ofNode node: Int) -> RowIndex<Cable>? {
    node < cableOfNode.count ? cableOfNode[node] : nil
  }

  /// The capacity of a link node in whole Gbit/s, as flows and the Monte
  /// Carlo count it (the model bounds capacities, so this cannot overflow).
  public func linkCapacityGbps(_ node: Int) -> Int64 { Self.gbps(linkCapacityTbps[node]) }

  /// Tbit/s as whole Gbit/s, the unit flows and the Monte Carlo count in (the
  /// model bounds capacities, so this cannot overflow).
  public static func gbps(_ tbps: Double) -> Int64 { Int64((tbps * 1000).rounded()) }

  /// The node of the row `row` of a table of kind `kind`, or nil.
  public func nodeOf(_ kind: NodeKind, row: Int) -> Int? {
    let table: [Int?]
    switch kind {
    case .country: table = countryNode.values
    case .grid: table = gridNode.values
    case .landingPoint: table = landingPointNode.values
    case .cable: table = cableNode.values
    case .cableSegment: return rows.indices.first { kinds[$0] == .cableSegment && rows[$0] == row }
    case .internetExchange: table = internetExchangeNode.values
    case .facility: table = facilityNode.values
    case .rootInstance: table = rootInstanceNode.values
    case .borderLink: return borderLinks.indices.contains(row) ? borderLinks[row].node : nil
    case .core, .coreLink: return nil
    }
    return table.indices.contains(row) ? table[row] : nil
  }

  /// The nodes that fail when `failed` fail, requirements applied until
  /// nothing changes (the cascade), `failed` included.
  /// - Complexity: O(*R* · *d*) time where *R* is the number of requirements
  ///   and *d* the depth of the cascade (at most 3 here: grid, facility, IXP).
  public func cascade(from failed: some Sequence<Int>) -> NodeMask {
    var down = NodeMask(count: nodeCount, containing: failed)
    var changed = true
    while changed {
      changed = false
      for requirement in requirements where !down.contains(requirement.dependent) {
        let broken: Bool
        switch requirement.mode {
        case .all: broken = requirement.supports.contains { down.contains($0) }
        case .any: broken = requirement.supports.allSatisfy { down.contains($0) }
        }
        if broken {
          down.insert(requirement.dependent)
          changed = true
        }
      }
    }
    return down
  }

  /// A short human name for node `node` ("Tonga Cable", "landing point
  /// Nuku'alofa, Tonga", "border FR-ES", "grid of Tonga").
  public func name(of node: Int, in dataset: Dataset) -> String {
    if let added = addedNames[node] { return added }
    guard let row = rows[node] else { return "the global core" }  // the one dataset node without a row
    switch kinds[node] {
    case .core: return "the global core"
    case .country: return dataset.countries[row].name
    case .grid: return "power grid of \(dataset.countries[row].name)"
    case .coreLink: return "core link of \(dataset.countries[row].name)"
    case .landingPoint: return "landing point \(dataset.landingPoints[row].name)"
    case .cable: return dataset.cables[row].name
    case .cableSegment:
      let segment = dataset.cableSegments[row]
      func end(_ end: SegmentEnd) -> String {
        switch end {
        case let .landingPoint(point): return dataset.landingPoints[point].name
        case let .branchingUnit(unit):
          let id = dataset.branchingUnits[unit].id
          return "branching unit " + (id.split(separator: "/").last.map { String($0.dropFirst(2)) } ?? id)
        }
      }
      let cable = dataset.cables[segment.cableIndex]
      // A cable of one segment is just the cable.
      if cable.segmentIndices.count == 1 { return cable.name }
      return "\(cable.name): segment \(end(segment.from)) – \(end(segment.to))"
    case .borderLink:
      let border = dataset.borders[row]
      return "border link \(dataset.countries[border.countryAIndex].code)-\(dataset.countries[border.countryBIndex].code)"
    case .internetExchange: return "IXP \(dataset.internetExchanges[row].name)"
    case .facility: return "facility \(dataset.facilities[row].name)"
    case .rootInstance:
      let instance = dataset.rootInstances[row]
      return "\(instance.letter)-root instance \(instance.site)"
    }
  }
}
