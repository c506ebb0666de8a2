// The files of a dataset directory and their columns: the schema both the
// importer (which writes them) and the loader (which reads them) follow.

/// One file of a dataset directory. The raw value is the file name.
///
/// `columns` is the header the importer writes; the loader requires every
/// one of them (in any order) and ignores extra columns, so a newer dataset
/// with added columns still loads.
public enum DatasetFile: String, CaseIterable, Hashable, Sendable {
  case countries = "countries.csv"
  case borders = "borders.csv"
  case landingPoints = "landing_points.csv"
  case cables = "cables.csv"
  case cableLandings = "cable_landings.csv"
  case cableRoutes = "cable_routes.csv"
  case facilities = "facilities.csv"
  case internetExchanges = "ixps.csv"
  case internetExchangeFacilities = "ixp_facilities.csv"
  case rootOperators = "root_operators.csv"
  case rootInstances = "root_instances.csv"
  case rirAllocations = "rir_allocations.csv"
  case power = "power.csv"
  case autonomousSystems = "autonomous_systems.csv"
  case autonomousSystemCountries = "as_countries.csv"
  case autonomousSystemTransit = "as_transit.csv"
  case branchingUnits = "branching_units.csv"
  case cableSegments = "cable_segments.csv"
  case ownerJurisdictions = "owner_jurisdictions.csv"
  case countryOutlines = "country_outlines.csv"
  case regions = "regions.csv"
  case backboneNetworks = "backbone_networks.csv"
  case backboneNodes = "backbone_nodes.csv"
  case backboneSpans = "backbone_spans.csv"
  case backboneLandings = "backbone_landings.csv"
  case backboneHubs = "backbone_hubs.csv"

  /// Files a dataset may lack: the AS layer, the cable segments, the
  /// owners' jurisdictions, the country outlines, the regions and the
  /// national backbones (a dataset written before they existed, or a small
  /// fixture, loads without them; operator concentration is then unknown,
  /// every cable is one whole system, and every country is one domestic
  /// node). A file that is present is checked like any other.
  public var isOptional: Bool {
    switch self {
    case .autonomousSystems, .autonomousSystemCountries, .autonomousSystemTransit, .branchingUnits, .cableSegments,
      .ownerJurisdictions, .countryOutlines, .regions, .backboneNetworks, .backboneNodes, .backboneSpans, .backboneLandings,
      .backboneHubs:
      return true
    default: return false
    }
  }

  /// Columns the importer writes but the loader does not require (datasets
  /// written before they existed still load; the value is then unknown).
  public var optionalColumns: Set<String> {
    switch self {
    case .countries: return ["development_group"]
    case .cableSegments: return ["path"]
    default: return []
    }
  }

  /// The columns a file must have.
  public var requiredColumns: [String] { columns.filter { !optionalColumns.contains($0) } }

  /// The header, in the order the importer writes it.
  public var columns: [String] {
    switch self {
    case .countries:
      return [
        "code", "alpha3", "name", "region", "subregion", "intermediate_region", "landlocked", "population",
        "population_year", "internet_users_pct", "internet_users_year", "centroid_lat", "centroid_lon", "rir",
        "development_group",
      ]
    case .borders: return ["country_a", "country_b"]
    case .landingPoints: return ["id", "name", "country", "lat", "lon", "kind"]
    case .cables: return ["id", "name", "length_km", "rfs_year", "planned", "owners", "capacity_tbps", "url"]
    case .cableLandings: return ["cable_id", "landing_point_id", "tbd"]
    case .cableRoutes: return ["cable_id", "segment", "point_count", "path"]
    case .facilities: return ["id", "name", "operator", "country", "city", "lat", "lon", "network_count"]
    case .internetExchanges: return ["id", "name", "country", "city", "member_networks", "facility_count"]
    case .internetExchangeFacilities: return ["ixp_id", "facility_id"]
    case .rootOperators: return ["letter", "operator", "seat_country", "source"]
    case .rootInstances:
      return ["id", "letter", "operator", "site", "country", "lat", "lon", "scope", "instances"]
    case .rirAllocations:
      return ["country", "rir", "ipv4_addresses", "ipv6_slash32", "asns"]
        + RegionalRegistry.allCases.map { "asns_" + $0.rawValue }
    case .power:
      return ["country", "access_pct", "access_year", "generation_year"]
        + PowerProfile.Source.allCases.map { $0.rawValue + "_pct" }
        + ["net_import_pct", "net_import_year", "wri_capacity_gw"]
    case .autonomousSystems: return ["asn", "home_country", "addresses"]
    case .autonomousSystemCountries: return ["asn", "country", "addresses"]
    case .autonomousSystemTransit: return ["provider", "customer"]
    case .branchingUnits: return ["id", "cable_id", "lat", "lon"]
    case .cableSegments: return ["cable_id", "segment", "from", "to", "length_km", "path"]
    case .ownerJurisdictions: return ["owner", "jurisdiction", "source"]
    case .countryOutlines: return ["country", "ring", "point_count", "path"]
    case .regions:
      return ["id", "name", "country", "population", "population_year", "land_link", "landing_points", "population_source"]
    case .backboneNetworks: return ["id", "country", "name", "snapshot_date", "ofds_version", "source_folder"]
    case .backboneNodes: return ["id", "network", "country", "name", "lat", "lon", "kind", "neighbour"]
    case .backboneSpans: return ["id", "network", "from", "to", "length_km", "status", "name", "ends"]
    case .backboneLandings: return ["landing_point_id", "node_id", "distance_km"]
    case .backboneHubs: return ["country", "lat", "lon", "basis"]
    }
  }

  /// What one row is, for messages: "unknown cable 'x'".
  public var entity: String {
    switch self {
    case .countries: return "country"
    case .borders: return "border"
    case .landingPoints: return "landing point"
    case .cables: return "cable"
    case .cableLandings: return "cable landing"
    case .cableRoutes: return "cable route segment"
    case .facilities: return "facility"
    case .internetExchanges: return "IXP"
    case .internetExchangeFacilities: return "IXP facility link"
    case .rootOperators: return "root letter"
    case .rootInstances: return "root instance"
    case .rirAllocations: return "RIR allocation"
    case .power: return "power profile"
    case .autonomousSystems: return "autonomous system"
    case .autonomousSystemCountries: return "AS presence"
    case .autonomousSystemTransit: return "AS transit link"
    case .branchingUnits: return "branching unit"
    case .cableSegments: return "cable segment"
    case .ownerJurisdictions: return "cable owner"
    case .countryOutlines: return "country outline ring"
    case .regions: return "region"
    case .backboneNetworks: return "backbone network"
    case .backboneNodes: return "backbone node"
    case .backboneSpans: return "backbone span"
    case .backboneLandings: return "backbone landing"
    case .backboneHubs: return "backbone hub"
    }
  }
}
