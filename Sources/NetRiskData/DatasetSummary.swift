// Counts per entity of a loaded dataset, including the rows that are flagged.

/// How many rows of each entity a dataset holds, and how many of them are
/// flagged (planned cables, platform landing points, ...). Nothing the loader
/// reads is dropped silently: flagged rows are counted here.
public struct DatasetSummary: Hashable, Sendable, CustomStringConvertible {
  /// Rows per entity; the properties not documented one by one count the rows
  /// of the file of the same name.
  public var countries = 0
  public var landlockedCountries = 0
  public var borders = 0
  public var landingPoints = 0
  /// Landing points that are offshore oil or gas platforms.
  public var platformLandingPoints = 0
  public var cables = 0
  /// Cables not in service at the snapshot date.
  public var plannedCables = 0
  public var cableLandings = 0
  public var cableRouteSegments = 0
  public var cableRoutePoints = 0
  public var facilities = 0
  public var facilitiesWithoutLocation = 0
  public var internetExchanges = 0
  public var internetExchangeFacilityLinks = 0
  public var rootOperators = 0
  public var rootInstances = 0
  public var localRootInstances = 0
  public var rirAllocations = 0
  public var powerProfiles = 0
  /// Cable segments (all zero when the dataset has none).
  public var branchingUnits = 0
  public var cableSegments = 0
  public var cablesWithSegments = 0
  /// The AS layer (all three zero when the dataset has none).
  public var autonomousSystems = 0
  public var autonomousSystemPresences = 0
  public var autonomousSystemTransitLinks = 0
  /// Cable owners mapped to a jurisdiction, and the cables with at least one
  /// mapped owner (both zero when the dataset has no mapping).
  public var ownerJurisdictions = 0
  public var cablesWithMappedOwner = 0
  /// Outline rings, and the countries that have one (zero without outlines).
  public var outlineRings = 0
  public var countriesWithOutline = 0
  /// Regions below the country, and the landing points in them (zero without regions).
  public var regions = 0
  public var regionLandingPoints = 0
  /// National backbones: networks and their countries, nodes (border posts
  /// among them), spans (proposed among them), landing points tied to a node
  /// and population centres (all zero without the backbone files).
  public var backboneNetworks = 0
  public var backboneCountries = 0
  public var backboneNodes = 0
  public var backboneBorderPosts = 0
  public var backboneSpans = 0
  public var proposedBackboneSpans = 0
  public var backboneLandings = 0
  public var backboneHubs = 0

  /// All counts zero.
  public init() {}

  /// One line per entity, counts right-aligned, flags in parentheses.
  public var description: String {
    var rows: [(String, Int, String)] = [
      ("countries", countries, "\(landlockedCountries) landlocked"),
      ("borders", borders, ""),
      ("landing points", landingPoints, "\(platformLandingPoints) platforms"),
      ("cables", cables, "\(plannedCables) planned, \(cables - plannedCables) active"),
      ("cable landings", cableLandings, ""),
      ("cable route segments", cableRouteSegments, "\(cableRoutePoints) points"),
      ("facilities", facilities, "\(facilitiesWithoutLocation) without location"),
      ("IXPs", internetExchanges, ""),
      ("IXP facility links", internetExchangeFacilityLinks, ""),
      ("root operators", rootOperators, ""),
      ("root instances", rootInstances, "\(localRootInstances) local, \(rootInstances - localRootInstances) global"),
      ("RIR allocations", rirAllocations, ""),
      ("power profiles", powerProfiles, ""),
    ]
    if cableSegments > 0 {
      rows += [
        ("cable segments", cableSegments, "\(cablesWithSegments) cables"),
        ("branching units", branchingUnits, ""),
      ]
    }
    if autonomousSystems > 0 {
      rows += [
        ("autonomous systems", autonomousSystems, ""),
        ("AS presences", autonomousSystemPresences, "AS x country"),
        ("AS transit links", autonomousSystemTransitLinks, ""),
      ]
    }
    if ownerJurisdictions > 0 {
      rows.append(("owner jurisdictions", ownerJurisdictions, "\(cablesWithMappedOwner) cables with a mapped owner"))
    }
    if outlineRings > 0 {
      rows.append(("country outline rings", outlineRings, "\(countriesWithOutline) countries"))
    }
    if regions > 0 {
      rows.append(("regions", regions, "\(regionLandingPoints) landing points in them"))
    }
    if backboneNetworks > 0 {
      rows += [
        ("backbone networks", backboneNetworks, "\(backboneCountries) countries"),
        ("backbone nodes", backboneNodes, "\(backboneBorderPosts) border posts"),
        ("backbone spans", backboneSpans, "\(proposedBackboneSpans) proposed"),
        ("backbone landings", backboneLandings, "landing points tied to a node"),
        ("backbone hubs", backboneHubs, "population centres"),
      ]
    }
    let nameWidth = rows.map(\.0.count).max() ?? 0
    let countWidth = rows.map { String($0.1).count }.max() ?? 0
    return rows.map { name, count, note in
      let number = String(count)
      var line = name + String(repeating: " ", count: nameWidth - name.count + 2)
        + String(repeating: " ", count: countWidth - number.count) + number
      if !note.isEmpty { line += "  (\(note))" }
      return line
    }.joined(separator: "\n")
  }
}
