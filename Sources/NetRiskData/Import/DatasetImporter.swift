// Turns the raw public dumps into the normalised dataset files.
import Foundation

/// Rebuilds a dataset directory from the raw dumps (`../shared/data/raw`,
/// laid out as its SOURCES.md describes) and the hand-made mapping tables.
///
///     let report = try DatasetImporter(rawDirectory: "../shared/data/raw", outputDirectory: "Datasets").run()
///     print(report)   // rows per file, and everything skipped, flagged or unmapped
///
/// The output is deterministic: rows are sorted, numbers have fixed decimals
/// and no locale, so re-running on the same input gives byte-identical files.
/// Each file is replaced atomically. Besides the dataset files it writes
/// `import-summary.json`, the `ImportReport` (raw counts and notes), so that
/// tests can check that what was written equals what the dumps hold minus what
/// was reported skipped.
public struct DatasetImporter: Sendable {
  /// The name of the report file written next to the dataset.
  public static let summaryFileName = "import-summary.json"

  /// The sources `only` can name, in the order the importer runs them, and
  /// the dataset files each one writes (a file derived from two sources
  /// belongs to the one whose rows it holds: owner jurisdictions map
  /// TeleGeography's owners, regions group its landing points).
  public static let filesBySource: [(source: String, files: [DatasetFile])] = [
    ("rir", [.rirAllocations]),
    ("countries", [.countries, .borders]),
    ("telegeography", [.landingPoints, .cables, .cableLandings, .cableRoutes, .branchingUnits, .cableSegments, .ownerJurisdictions, .regions]),
    ("peeringdb", [.facilities, .internetExchanges, .internetExchangeFacilities]),
    ("root-servers", [.rootOperators, .rootInstances]),
    ("power", [.power]),
    ("caida", [.autonomousSystems, .autonomousSystemCountries, .autonomousSystemTransit]),
    ("natural-earth", [.countryOutlines]),
    ("ofds", [.backboneNetworks, .backboneNodes, .backboneSpans, .backboneLandings, .backboneHubs]),
  ]

  public var rawDirectory: String
  public var outputDirectory: String
  /// Where the mapping tables are; by default `<outputDirectory>/import`.
  public var mappingsDirectory: String
  /// When set, only these sources' files are written (names of
  /// `filesBySource`; others are ignored) and the other files are left as
  /// they are: a refresh of one source. The importer still reads every raw
  /// dump, since the country catalog and the cross-checks need them.
  public var only: Set<String>?

  public init(rawDirectory: String, outputDirectory: String, mappingsDirectory: String? = nil, only: Set<String>? = nil) {
    self.rawDirectory = rawDirectory
    self.outputDirectory = outputDirectory
    self.mappingsDirectory = mappingsDirectory ?? (outputDirectory as NSString).appendingPathComponent("import")
    self.only = only
  }

  /// Whether a run writes `file`.
  func writes(_ file: DatasetFile) -> Bool {
    guard let only else { return true }
    return Self.filesBySource.contains { only.contains($0.source) && $0.files.contains(file) }
  }

  /// Reads everything, then writes every file.
  /// - Throws: `ImportError` when the raw directory, a raw file or a mapping
  ///   table is missing or unreadable, or an output file cannot be written.
  ///   Problems with single records never throw: they are notes in the report.
  public func run() throws(ImportError) -> ImportReport {
    let raw = try RawDirectory(root: rawDirectory)
    let mappings = try MappingTables.load(from: mappingsDirectory)
    guard let snapshot = mappings.snapshotDates[TeleGeographyImporter.source], let snapshotYear = Int(snapshot.prefix(4))
    else {
      throw .badMapping(
        path: (mappingsDirectory as NSString).appendingPathComponent("sources.csv"), line: 1,
        reason: "no snapshot_date (YYYY-MM-DD) for source 'telegeography'")
    }
    var report = ImportReport()
    report.snapshots = mappings.snapshotDates

    let catalog = try CountryCatalog(raw: raw, mappings: mappings)
    let rir = try RIRImporter.run(raw: raw, catalog: catalog, report: &report)
    let countries = try CountriesImporter.run(
      raw: raw, catalog: catalog, mappings: mappings, servingRegistry: rir.servingRegistry, report: &report)
    let cables = try TeleGeographyImporter.run(
      raw: raw, catalog: catalog, mappings: mappings, snapshotYear: snapshotYear, report: &report)
    let peering = try PeeringDBImporter.run(raw: raw, catalog: catalog, report: &report)
    let roots = try RootServerImporter.run(raw: raw, catalog: catalog, mappings: mappings, report: &report)
    let power = try PowerImporter.run(raw: raw, catalog: catalog, report: &report)
    let systems = try CAIDAImporter.run(raw: raw, catalog: catalog, report: &report)
    let owners = try OwnerJurisdictionImporter.run(cables: cables.cables, catalog: catalog, mappings: mappings)
    let regions = try RegionImporter.run(landingPoints: cables.landingPoints, catalog: catalog, mappings: mappings)
    let outlines = try NaturalEarthImporter.run(raw: raw, catalog: catalog, report: &report)
    let backbone = try BackboneImporter.run(
      raw: raw, catalog: catalog, mappings: mappings, borders: countries.borders, landingPoints: cables.landingPoints,
      outlines: outlines, report: &report)
    let hubs = BackboneHubSelection.table(backbone: backbone, facilities: peering.facilities, catalog: catalog)

    let tables = [
      countries.countries, countries.borders, cables.landingPoints, cables.cables, cables.cableLandings,
      cables.cableRoutes, cables.branchingUnits, cables.cableSegments, peering.facilities, peering.exchanges, peering.links, roots.operators, roots.instances,
      rir.table, power, systems.systems, systems.presences, systems.transit, owners, outlines, regions,
      backbone.networks, backbone.nodes, backbone.spans, backbone.landings, hubs,
    ]
    for table in tables { report.rows[table.file.rawValue] = table.rows.count }

    do {
      try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(path: outputDirectory, reason: error.localizedDescription)
    }
    for table in tables where writes(table.file) {
      try write(table.text, to: table.file.rawValue)
    }
    if let only { report = merged(report, keeping: previousSummary(), except: only) }
    try write(report.jsonText(), to: Self.summaryFileName)
    return report
  }

  /// The summary written by the last run, if it can be read (nil otherwise:
  /// a first run with `only` writes its own figures alone).
  private func previousSummary() -> ImportReport? {
    let path = (outputDirectory as NSString).appendingPathComponent(Self.summaryFileName)
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return try? JSONDecoder().decode(ImportReport.self, from: data)
  }

  /// The summary of a refresh of `sources`: this run's rows, raw counts and
  /// notes for those sources, the previous summary's for the others (whose
  /// files were left as they are), notes in the importer's source order.
  func merged(_ report: ImportReport, keeping previous: ImportReport?, except sources: Set<String>) -> ImportReport {
    guard let previous else { return report }
    var result = report
    for file in DatasetFile.allCases where !writes(file) { result.rows[file.rawValue] = previous.rows[file.rawValue] }
    // Raw counts are keyed "<source with _>.<count>" ("root_servers.sites").
    let isRefreshed = { (key: String) in sources.contains(String(key.prefix { $0 != "." }).replacingOccurrences(of: "_", with: "-")) }
    result.rawCounts = report.rawCounts.filter { isRefreshed($0.key) }.merging(previous.rawCounts.filter { !isRefreshed($0.key) }) { new, _ in new }
    let order = Dictionary(uniqueKeysWithValues: Self.filesBySource.enumerated().map { ($1.source, $0) })
    let notes = previous.notes.filter { !sources.contains($0.source) } + report.notes.filter { sources.contains($0.source) }
    result.notes = notes.enumerated().sorted { (order[$0.element.source] ?? order.count, $0.offset) < (order[$1.element.source] ?? order.count, $1.offset) }
      .map(\.element)
    return result
  }

  private func write(_ text: String, to name: String) throws(ImportError) {
    let path = (outputDirectory as NSString).appendingPathComponent(name)
    do {
      try AtomicFile.write(text, to: path)
    } catch {
      throw .cannotWrite(path: path, reason: "\(error)")
    }
  }
}
