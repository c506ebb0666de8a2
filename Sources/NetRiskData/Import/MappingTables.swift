// The hand-made mapping tables the importer reads (Datasets/import/*.csv).
import Foundation

/// The importer's hand-made data: every decision that is not in a raw dump
/// (a country name's code, a landing point filed under the wrong country, a
/// platform, a landlocked country, a root operator's seat) is a row in one of
/// these CSV files, with its reason or source, never a line of code.
struct MappingTables {
  /// One row of `country-name-aliases.csv`: a source's name for a country,
  /// or for something that is not one (`code` nil: skip it on purpose).
  struct Alias {
    var source: String
    var name: String
    var code: String?
    var note: String
  }

  /// Source name → snapshot date (`sources.csv`).
  var snapshotDates: [String: String] = [:]
  var aliases: [Alias] = []
  /// Code → name to show instead of the CLDR name.
  var displayNames: [String: String] = [:]
  /// TeleGeography landing point id → (code, reason).
  var landingPointOverrides: [String: (code: String, reason: String)] = [:]
  /// TeleGeography landing point id → reason it is a platform.
  var platforms: [String: String] = [:]
  /// Code → source that says it is landlocked.
  /// Code → ITU development group, from development-groups.csv.
  var developmentGroups: [String: String] = [:]
  var landlocked: [String: String] = [:]
  /// Root letter → (operator, seat code, source), in file order.
  var rootOperators: [(letter: String, name: String, seat: String, source: String)] = []
  /// Cable owner (as TeleGeography names it) → (jurisdiction code, source), in file order.
  var ownerJurisdictions: [(owner: String, jurisdiction: String, source: String)] = []
  /// Regions below the country (`regions.csv`), in file order: the
  /// dataset's columns, landing points as one ';'-separated field.
  var regions: [[String]] = []
  /// Code → centroid for countries the centroid source lacks.
  var centroidSupplements: [String: (latitude: Double, longitude: Double, source: String)] = [:]
  /// OFDS operator folders and their countries (`ofds-networks.csv`), in file order.
  var ofdsNetworks: [OFDSNetworkRow] = []
  /// Backbone node id (as written, braces removed) → correction (`backbone-node-overrides.csv`).
  var backboneNodeOverrides: [String: BackboneNodeOverride] = [:]

  /// The file names, for messages and the README.
  static let fileNames = [
    "sources.csv", "country-name-aliases.csv", "country-display-names.csv", "landing-point-overrides.csv",
    "platforms.csv", "landlocked.csv", "root-operators.csv", "centroid-supplements.csv", "development-groups.csv",
    "owner-jurisdictions.csv", "regions.csv", "ofds-networks.csv", "backbone-node-overrides.csv",
  ]

  /// Reads every table from `directory`.
  /// - Throws: `ImportError` naming the file (and line) of a missing file,
  ///   a missing column, a duplicate key or a malformed value.
  static func load(from directory: String) throws(ImportError) -> MappingTables {
    var tables = MappingTables()
    func read(_ name: String, _ columns: [String]) throws(ImportError) -> (RawTable, String) {
      let path = (directory as NSString).appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: path) else { throw .missingFile(path) }
      return (try RawTable(path: path, data: [UInt8](data), required: columns), path)
    }
    func checkUnique(_ key: String, _ seen: inout Set<String>, _ path: String, _ line: Int) throws(ImportError) {
      guard seen.insert(key).inserted else { throw .badMapping(path: path, line: line, reason: "'\(key)' appears twice") }
    }
    func checkCode(_ code: String, _ path: String, _ line: Int) throws(ImportError) {
      guard code.utf8.count == 2, code.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else {
        throw .badMapping(path: path, line: line, reason: "expected an ISO alpha-2 code, found '\(code)'")
      }
    }
    var seen: Set<String> = []

    let (sources, sourcesPath) = try read("sources.csv", ["source", "snapshot_date"])
    for record in sources.records {
      let source = sources.value(record, "source")
      try checkUnique(source, &seen, sourcesPath, record.line)
      tables.snapshotDates[source] = sources.value(record, "snapshot_date")
    }

    seen = []
    let (aliases, aliasesPath) = try read("country-name-aliases.csv", ["source", "name", "code", "note"])
    for record in aliases.records {
      let alias = Alias(
        source: aliases.value(record, "source"), name: aliases.value(record, "name"),
        code: aliases.value(record, "code").isEmpty ? nil : aliases.value(record, "code"),
        note: aliases.value(record, "note"))
      try checkUnique(alias.source + "\u{0}" + alias.name, &seen, aliasesPath, record.line)
      if let code = alias.code { try checkCode(code, aliasesPath, record.line) }
      tables.aliases.append(alias)
    }

    seen = []
    let (names, namesPath) = try read("country-display-names.csv", ["code", "name"])
    for record in names.records {
      let code = names.value(record, "code")
      try checkCode(code, namesPath, record.line)
      try checkUnique(code, &seen, namesPath, record.line)
      tables.displayNames[code] = names.value(record, "name")
    }

    seen = []
    let (overrides, overridesPath) = try read("landing-point-overrides.csv", ["landing_point_id", "country", "reason"])
    for record in overrides.records {
      let id = overrides.value(record, "landing_point_id")
      let code = overrides.value(record, "country")
      try checkCode(code, overridesPath, record.line)
      try checkUnique(id, &seen, overridesPath, record.line)
      tables.landingPointOverrides[id] = (code, overrides.value(record, "reason"))
    }

    seen = []
    let (platforms, platformsPath) = try read("platforms.csv", ["landing_point_id", "reason"])
    for record in platforms.records {
      let id = platforms.value(record, "landing_point_id")
      try checkUnique(id, &seen, platformsPath, record.line)
      tables.platforms[id] = platforms.value(record, "reason")
    }

    seen = []
    let (groups, groupsPath) = try read("development-groups.csv", ["code", "group", "source"])
    var seenGroups = Set<String>()
    for record in groups.records {
      let code = groups.value(record, "code")
      try checkCode(code, groupsPath, record.line)
      try checkUnique(code, &seenGroups, groupsPath, record.line)
      let group = groups.value(record, "group")
      guard DevelopmentGroup(rawValue: group) != nil else {
        throw ImportError.badMapping(path: groupsPath, line: record.line, reason: "group must be developed, developing or least-developed, found '\(group)'")
      }
      tables.developmentGroups[code] = group
    }
    let (landlocked, landlockedPath) = try read("landlocked.csv", ["code", "source"])
    for record in landlocked.records {
      let code = landlocked.value(record, "code")
      try checkCode(code, landlockedPath, record.line)
      try checkUnique(code, &seen, landlockedPath, record.line)
      tables.landlocked[code] = landlocked.value(record, "source")
    }

    seen = []
    let (operators, operatorsPath) = try read("root-operators.csv", ["letter", "operator", "seat_country", "source"])
    for record in operators.records {
      let letter = operators.value(record, "letter")
      guard RootOperator.letters.contains(letter) else {
        throw .badMapping(path: operatorsPath, line: record.line, reason: "expected a root letter A to M, found '\(letter)'")
      }
      let seat = operators.value(record, "seat_country")
      try checkCode(seat, operatorsPath, record.line)
      try checkUnique(letter, &seen, operatorsPath, record.line)
      tables.rootOperators.append(
        (letter, operators.value(record, "operator"), seat, operators.value(record, "source")))
    }

    seen = []
    let (centroids, centroidsPath) = try read("centroid-supplements.csv", ["code", "lat", "lon", "source"])
    for record in centroids.records {
      let code = centroids.value(record, "code")
      try checkCode(code, centroidsPath, record.line)
      try checkUnique(code, &seen, centroidsPath, record.line)
      guard let latitude = Double(centroids.value(record, "lat")), (-90...90).contains(latitude),
        let longitude = Double(centroids.value(record, "lon")), (-180...180).contains(longitude)
      else {
        throw .badMapping(path: centroidsPath, line: record.line, reason: "expected a latitude and a longitude")
      }
      tables.centroidSupplements[code] = (latitude, longitude, centroids.value(record, "source"))
    }

    seen = []
    let (owners, ownersPath) = try read("owner-jurisdictions.csv", ["owner", "jurisdiction", "source"])
    for record in owners.records {
      let owner = owners.value(record, "owner"), code = owners.value(record, "jurisdiction"), source = owners.value(record, "source")
      try checkCode(code, ownersPath, record.line)
      try checkUnique(owner, &seen, ownersPath, record.line)
      guard !owner.isEmpty, !source.isEmpty else {
        throw .badMapping(path: ownersPath, line: record.line, reason: "owner and source must not be empty")
      }
      tables.ownerJurisdictions.append((owner, code, source))
    }

    seen = []
    let (regions, regionsPath) = try read("regions.csv", DatasetFile.regions.columns)
    for record in regions.records {
      let row = DatasetFile.regions.columns.map { regions.value(record, $0) }
      let code = row[0], country = row[2]
      try checkCode(country, regionsPath, record.line)
      try checkUnique(code, &seen, regionsPath, record.line)
      guard Region.isSubdivisionCode(code), code.hasPrefix(country + "-") else {
        throw .badMapping(path: regionsPath, line: record.line, reason: "expected an ISO 3166-2 code of \(country) (\(country)-XXX), found '\(code)'")
      }
      guard let population = Int(row[3]), population > 0, let year = Int(row[4]), (1900 ... 2100).contains(year) else {
        throw .badMapping(path: regionsPath, line: record.line, reason: "expected a positive population and its year")
      }
      guard row[5] == "true" || row[5] == "false" else {
        throw .badMapping(path: regionsPath, line: record.line, reason: "land_link must be true or false, found '\(row[5])'")
      }
      guard !row[1].isEmpty, !row[6].isEmpty, !row[7].isEmpty else {
        throw .badMapping(path: regionsPath, line: record.line, reason: "name, landing_points and population_source must not be empty")
      }
      tables.regions.append(row)
    }

    seen = []
    let (networks, networksPath) = try read("ofds-networks.csv", ["folder", "operator_folder", "country", "snapshot_date", "note"])
    for record in networks.records {
      let row = OFDSNetworkRow(
        folder: networks.value(record, "folder"), operatorFolder: networks.value(record, "operator_folder"),
        country: networks.value(record, "country"), snapshotDate: networks.value(record, "snapshot_date"),
        note: networks.value(record, "note"), line: record.line)
      guard !row.folder.isEmpty, !row.operatorFolder.isEmpty else {
        throw .badMapping(path: networksPath, line: record.line, reason: "folder and operator_folder must not be empty")
      }
      try checkCode(row.country, networksPath, record.line)
      try checkUnique(row.folder + "/" + row.operatorFolder, &seen, networksPath, record.line)
      guard row.snapshotDate.isEmpty || isISODate(row.snapshotDate) else {
        throw .badMapping(path: networksPath, line: record.line, reason: "snapshot_date must be empty or YYYY-MM-DD, found '\(row.snapshotDate)'")
      }
      tables.ofdsNetworks.append(row)
    }

    seen = []
    let (nodeOverrides, nodeOverridesPath) = try read("backbone-node-overrides.csv", ["node_id", "country", "kind", "neighbour", "reason"])
    for record in nodeOverrides.records {
      let id = nodeOverrides.value(record, "node_id"), country = nodeOverrides.value(record, "country")
      let kindText = nodeOverrides.value(record, "kind"), neighbour = nodeOverrides.value(record, "neighbour")
      let reason = nodeOverrides.value(record, "reason")
      let fail = { (reason: String) in ImportError.badMapping(path: nodeOverridesPath, line: record.line, reason: reason) }
      guard !id.isEmpty, !reason.isEmpty else { throw fail("node_id and reason must not be empty") }
      try checkUnique(id, &seen, nodeOverridesPath, record.line)
      if !country.isEmpty { try checkCode(country, nodeOverridesPath, record.line) }
      if !neighbour.isEmpty { try checkCode(neighbour, nodeOverridesPath, record.line) }
      var kind: BackboneImporter.NodeKind?
      if !kindText.isEmpty {
        guard let parsed = BackboneImporter.NodeKind(rawValue: kindText) else {
          throw fail("kind must be empty or one of \(BackboneImporter.NodeKind.allCases.map(\.rawValue).joined(separator: ", ")), found '\(kindText)'")
        }
        kind = parsed
      }
      guard country.isEmpty == false || kind != nil else { throw fail("a row must set a country, a kind or both") }
      guard neighbour.isEmpty || kind == .borderPost else { throw fail("neighbour is only for kind border-post") }
      guard kind != .borderPost || !neighbour.isEmpty else { throw fail("kind border-post needs a neighbour") }
      tables.backboneNodeOverrides[id] = BackboneNodeOverride(
        country: country.isEmpty ? nil : country, kind: kind, neighbour: neighbour, reason: reason, line: record.line)
    }
    return tables
  }

  /// Whether `text` is a calendar date written YYYY-MM-DD.
  static func isISODate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
      let month = Int(parts[1]), let day = Int(parts[2])
    else { return false }
    return (1...12).contains(month) && (1...31).contains(day)
  }
}

/// One row of `ofds-networks.csv`: an operator folder of the OFDS dump, the
/// country whose backbone it is, and a snapshot date for file names without one.
struct OFDSNetworkRow: Equatable {
  var folder: String
  var operatorFolder: String
  var country: String
  /// Used only when the node file's name carries no date; may be empty.
  var snapshotDate: String
  var note: String
  /// Line in the table, for messages.
  var line: Int
}

/// One row of `backbone-node-overrides.csv`: what the rules got wrong about a node.
struct BackboneNodeOverride: Equatable {
  /// Replaces the country the outlines give (rule 5); nil keeps it.
  var country: String?
  /// Replaces the kind the rules give (rule 6 and the border-post rules); nil keeps it.
  var kind: BackboneImporter.NodeKind?
  /// The country across the border, for kind `border-post`.
  var neighbour: String
  var reason: String
  var line: Int
}
