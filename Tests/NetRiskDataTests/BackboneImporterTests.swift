// The backbone importer (OFDS national fibre networks) on the tiny raw dump:
// each cleaning rule on a hand-made case, the landing-point ties, the
// mapping tables' errors, and the helpers that read names and file names.
import Foundation
import Testing
@testable import NetRiskData

/// The fixture's import, with each backbone table as rows keyed by their first column.
private struct BackboneFixture {
  let report: ImportReport
  let networks: [String: [String: String]]
  let nodes: [String: [String: String]]
  let spans: [String: [String: String]]
  let landings: [String: [String: String]]

  init() throws {
    let directory = try Fixtures.scratchDirectory("import-backbone")
    defer { try? FileManager.default.removeItem(at: directory) }
    report = try DatasetImporter(
      rawDirectory: Fixtures.path("raw"), outputDirectory: directory.path, mappingsDirectory: Fixtures.path("mappings")
    ).run()
    func table(_ file: DatasetFile) throws -> [String: [String: String]] {
      let records = try CSV.parse(Data(contentsOf: directory.appendingPathComponent(file.rawValue)))
      let header = try #require(records.first).fields
      #expect(header == file.columns)
      var rows: [String: [String: String]] = [:]
      for record in records.dropFirst() {
        rows[record.fields[0]] = Dictionary(uniqueKeysWithValues: zip(header, record.fields))
      }
      return rows
    }
    networks = try table(.backboneNetworks)
    nodes = try table(.backboneNodes)
    spans = try table(.backboneSpans)
    landings = try table(.backboneLandings)
  }

  func items(_ kind: ImportNote.Kind, _ entity: String, _ reasonPrefix: String) -> [String] {
    report.notes.filter { $0.source == "ofds" && $0.kind == kind && $0.entity == entity && $0.reason.hasPrefix(reasonPrefix) }
      .flatMap(\.items)
  }
}

@Test func selfLoopsAndExactDuplicatesAreDropped() throws {
  let fixture = try BackboneFixture()
  #expect(fixture.spans["cn-loop"] == nil)
  #expect(fixture.spans["cn-s1-copy"] == nil)
  #expect(fixture.spans["cn-s1"]?["ends"] == "declared")
  #expect(fixture.items(.skipped, "backbone_spans", "self-loop:") == ["cn-testnet: Hangzhou - Hangzhou: Hangzhou (2.9 km)"])
  #expect(fixture.items(.skipped, "backbone_spans", "exact duplicate") == ["cn-testnet: Shanghai PoP - Hangzhou: cn-s1-copy (same as cn-s1)"])
  #expect(fixture.report.rawCounts["ofds.span_features"] == 11)
  #expect(fixture.report.rows["backbone_spans.csv"] == 9)
}

/// "Hangzhou - fork" is declared to end at one fork 328 km away; its
/// geometry ends 0.1 km from another: the end is rewired, and the unused
/// fork, left without a span, is dropped.
@Test func aSpanEndFollowsItsGeometry() throws {
  let fixture = try BackboneFixture()
  let span = try #require(fixture.spans["cn-rewire"])
  #expect(span["from"] == "cn-fork-a" && span["to"] == "cn-hangzhou" && span["ends"] == "geometry")
  #expect(fixture.items(.flagged, "backbone_spans", "span end rewired") == ["cn-testnet: Hangzhou - fork: fork → fork (declared node 327.8 km away)"])
  #expect(fixture.nodes["cn-fork-b"] == nil)
  #expect(fixture.items(.skipped, "backbone_nodes", "placeholder junction without a span") == ["cn-testnet: cn-fork-b"])
}

/// The "default-node" 8.8 km from Guangzhou ends the Shenzhen line: it is
/// merged into Guangzhou and the span is lengthened by the gap.
@Test func aDeadEndJunctionIsJoinedToTheTownNearby() throws {
  let fixture = try BackboneFixture()
  let span = try #require(fixture.spans["cn-dangle"])
  #expect(span["from"] == "cn-guangzhou" && span["to"] == "cn-shenzhen" && span["ends"] == "joined")
  let shenzhen = GeoPoint(latitude: 22.70, longitude: 114.06), placeholder = GeoPoint(latitude: 23.20, longitude: 113.30)
  let gap = placeholder.distanceKm(to: GeoPoint(latitude: 23.13, longitude: 113.26))
  #expect(span["length_km"] == (shenzhen.distanceKm(to: placeholder) + gap).fixed(1))
  #expect(fixture.nodes["cn-default"] == nil)
  #expect(fixture.items(.flagged, "backbone_nodes", "dead-end placeholder junction joined") == ["cn-testnet: default-node → Guangzhou (8.8 km)"])
}

@Test func aMissingEndNodeBecomesASyntheticJunction() throws {
  let fixture = try BackboneFixture()
  #expect(fixture.spans["cn-ghost-line"]?["ends"] == "synthetic")
  #expect(fixture.spans["cn-ghost-line"]?["status"] == "proposed")
  let ghost = try #require(fixture.nodes["cn-ghost"])
  #expect(ghost["kind"] == "junction" && ghost["name"] == "" && ghost["lat"] == "33.000000")
}

@Test func borderPostsByNameByCrossingAndByOverride() throws {
  let fixture = try BackboneFixture()
  // Named: "Hong Kong Border" faces the country its name names.
  #expect(fixture.nodes["cn-border"]?["kind"] == "border-post" && fixture.nodes["cn-border"]?["neighbour"] == "HK")
  // Lo Wu lies in Hong Kong's outline but within 15 km of China's: China
  // by the rules, Hong Kong by the override; its span to Shenzhen then
  // crosses the border, which makes both ends crossing border posts.
  #expect(fixture.nodes["cn-lowu"]?["country"] == "HK" && fixture.nodes["cn-lowu"]?["neighbour"] == "CN")
  #expect(fixture.nodes["cn-shenzhen"]?["kind"] == "border-post" && fixture.nodes["cn-shenzhen"]?["neighbour"] == "HK")
  #expect(fixture.items(.flagged, "backbone_nodes", "node outside") == ["cn-testnet: Lo Wu in HK (override)"])
  // Tai Po, a dead end 11 km from China's outline, is not a terminal post (10 km).
  #expect(fixture.nodes["hk-1"]?["kind"] == "node")
  #expect(fixture.nodes["hk-1_1"]?["name"] == "Sha Tin")
}

@Test func landingPointsAreTiedWithinTenKilometresOnly() throws {
  let fixture = try BackboneFixture()
  #expect(fixture.landings["shanghai-china"]?["node_id"] == "cn-shanghai")
  #expect(fixture.landings["shanghai-china"]?["distance_km"] == "3.3")
  // Hong Kong's landing point is 11.3 km from Sha Tin, the nearest node of Hong Kong's network.
  #expect(fixture.landings["hong-kong-china"] == nil)
  #expect(fixture.landings.count == 1)
}

@Test func networksTakeTheirCountryAndDateFromTheMappingTable() throws {
  let fixture = try BackboneFixture()
  #expect(fixture.networks["cn-testnet"]?["snapshot_date"] == "2026-05-03")
  #expect(fixture.networks["cn-testnet"]?["ofds_version"] == "0.4.0")
  #expect(fixture.networks["hk-harbournet"]?["snapshot_date"] == "2026-01-15", "no date in the file name: the table's")
  #expect(fixture.networks["hk-harbournet"]?["source_folder"] == "Hong_Kong/HarbourNet")
  #expect(fixture.items(.unmapped, "backbone_networks", "operator folder not in ofds-networks.csv") == ["Atlantis/Ghost_Net"])
  #expect(fixture.items(.warning, "backbone_networks", "ofds-networks.csv row matches no") == ["line 4: Narnia/Lantern_Net"])
}

/// A bad row of a backbone mapping table stops the import with the table's file and line.
@Test(arguments: [
  ("ofds-networks.csv", "China,TestNet,China,,test", "ofds-networks.csv:2: expected an ISO alpha-2 code, found 'China'"),
  ("ofds-networks.csv", "China,TestNet,XK,,test", "ofds-networks.csv:2: country 'XK' is not in the country list"),
  ("ofds-networks.csv", "China,TestNet,CN,3 May 2026,test", "ofds-networks.csv:2: snapshot_date must be empty or YYYY-MM-DD, found '3 May 2026'"),
  ("ofds-networks.csv", "China,,CN,,test", "ofds-networks.csv:2: folder and operator_folder must not be empty"),
  ("backbone-node-overrides.csv", "cn-lowu,HK,pop,,test", "backbone-node-overrides.csv:2: kind must be empty or one of landing, border-post, junction, node, found 'pop'"),
  ("backbone-node-overrides.csv", "cn-lowu,HK,,CN,test", "backbone-node-overrides.csv:2: neighbour is only for kind border-post"),
  ("backbone-node-overrides.csv", "cn-lowu,,,,test", "backbone-node-overrides.csv:2: a row must set a country, a kind or both"),
])
func badBackboneMappingRowsStopTheImport(file: String, row: String, message: String) throws {
  let mappings = try Fixtures.scratchDirectory("mappings-backbone")
  let output = try Fixtures.scratchDirectory("import-backbone-bad")
  defer {
    try? FileManager.default.removeItem(at: mappings)
    try? FileManager.default.removeItem(at: output)
  }
  for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("mappings")) {
    try FileManager.default.copyItem(atPath: Fixtures.path("mappings/" + name), toPath: mappings.appendingPathComponent(name).path)
  }
  let header = try #require(String(contentsOfFile: Fixtures.path("mappings/" + file), encoding: .utf8).split(separator: "\n").first)
  try (header + "\n" + row + "\n").write(to: mappings.appendingPathComponent(file), atomically: true, encoding: .utf8)
  do {
    _ = try DatasetImporter(rawDirectory: Fixtures.path("raw"), outputDirectory: output.path, mappingsDirectory: mappings.path).run()
    Issue.record("the import succeeded")
  } catch {
    #expect(error.description.hasSuffix(message), "\(error.description)")
  }
}

@Test func aMissingOFDSFolderIsAnError() throws {
  let raw = try Fixtures.scratchDirectory("raw-without-ofds")
  let output = try Fixtures.scratchDirectory("import-without-ofds")
  defer {
    try? FileManager.default.removeItem(at: raw)
    try? FileManager.default.removeItem(at: output)
  }
  for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("raw")) where name != BackboneImporter.folder {
    try FileManager.default.copyItem(atPath: Fixtures.path("raw/" + name), toPath: raw.appendingPathComponent(name).path)
  }
  #expect(throws: ImportError.missingFile(raw.appendingPathComponent(BackboneImporter.folder).path)) {
    try DatasetImporter(rawDirectory: raw.path, outputDirectory: output.path, mappingsDirectory: Fixtures.path("mappings")).run()
  }
}

@Test func fileNamesIdsAndNamesSayWhatTheyShould() {
  #expect(BackboneImporter.snapshotDate(fileName: "MOZ-TDM_ofds-spans_16nov2025.geojson") == "2025-11-16")
  #expect(BackboneImporter.snapshotDate(fileName: "CR-UFINET_ofds-nodes_13MAR2026.geojson") == "2026-03-13")
  #expect(BackboneImporter.snapshotDate(fileName: "ofds_BCS_Kenya_nodes.geojson") == "")
  #expect(BackboneImporter.snapshotDate(fileName: "x_16xyz2025.geojson") == "")
  #expect(BackboneImporter.ofdsVersion(schemaLink: "https://example.org/standard/0__4__0/schema/network-schema.json") == "0.4.0")
  #expect(BackboneImporter.ofdsVersion(schemaLink: "v1__2__x 10__20__30") == "10.20.30")
  #expect(BackboneImporter.ofdsVersion(schemaLink: "") == "")
  #expect(BackboneImporter.networkID(country: "CA", operatorFolder: "Bell_Canada") == "ca-bell-canada")
  #expect(BackboneImporter.networkID(country: "UG", operatorFolder: "NITA-U") == "ug-nita-u")
  #expect(BackboneImporter.networkID(country: "KE", operatorFolder: "_JTL_") == "ke--jtl")
  #expect(BackboneImporter.cleanNodeID("{999a1ccc-8131}_1") == "999a1ccc-8131_1")
  #expect(BackboneImporter.cleanNodeID("abc") == "abc")
  #expect(BackboneImporter.cleanSpanID("{d5}") == "d5")
  #expect(BackboneImporter.kind(name: "Seacom Cable Landing Station", types: []) == .landing)
  #expect(BackboneImporter.kind(name: "Nairobi CLS", types: []) == .landing)
  #expect(BackboneImporter.kind(name: "Busia", types: ["borderCrossing"]) == .borderPost)
  #expect(BackboneImporter.kind(name: "Katima Mulilo Border", types: []) == .borderPost)
  #expect(BackboneImporter.kind(name: "Sao Joao da Fronteira", types: []) == .node)
  #expect(BackboneImporter.kind(name: "Borders Town", types: []) == .node)
  #expect(BackboneImporter.kind(name: "Auto generated missing node", types: []) == .junction)
  #expect(BackboneImporter.kind(name: "Kisumu", types: ["OFC Joint"]) == .junction)
  #expect(BackboneImporter.kind(name: "", types: []) == .junction)
  let names = ["gabon": "GA", "republic of the congo": "CG", "south sudan": "SS", "benin": "BJ"]
  #expect(BackboneImporter.namedCountries(in: "Gabon-Congo Border", countryNames: names) == ["GA", "CG", "CD"])
  #expect(BackboneImporter.namedCountries(in: "South Sudan Border", countryNames: names) == ["SS"])
  #expect(BackboneImporter.namedCountries(in: "Bénin Border", countryNames: names) == ["BJ", "BJ"])  // whole name and word
  #expect(BackboneImporter.namedCountries(in: "UG Border", countryNames: names) == ["UG"])
}
