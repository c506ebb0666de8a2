// National fibre backbones from the OFDS samples (ofds-terrestrial-fibre/).
import Foundation

/// Builds `backbone_networks.csv`, `backbone_nodes.csv`, `backbone_spans.csv`
/// and `backbone_landings.csv` from `ofds-terrestrial-fibre/<Country>/<Operator>/`:
/// one `*node*.geojson` and, beside it, one `*span*.geojson` per operator
/// network, in the Open Fibre Data Standard's GeoJSON form.
///
/// The rules, in order (Datasets/README.md states them for the reader):
/// 1. every operator folder named in `import/ofds-networks.csv` is a network
///    of that country; one without a spans file keeps its nodes;
/// 2. span ends are settled against the geometry (`agreeKm`, `snapKm`); an
///    end naming a missing node gets a synthetic junction (`syntheticMergeKm`);
/// 3. self-loops and exact duplicates are dropped;
/// 4. dead-end placeholder junctions are joined to a node nearby (`dangleKm`);
/// 5. each node's country comes from the outlines (`homeBufferKm`), or from
///    `import/backbone-node-overrides.csv`;
/// 6. each node's kind: landing, border post (explicit, crossing within
///    `crossingKm`, terminal within `borderKm`), junction or node;
/// 7. lengths along the geometry, great-circle.
///
/// Then each shore landing point of a country with a backbone is tied to an
/// explicit landing node within `landingKm`, else to the nearest node with a
/// span within it. Everything a rule changed or dropped is a note of the report.
/// The rules and constants are those of the prototype the tables were first
/// made with; the output is deterministic (rows sorted by code point).
enum BackboneImporter {
  static let source = "ofds"
  static let folder = "ofds-terrestrial-fibre"

  /// A span's geometry ending this close to its declared node confirms it.
  /// Of the dump's 6,164 span ends, 6,095 are within 5 km of their node and
  /// the rest are 5 km to 500 km off: a clear gap.
  static let agreeKm = 5.0
  /// Otherwise the node this close to where the geometry ends replaces the
  /// declared one: the drawing tools gave many junctions the same name
  /// (`fork`) and attached spans to the wrong one, and the geometry ends on
  /// the right one, at under 1 km in every case checked.
  static let snapKm = 1.0
  /// Ends that name a node missing from the file and end this close to each
  /// other share one synthetic junction (two such ends in Nigeria's Phase3
  /// network are 0.1 km apart).
  static let syntheticMergeKm = 1.0
  /// A placeholder junction with one span is a line end the tool did not
  /// snap to its town when a node of the network lies this close (Vocus'
  /// Sydney–Melbourne link stops 8.5 km short of Melbourne).
  static let dangleKm = 15.0
  /// A node this close to its network's country's 1:110m outline is in that
  /// country: the outline misplaces border towns by up to about 20 km
  /// (without the buffer, Livingstone falls in Zimbabwe and Mutare in Mozambique).
  static let homeBufferKm = 15.0
  /// A dead-end node or junction this close to a land neighbour's outline is
  /// a border post ("terminal"): where a national line stops at the border.
  static let borderKm = 10.0
  /// An explicit border post (by type or name) farther than this from the
  /// neighbour's outline is not one (a town name, such as "Sao Joao da Fronteira").
  static let borderCheckKm = 50.0
  /// The end of a span into another country is a border post ("crossing")
  /// when this close to that country's outline (Vancouver, 40 km from the
  /// US, is not one).
  static let crossingKm = 25.0
  /// A landing point is tied to a backbone node this close: the same town.
  /// TeleGeography puts landings at the town, operators their PoP in it.
  static let landingKm = 10.0
  /// Spans shorter than this between distinct nodes are reported (kept).
  static let zeroLengthKm = 0.05

  struct Output {
    var networks = OutputTable(.backboneNetworks)
    var nodes = OutputTable(.backboneNodes)
    var spans = OutputTable(.backboneSpans)
    var landings = OutputTable(.backboneLandings)
  }

  /// Reads the dump and applies the rules; `borders`, `landingPoints` and
  /// `outlines` are the tables the other importers just built.
  /// - Throws: `ImportError` when the dump folder is missing or a mapping
  ///   row names a country that is not in the list. Bad records are notes.
  static func run(
    raw: RawDirectory, catalog: CountryCatalog, mappings: MappingTables, borders: OutputTable, landingPoints: OutputTable,
    outlines: OutputTable, report: inout ImportReport
  ) throws(ImportError) -> Output {
    try checkCountries(mappings, catalog: catalog)
    let geography = OutlineGeography(outlines: outlines, borders: borders)
    var findings = Findings()
    let networks = try readNetworks(raw, mappings: mappings, geography: geography, findings: &findings, report: &report)

    var nodes: [NodeKey: Node] = [:]
    for network in networks {
      for (rawID, node) in network.nodes { nodes[NodeKey(network: network.id, rawID: rawID)] = node }
    }
    let spans = networks.flatMap(\.spans)
    let sortedKeys = nodes.keys.sorted()
    for key in sortedKeys {
      guard var node = nodes[key] else { continue }
      var rule: String
      (node.country, rule) = country(of: node, geography: geography)
      if let override = mappings.backboneNodeOverrides[node.id], let forced = override.country {
        node.country = forced
        rule = "override"
        findings.add(.overridden, "\(node.network): \(node.name): country \(forced) (\(override.reason))")
      }
      if node.country != node.home { findings.add(.abroad, "\(node.network): \(node.name) in \(node.country) (\(rule))") }
      nodes[key] = node
    }
    let countryNames = Dictionary(catalog.entries.map { (fold($0.displayName), $0.alpha2) }) { _, later in later }
    classifyBorderPosts(&nodes, spans: spans, geography: geography, countryNames: countryNames, findings: &findings)
    for key in sortedKeys {
      guard var node = nodes[key], let override = mappings.backboneNodeOverrides[node.id], let kind = override.kind else { continue }
      node.kind = kind
      node.neighbour = kind == .borderPost ? override.neighbour : ""
      findings.add(.overridden, "\(node.network): \(node.name): kind \(kind.rawValue)"
        + (node.neighbour.isEmpty ? "" : " facing \(node.neighbour)") + " (\(override.reason))")
      nodes[key] = node
    }
    let nodeIDs = Set(nodes.values.map(\.id))
    for id in mappings.backboneNodeOverrides.keys.sorted() where !nodeIDs.contains(id) { findings.add(.unusedOverride, id) }
    findings.report(into: &report)

    var output = Output()
    for network in networks {
      output.networks.append([
        network.id, network.home, network.name, network.snapshotDate, network.ofdsVersion,
        network.folder + "/" + network.operatorFolder,
      ])
    }
    let nodeRows = nodes.values.map {
      [$0.id, $0.network, $0.country, $0.name, $0.position.latitude.fixed(6), $0.position.longitude.fixed(6), $0.kind.rawValue, $0.neighbour]
    }
    for row in nodeRows.sorted(by: { $0.precedesByCodePoint($1) }) { output.nodes.append(row) }
    var spanRows: [[String]] = []
    for span in spans {
      let ids = span.ends.map { nodes[NodeKey(network: span.network, rawID: $0)]?.id ?? $0 }.sorted { $0.precedesByCodePoint($1) }
      let changed = Set(span.rules.filter { $0 != .declared }.map(\.rawValue)).sorted()
      spanRows.append([
        span.id, span.network, ids[0], ids[1], span.lengthKm.fixed(1), span.status, span.name,
        changed.isEmpty ? EndRule.declared.rawValue : changed.joined(separator: "+"),
      ])
    }
    for row in spanRows.sorted(by: { $0.precedesByCodePoint($1) }) { output.spans.append(row) }
    let landingRows = tiedLandingPoints(networks: networks, nodes: nodes, spans: spans, landingPoints: landingPoints)
    for row in landingRows.sorted(by: { $0.precedesByCodePoint($1) }) { output.landings.append(row) }
    return output
  }

  /// Every country a mapping table names must be in the country list.
  private static func checkCountries(_ mappings: MappingTables, catalog: CountryCatalog) throws(ImportError) {
    for row in mappings.ofdsNetworks where !catalog.contains(row.country) {
      throw .badMapping(path: "ofds-networks.csv", line: row.line, reason: "country '\(row.country)' is not in the country list")
    }
    for (id, override) in mappings.backboneNodeOverrides.sorted(by: { $0.value.line < $1.value.line }) {
      for code in [override.country ?? "", override.neighbour] where !code.isEmpty && !catalog.contains(code) {
        throw .badMapping(
          path: "backbone-node-overrides.csv", line: override.line, reason: "\(id): country '\(code)' is not in the country list")
      }
    }
  }

  /// Rule 1 and, per network, rules 2 to 4; sorted by network id.
  private static func readNetworks(
    _ raw: RawDirectory, mappings: MappingTables, geography: OutlineGeography, findings: inout Findings,
    report: inout ImportReport
  ) throws(ImportError) -> [Network] {
    let rows = Dictionary(mappings.ofdsNetworks.map { ($0.folder + "/" + $0.operatorFolder, $0) }) { first, _ in first }
    var used: Set<String> = []
    var read: [(network: Network, nodes: [Feature?], spans: [Feature?]?)] = []
    var nodeFeatureCount = 0, spanFeatureCount = 0
    let files = try networkFiles(raw, findings: &findings)
    for file in files {
      let folderKey = file.folder + "/" + file.operatorFolder
      guard let row = rows[folderKey] else {
        findings.add(.unmappedFolder, folderKey)
        continue
      }
      used.insert(folderKey)
      guard let nodeFeatures = try features(raw, file.nodeFile, findings: &findings) else { continue }
      var spanFeatures: [Feature?]?
      if let spanFile = file.spanFile {
        guard let read = try features(raw, spanFile, findings: &findings) else { continue }
        spanFeatures = read
      }
      nodeFeatureCount += nodeFeatures.count
      spanFeatureCount += spanFeatures?.count ?? 0
      var snapshot = snapshotDate(fileName: (file.nodeFile as NSString).lastPathComponent)
      if snapshot.isEmpty {
        snapshot = row.snapshotDate
      } else if !row.snapshotDate.isEmpty, row.snapshotDate != snapshot {
        findings.add(.mappingDateNotUsed, "\(folderKey): \(row.snapshotDate) (file name: \(snapshot))")
      }
      let first = nodeFeatures.first ?? nil
      let network = Network(
        id: networkID(country: row.country, operatorFolder: file.operatorFolder), folder: file.folder,
        operatorFolder: file.operatorFolder, home: row.country, name: first?.networkName ?? file.operatorFolder,
        snapshotDate: snapshot, ofdsVersion: ofdsVersion(schemaLink: first?.schemaLink ?? ""))
      read.append((network, nodeFeatures, spanFeatures))
    }
    // In network id order, so that the notes list each network's items together.
    var networks: [Network] = []
    for (network, nodeFeatures, spanFeatures) in read.sorted(by: { $0.network.id.precedesByCodePoint($1.network.id) }) {
      var cleaned = network
      clean(&cleaned, nodeFeatures: nodeFeatures, spanFeatures: spanFeatures, geography: geography, findings: &findings)
      networks.append(cleaned)
    }
    for row in mappings.ofdsNetworks where !used.contains(row.folder + "/" + row.operatorFolder) {
      findings.add(.unusedNetworkRow, "line \(row.line): \(row.folder)/\(row.operatorFolder)")
    }
    report.rawCounts["ofds.network_folders"] = files.count
    report.rawCounts["ofds.node_features"] = nodeFeatureCount
    report.rawCounts["ofds.span_features"] = spanFeatureCount
    return networks
  }

  /// `backbone_landings.csv` rows: per country with a network, each shore
  /// landing point (by id) tied to the explicit landing node within
  /// `landingKm`, else to the nearest node within it; only nodes in the
  /// country with a span to another node in it count.
  static func tiedLandingPoints(
    networks: [Network], nodes: [NodeKey: Node], spans: [Span], landingPoints: OutputTable
  ) -> [[String]] {
    let columns = DatasetFile.landingPoints.columns
    guard let idColumn = columns.firstIndex(of: "id"), let countryColumn = columns.firstIndex(of: "country"),
      let latitudeColumn = columns.firstIndex(of: "lat"), let longitudeColumn = columns.firstIndex(of: "lon"),
      let kindColumn = columns.firstIndex(of: "kind")
    else { return [] }
    var rows: [[String]] = []
    for home in Set(networks.map(\.home)).sorted() {
      let homeNetworks = Set(networks.filter { $0.home == home }.map(\.id))
      let isDomestic = { (key: NodeKey) in homeNetworks.contains(key.network) && nodes[key]?.country == home }
      var live: Set<NodeKey> = []
      for span in spans where homeNetworks.contains(span.network) {
        let ends = span.ends.map { NodeKey(network: span.network, rawID: $0) }
        if ends.allSatisfy(isDomestic), ends[0] != ends[1] { live.formUnion(ends) }
      }
      let points = landingPoints.rows.filter { $0[countryColumn] == home && $0[kindColumn] == "shore" }
        .sorted { $0[idColumn].precedesByCodePoint($1[idColumn]) }
      for point in points {
        guard let latitude = Double(point[latitudeColumn]), let longitude = Double(point[longitudeColumn]) else { continue }
        let position = GeoPoint(latitude: latitude, longitude: longitude)
        var nearest: (distance: Double, key: NodeKey)?, nearestLanding: (distance: Double, key: NodeKey)?
        for key in live {
          guard let node = nodes[key] else { continue }
          let distance = position.distanceKm(to: node.position)
          guard distance <= landingKm else { continue }
          let isNearer = { (current: (distance: Double, key: NodeKey)?) in
            current.map { distance < $0.distance || (distance == $0.distance && key < $0.key) } ?? true
          }
          if isNearer(nearest) { nearest = (distance, key) }
          if node.kind == .landing, isNearer(nearestLanding) { nearestLanding = (distance, key) }
        }
        guard let tie = nearestLanding ?? nearest, let node = nodes[tie.key] else { continue }
        rows.append([point[idColumn], node.id, tie.distance.fixed(1)])
      }
    }
    return rows
  }
}
