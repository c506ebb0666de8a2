// The importer on a tiny hand-written raw dump: exact output, byte-identical
// re-runs, and the report of what it skipped, flagged and could not map.
import Foundation
import Testing
@testable import NetRiskData

private func runImporter(into directory: URL) throws -> ImportReport {
  try DatasetImporter(
    rawDirectory: Fixtures.path("raw"), outputDirectory: directory.path, mappingsDirectory: Fixtures.path("mappings")
  ).run()
}

private func contents(of directory: URL) throws -> [String: Data] {
  var files: [String: Data] = [:]
  for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
    files[name] = try Data(contentsOf: directory.appendingPathComponent(name))
  }
  return files
}

@Test func rerunningTheImporterGivesByteIdenticalFiles() throws {
  let first = try Fixtures.scratchDirectory("import-1")
  let second = try Fixtures.scratchDirectory("import-2")
  defer {
    try? FileManager.default.removeItem(at: first)
    try? FileManager.default.removeItem(at: second)
  }
  _ = try runImporter(into: first)
  _ = try runImporter(into: second)
  let once = try contents(of: first)
  #expect(once.count == DatasetFile.allCases.count + 1)  // the dataset files and import-summary.json
  #expect(once == (try contents(of: second)))
  _ = try runImporter(into: first)  // over its own output
  #expect(once == (try contents(of: first)))
}

/// A refresh of one source rewrites its files only and keeps the others'
/// figures in the summary: from the same dumps, a refresh of every damaged
/// source restores the full import byte for byte.
@Test func onlyRewritesTheNamedSourcesFiles() throws {
  let directory = try Fixtures.scratchDirectory("import-only")
  defer { try? FileManager.default.removeItem(at: directory) }
  _ = try runImporter(into: directory)
  let full = try contents(of: directory)
  let sentinel = Data("sentinel\n".utf8)
  for name in ["cables.csv", "facilities.csv", "power.csv"] { try sentinel.write(to: directory.appendingPathComponent(name)) }
  func refresh(_ sources: Set<String>) throws {
    _ = try DatasetImporter(
      rawDirectory: Fixtures.path("raw"), outputDirectory: directory.path, mappingsDirectory: Fixtures.path("mappings"), only: sources
    ).run()
  }
  try refresh(["peeringdb"])
  var after = try contents(of: directory)
  #expect(after["facilities.csv"] == full["facilities.csv"] && after["ixps.csv"] == full["ixps.csv"])
  #expect(after["cables.csv"] == sentinel && after["power.csv"] == sentinel)
  #expect(after["import-summary.json"] == full["import-summary.json"], "same dumps: the merged summary is the full one")
  try refresh(["telegeography", "power"])
  after = try contents(of: directory)
  #expect(after == full)
  // The summary keeps what the last run said of the sources not refreshed.
  let summaryURL = directory.appendingPathComponent(DatasetImporter.summaryFileName)
  var previous = try JSONDecoder().decode(ImportReport.self, from: Data(contentsOf: summaryURL))
  previous.rows["cables.csv"] = 999_999
  previous.rawCounts["telegeography.cable_files"] = 777
  previous.notes.append(ImportNote(kind: .warning, source: "telegeography", entity: "cable", reason: "kept from before", count: 1, items: []))
  let freshPeeringNotes = previous.notes.filter { $0.source == "peeringdb" }
  previous.notes.removeAll { $0.source == "peeringdb" }
  try previous.jsonText().write(to: summaryURL, atomically: false, encoding: .utf8)
  try refresh(["peeringdb"])
  let merged = try JSONDecoder().decode(ImportReport.self, from: Data(contentsOf: summaryURL))
  #expect(merged.rows["cables.csv"] == 999_999 && merged.rawCounts["telegeography.cable_files"] == 777)
  #expect(merged.notes.contains { $0.reason == "kept from before" })
  #expect(merged.notes.filter { $0.source == "peeringdb" } == freshPeeringNotes, "the refreshed source's notes are this run's")
  // The first run of a directory with --only has no summary to keep: its own.
  let report = try runImporter(into: directory)
  #expect(DatasetImporter(rawDirectory: "", outputDirectory: "", only: ["caida"]).merged(report, keeping: nil, except: ["caida"]) == report)
}

/// The output equals `Fixtures/raw-expected/` byte for byte. Set
/// `NETRISK_RECORD_FIXTURES=1` to rewrite the expected files, then review them.
@Test func importerOutputMatchesTheExpectedFiles() throws {
  let directory = try Fixtures.scratchDirectory("import-golden")
  defer { try? FileManager.default.removeItem(at: directory) }
  _ = try runImporter(into: directory)
  let expectedDirectory = Fixtures.root.appendingPathComponent("raw-expected")
  if ProcessInfo.processInfo.environment["NETRISK_RECORD_FIXTURES"] != nil {
    try? FileManager.default.removeItem(at: expectedDirectory)
    try FileManager.default.copyItem(at: directory, to: expectedDirectory)
  }
  let actual = try contents(of: directory)
  let expected = try contents(of: expectedDirectory)
  #expect(actual.keys.sorted() == expected.keys.sorted())
  for (name, data) in expected.sorted(by: { $0.key < $1.key }) {
    #expect(actual[name] == data, "\(name) differs from Fixtures/raw-expected/\(name)")
  }
}

@Test func importerReportsWhatItSkippedFlaggedAndCouldNotMap() throws {
  let directory = try Fixtures.scratchDirectory("import-report")
  defer { try? FileManager.default.removeItem(at: directory) }
  let report = try runImporter(into: directory)

  func items(_ kind: ImportNote.Kind, _ entity: String) -> [String] {
    report.notes.filter { $0.kind == kind && $0.entity == entity }.flatMap(\.items)
  }
  #expect(items(.unmapped, "country_names") == ["'Atlantis' (1 landing points)", "'Narnia' (1 rows)"])
  #expect(items(.skipped, "landing_points") == ["atlantis-city-atlantis ('Atlantis')"])
  #expect(items(.skipped, "cable_landings") == ["atlantis-express at atlantis-city-atlantis"])
  #expect(items(.flagged, "landing_points").contains("hong-kong-china → HK"))
  #expect(items(.flagged, "landing_points").contains("test-platform-united-kingdom"))
  #expect(items(.flagged, "cables").contains("pacific-plan"))
  #expect(items(.flagged, "cables").contains("future-link (2031)"))
  #expect(items(.unmapped, "ixps") == ["4 ('XK')"])
  #expect(report.rawCounts["telegeography.cable_files"] == 6)
  #expect(report.rawCounts["telegeography.cables_planned_in_dump"] == 1)
  #expect(report.rows["cables.csv"] == 6)
  #expect(report.rows["landing_points.csv"] == 7)

  // What was written loads, and says what the report says.
  let dataset = try Dataset.load(from: directory.path)
  let hongKong = try #require(dataset.landingPointIndex("hong-kong-china"))
  #expect(dataset.countries[dataset.landingPoints[hongKong].countryIndex].code == "HK")
  let platform = try #require(dataset.landingPointIndex("test-platform-united-kingdom"))
  #expect(dataset.landingPoints[platform].kind == .platform)
  #expect(dataset.cables.filter(\.isPlanned).map(\.id) == ["future-link", "pacific-plan"])
  #expect(dataset.cables.count == report.rawCounts["telegeography.cable_files"])

  // The summary file is the report.
  let saved = try JSONDecoder().decode(
    ImportReport.self, from: Data(contentsOf: directory.appendingPathComponent(DatasetImporter.summaryFileName)))
  #expect(saved == report)
}

@Test func missingRawDirectoryIsAnError() {
  #expect(throws: ImportError.missingRawDirectory("/nonexistent/raw")) {
    try DatasetImporter(rawDirectory: "/nonexistent/raw", outputDirectory: "/tmp/unused").run()
  }
}

@Test func committedMappingTablesAreWellFormed() throws {
  let tables = try MappingTables.load(
    from: Fixtures.repository.appendingPathComponent("Datasets/import").path)
  #expect(tables.rootOperators.map(\.letter) == RootOperator.letters)
  #expect(tables.landlocked.count == 44)
  #expect(tables.landingPointOverrides["hong-kong-china"]?.code == "HK")
  #expect(tables.snapshotDates["telegeography"] == "2024-03-28")
  #expect(tables.ofdsNetworks.count == 40 && Set(tables.ofdsNetworks.map(\.country)).count == 29)
  #expect(tables.snapshotDates["ofds"] == "2026-05-04")
}

@Test func routesSplitAtTheAntimeridian() {
  let pieces = TeleGeographyImporter.splitAtAntimeridian([
    GeoPoint(latitude: -19, longitude: 179.5), GeoPoint(latitude: -19.4, longitude: -179.5),
    GeoPoint(latitude: -20, longitude: -177),
  ])
  #expect(pieces.count == 2)
  #expect(pieces[0].last?.longitude == 180)
  #expect(pieces[1].first?.longitude == -180)
  #expect(abs((pieces[0].last?.latitude ?? 0) - -19.2) < 1e-9)
  #expect(pieces[1].first?.latitude == pieces[0].last?.latitude)
  // Westward across -180.
  let west = TeleGeographyImporter.splitAtAntimeridian([
    GeoPoint(latitude: 10, longitude: -179), GeoPoint(latitude: 12, longitude: 179),
  ])
  #expect(west.map { $0.map(\.longitude) } == [[-179, -180], [180, 179]])
  #expect(TeleGeographyImporter.splitAtAntimeridian([]).isEmpty)
}

@Test func douglasPeuckerKeepsEndsAndFarPoints() {
  // A near-straight run (the 0.01 wiggle goes) and a corner (kept).
  let line = [
    GeoPoint(latitude: 0, longitude: 0), GeoPoint(latitude: 0.01, longitude: 1), GeoPoint(latitude: 0, longitude: 2),
    GeoPoint(latitude: 2, longitude: 2),
  ]
  #expect(DouglasPeucker.simplify(line, tolerance: 0.05) == [line[0], line[2], line[3]])
  #expect(DouglasPeucker.simplify(line, tolerance: 0.001) == line)
  #expect(DouglasPeucker.simplify(Array(line.prefix(2)), tolerance: 10) == Array(line.prefix(2)))
  #expect(DouglasPeucker.simplify([], tolerance: 1) == [])
}

@Test func fixedDecimalsHaveNoLocaleNoExponentAndNoNegativeZero() {
  #expect((1.0 / 3).fixed(3) == "0.333")
  #expect((-0.0001).fixed(2) == "0.00")
  #expect((-1.5).fixed(0) == "-2")
  #expect(2.5.fixed(0) == "3")
  #expect(0.000015.fixed(6) == "0.000015")
  #expect((-175.2).fixed(4) == "-175.2000")
  #expect(1e-7.fixed(6) == "0.000000")
  #expect(123456789012.0.fixed(0) == "123456789012")
  #expect(1e20.fixed(2) == "100000000000000000000.00")
}

@Test func lengthsParseWithThousandsSeparators() {
  #expect(TeleGeographyImporter.parseLength("15,000 km") == 15000)
  #expect(TeleGeographyImporter.parseLength("827 km") == 827)
  #expect(TeleGeographyImporter.parseLength("4,000.5 km") == 4000.5)
  #expect(TeleGeographyImporter.parseLength("n.a.") == nil)
  #expect(TeleGeographyImporter.parseLength("-3 km") == nil)
}

@Test func slugsAreLowerCaseASCII() {
  #expect(RootServerImporter.slug("Nuku'alofa") == "nuku-alofa")
  #expect(RootServerImporter.slug("São Paulo") == "sao-paulo")
  #expect(RootServerImporter.slug("LOS ANGELES") == "los-angeles")
  #expect(RootServerImporter.slug("東京") == "site")
}

@Test func countryNamesNormalise() {
  #expect(CountryCatalog.normalized("Côte d’Ivoire") == CountryCatalog.normalized("Cote d'Ivoire"))
  #expect(CountryCatalog.normalized("St. Kitts & Nevis") == "saint kitts and nevis")
  #expect(CountryCatalog.normalized("Virgin Islands (U.S.)") == "virgin islands (us)")
  #expect(CountryCatalog.withoutParentheses("Micronesia (Federated States of)") == "Micronesia ")
}

/// A bad row of the hand-made regions table stops the import with a message
/// naming the table, the region and what is wrong.
@Test(arguments: [
  ("GB-ZET,Shetland,GB,22900,2022,false,hermosa-beach-ca-united-states,test", "landing point 'hermosa-beach-ca-united-states' is in US, not GB"),
  ("GB-ZET,Shetland,GB,22900,2022,false,sandwick-united-kingdom;nowhere-united-kingdom,test", "landing point 'nowhere-united-kingdom' is not in the TeleGeography dump"),
  ("ZET,Shetland,GB,22900,2022,false,sandwick-united-kingdom,test", "regions.csv:2: expected an ISO 3166-2 code of GB (GB-XXX), found 'ZET'"),
  ("GB-ZET,Shetland,GB,-5,2022,false,sandwick-united-kingdom,test", "regions.csv:2: expected a positive population and its year"),
  ("GB-ZET,Shetland,GB,22900,2022,no,sandwick-united-kingdom,test", "regions.csv:2: land_link must be true or false, found 'no'"),
])
func badRegionRowsStopTheImport(row: String, message: String) throws {
  let mappings = try Fixtures.scratchDirectory("mappings-regions")
  let output = try Fixtures.scratchDirectory("import-regions")
  defer {
    try? FileManager.default.removeItem(at: mappings)
    try? FileManager.default.removeItem(at: output)
  }
  for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.path("mappings")) {
    try FileManager.default.copyItem(atPath: Fixtures.path("mappings/" + name), toPath: mappings.appendingPathComponent(name).path)
  }
  try (DatasetFile.regions.columns.joined(separator: ",") + "\n" + row + "\n")
    .write(to: mappings.appendingPathComponent("regions.csv"), atomically: true, encoding: .utf8)
  do {
    _ = try DatasetImporter(rawDirectory: Fixtures.path("raw"), outputDirectory: output.path, mappingsDirectory: mappings.path).run()
    Issue.record("the import succeeded")
  } catch {
    #expect(error.description.contains(message), "\(error.description)")
  }
}
