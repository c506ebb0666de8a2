// The backbone importer's working types: networks, nodes and spans as the
// rules change them, and the notes it collects on the way.

extension BackboneImporter {
  /// What a node is (`backbone_nodes.csv` `kind`).
  enum NodeKind: String, CaseIterable, Sendable {
    case landing
    case borderPost = "border-post"
    case junction
    case node
  }

  /// How a span end was settled (`backbone_spans.csv` `ends`).
  enum EndRule: String, Sendable {
    /// The declared node, and the geometry ends within `agreeKm` of it.
    case declared
    /// Replaced by the node the geometry ends at (within `snapKm`).
    case geometry
    /// The declared node, although the geometry stops short of it.
    case declaredFar = "declared-far"
    /// A junction added at the geometry's end for a node the file lacks.
    case synthetic
    /// A dead-end junction merged into a node nearby (`dangleKm`).
    case joined
  }

  /// One backbone node. Keyed by `rawID` (the id as the OFDS file writes it)
  /// within its network; `id` is what the dataset writes.
  struct Node {
    var rawID: String
    var id: String
    var network: String
    /// The network's country.
    var home: String
    var name: String
    var position: GeoPoint
    var kind: NodeKind
    var isSynthetic: Bool
    /// Where the node is (rule 5); set after cleaning.
    var country = ""
    /// For a border post: the country across the border.
    var neighbour = ""
  }

  /// One span between two nodes of its network.
  struct Span {
    var id: String
    var network: String
    var name: String
    /// Raw ids of the two end nodes, in the geometry's direction.
    var ends: [String]
    var rules: [EndRule]
    /// Oriented from `ends[0]` to `ends[1]`.
    var geometry: [GeoPoint]
    var lengthKm: Double
    var status: String
  }

  /// One operator network of the dump, from its folder to its cleaned nodes and spans.
  struct Network {
    var id: String
    var folder: String
    var operatorFolder: String
    var home: String
    var name: String
    var snapshotDate: String
    var ofdsVersion: String
    var nodes: [String: Node] = [:]
    var spans: [Span] = []
  }

  /// The groups of items the import report lists for this source, in the
  /// order they are reported.
  enum Finding: CaseIterable {
    case unreadableFile, folderWithoutNodes, nodeWithoutPosition, nodeOutOfRange, spanWithoutGeometry
    case selfLoop, duplicate, selfLoopAfterJoin, strandedJunction
    case unmappedFolder
    case nodesOnly, rewired, synthetic, proposed, zeroLength, joined, junctionAcrossBorder, abroad, overridden
    case stopsShort, demoted, crossingWithoutBorder, duplicateNodeID, extraFile, unusedNetworkRow, unusedOverride
    case mappingDateNotUsed

    var kind: ImportNote.Kind {
      switch self {
      case .unreadableFile, .folderWithoutNodes, .nodeWithoutPosition, .nodeOutOfRange, .spanWithoutGeometry, .selfLoop,
        .duplicate, .selfLoopAfterJoin, .strandedJunction:
        return .skipped
      case .unmappedFolder: return .unmapped
      // A span stopping short keeps its declared node and a demoted border
      // post becomes a node, each by a documented rule: flagged for a
      // reader, not a problem to fix.
      case .nodesOnly, .rewired, .synthetic, .proposed, .zeroLength, .joined, .junctionAcrossBorder, .abroad, .overridden,
        .stopsShort, .demoted:
        return .flagged
      case .crossingWithoutBorder, .duplicateNodeID, .extraFile, .unusedNetworkRow, .unusedOverride,
        .mappingDateNotUsed:
        return .warning
      }
    }

    var entity: String {
      switch self {
      case .unreadableFile, .folderWithoutNodes, .unmappedFolder, .nodesOnly, .extraFile, .unusedNetworkRow, .mappingDateNotUsed:
        return "backbone_networks"
      case .nodeWithoutPosition, .nodeOutOfRange, .strandedJunction, .joined, .junctionAcrossBorder, .abroad, .overridden,
        .demoted, .crossingWithoutBorder, .duplicateNodeID, .unusedOverride:
        return "backbone_nodes"
      case .spanWithoutGeometry, .selfLoop, .duplicate, .selfLoopAfterJoin, .rewired, .synthetic, .proposed, .zeroLength,
        .stopsShort:
        return "backbone_spans"
      }
    }

    var reason: String {
      switch self {
      case .unreadableFile: return "GeoJSON file that is not a FeatureCollection (network skipped)"
      case .folderWithoutNodes: return "operator folder without a *node*.geojson file"
      case .nodeWithoutPosition: return "node feature without an id or a Point position"
      case .nodeOutOfRange: return "node coordinates out of range"
      case .spanWithoutGeometry: return "span feature without an id or a LineString of two or more positions"
      case .selfLoop: return "self-loop: both ends at one node (converter artefact)"
      case .duplicate: return "exact duplicate of another span of the network (same ends, same geometry)"
      case .selfLoopAfterJoin: return "self-loop once a dead end was joined"
      case .strandedJunction: return "placeholder junction without a span"
      case .unmappedFolder: return "operator folder not in ofds-networks.csv (skipped)"
      case .nodesOnly: return "no spans file: nodes only"
      case .rewired:
        return "span end rewired to the node its geometry ends at (declared node over \(km(agreeKm)) away, this one within \(km(snapKm)))"
      case .synthetic: return "span end names a node missing from the nodes file: synthetic junction at the geometry's end"
      case .proposed: return "status proposed (kept, not built)"
      case .zeroLength: return "shorter than \(km(zeroLengthKm)) between two nodes (kept)"
      case .joined: return "dead-end placeholder junction joined to a node of its network within \(km(dangleKm)) (dropped; its span lengthened)"
      case .junctionAcrossBorder: return "dead-end junction inside a neighbour's outline: kept (where a line crosses the border)"
      case .abroad: return "node outside its network's country"
      case .overridden: return "country or kind set by backbone-node-overrides.csv"
      case .stopsShort:
        return "geometry stops short of its declared node (over \(km(agreeKm)), no node within \(km(snapKm))): declared node kept"
      case .demoted: return "explicit border post over \(km(borderCheckKm)) from its neighbour's outline: demoted to node"
      case .crossingWithoutBorder: return "crossing border post facing a country borders.csv does not list as a neighbour"
      case .duplicateNodeID: return "node id appears twice in a network's file (the later feature kept)"
      case .extraFile: return "second nodes or spans file in an operator folder (ignored)"
      case .unusedNetworkRow: return "ofds-networks.csv row matches no operator folder of the dump"
      case .unusedOverride: return "backbone-node-overrides.csv row names no node of the dump"
      case .mappingDateNotUsed: return "ofds-networks.csv snapshot_date not used: the file name has a date"
      }
    }

    private func km(_ value: Double) -> String {
      value < 1 ? (value * 1000).fixed(0) + " m" : value.fixed(0) + " km"
    }
  }

  /// The items of each finding, in the order they were met.
  struct Findings {
    private var items: [Finding: [String]] = [:]

    mutating func add(_ finding: Finding, _ item: String) { items[finding, default: []].append(item) }

    /// Adds a note per finding with items, in `Finding` order.
    func report(into report: inout ImportReport) {
      for finding in Finding.allCases {
        report.note(finding.kind, source, finding.entity, finding.reason, items: items[finding] ?? [])
      }
    }
  }
}
