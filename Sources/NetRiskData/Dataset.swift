// The normalised world dataset: typed tables with dense typed indices.

/// The dataset the engine works on: one array per entity, each row pointing at
/// others by dense `RowIndex` (into the arrays here), never by string id, so
/// that a graph builder can go straight from rows to node numbers.
///
///     let world = try Dataset.load(from: Dataset.defaultDirectory)
///     let tonga = try world.resolveCountry("TO")        // RowIndex<Country>
///     for point in world.countries[tonga].landingPointIndices {
///       for cable in world.landingPoints[point].cableIndices { print(world.cables[cable].name) }
///     }
///
/// A `Dataset` comes from `load(from:)`, which checks every reference, so
/// every index stored in a row is valid for the array it points into.
public struct Dataset: Sendable {
  /// The directory the dataset was loaded from.
  public internal(set) var directory: String
  /// Sorted by code, as in `countries.csv`.
  public internal(set) var countries: [Country] = []
  public internal(set) var borders: [Border] = []
  public internal(set) var landingPoints: [LandingPoint] = []
  public internal(set) var cables: [Cable] = []
  public internal(set) var cableLandings: [CableLanding] = []
  public internal(set) var cableRouteSegments: [CableRouteSegment] = []
  /// Branching units and segments of the cables whose geometry resolves
  /// (empty when the dataset has no segment files).
  public internal(set) var branchingUnits: [BranchingUnit] = []
  public internal(set) var cableSegments: [CableSegment] = []
  public internal(set) var facilities: [Facility] = []
  public internal(set) var internetExchanges: [InternetExchange] = []
  /// One entry per letter, A to M as in `root_operators.csv`.
  public internal(set) var rootOperators: [RootOperator] = []
  public internal(set) var rootInstances: [RootInstance] = []
  public internal(set) var rirAllocations: [RIRAllocation] = []
  public internal(set) var power: [PowerProfile] = []
  /// The AS layer (empty when the dataset has no AS files): autonomous
  /// systems sorted by number, and where their address space is seen.
  public internal(set) var autonomousSystems: [AutonomousSystem] = []
  public internal(set) var autonomousSystemPresences: [AutonomousSystemPresence] = []
  /// The jurisdiction of cable owners, where the dataset maps them (empty
  /// without `owner_jurisdictions.csv`); `jurisdictionOfOwner` by owner name.
  public internal(set) var ownerJurisdictions: [OwnerJurisdiction] = []
  public internal(set) var jurisdictionOfOwner: [String: RowIndex<Country>] = [:]
  /// Each country's outline rings (outer rings and holes, to be filled with
  /// the even-odd rule), by country index; empty without
  /// `country_outlines.csv`, and for the small states the 1:110m layer lacks.
  public internal(set) var countryOutlines: [RowIndex<Country>: [[GeoPoint]]] = [:]
  /// Regions below the country level (empty without `regions.csv`), sorted
  /// by code; `regionIndex(_:)` finds one by code.
  public internal(set) var regions: [Region] = []
  /// National terrestrial backbones (all empty without the backbone files):
  /// operator networks, their nodes and spans, the landing points tied to a
  /// node, and the point taken as each country's population centre. Rows in
  /// file order (sorted by id).
  public internal(set) var backboneNetworks: [BackboneNetwork] = []
  public internal(set) var backboneNodes: [BackboneNode] = []
  public internal(set) var backboneSpans: [BackboneSpan] = []
  public internal(set) var backboneLandings: [BackboneLanding] = []
  /// Each backbone country's population centre, by country order of the file.
  public internal(set) var backboneHubs: [BackboneHub] = []

  var countryIndexByCode: [String: RowIndex<Country>] = [:]
  var landingPointIndexByID: [String: RowIndex<LandingPoint>] = [:]
  var cableIndexByID: [String: RowIndex<Cable>] = [:]
  var facilityIndexByID: [Int: RowIndex<Facility>] = [:]
  var internetExchangeIndexByID: [Int: RowIndex<InternetExchange>] = [:]
  var rootOperatorIndexByLetter: [String: RowIndex<RootOperator>] = [:]
  var rootInstanceIndexByID: [String: RowIndex<RootInstance>] = [:]
  var autonomousSystemIndexByNumber: [Int: RowIndex<AutonomousSystem>] = [:]
  var branchingUnitIndexByID: [String: RowIndex<BranchingUnit>] = [:]
  var regionIndexByCode: [String: RowIndex<Region>] = [:]
  var backboneNetworkIndexByID: [String: RowIndex<BackboneNetwork>] = [:]
  var backboneNodeIndexByID: [String: RowIndex<BackboneNode>] = [:]

  init(directory: String) {
    self.directory = directory
  }

  // MARK: - Lookups by source id (O(1) expected)

  /// The index of the country with ISO alpha-2 `code` (`"TO"`), or nil.
  public func countryIndex(_ code: String) -> RowIndex<Country>? { countryIndexByCode[code] }

  /// The index of the landing point with TeleGeography id `id`, or nil.
  public func landingPointIndex(_ id: String) -> RowIndex<LandingPoint>? { landingPointIndexByID[id] }

  /// The index of the region with ISO 3166-2 code `code` (`"GB-ZET"`), or nil.
  public func regionIndex(_ code: String) -> RowIndex<Region>? { regionIndexByCode[code] }

  /// The index of the cable with TeleGeography id `id`, or nil.
  public func cableIndex(_ id: String) -> RowIndex<Cable>? { cableIndexByID[id] }

  /// The index of the facility with PeeringDB id `id`, or nil.
  public func facilityIndex(_ id: Int) -> RowIndex<Facility>? { facilityIndexByID[id] }

  /// The index of the IXP with PeeringDB id `id`, or nil.
  public func internetExchangeIndex(_ id: Int) -> RowIndex<InternetExchange>? { internetExchangeIndexByID[id] }

  /// The index of the operator of root `letter` (`"K"`), or nil.
  public func rootOperatorIndex(letter: String) -> RowIndex<RootOperator>? { rootOperatorIndexByLetter[letter] }

  /// The index of the root instance with id `id`, or nil.
  public func rootInstanceIndex(_ id: String) -> RowIndex<RootInstance>? { rootInstanceIndexByID[id] }

  /// The index of autonomous system `asn`, or nil.
  public func autonomousSystemIndex(_ asn: Int) -> RowIndex<AutonomousSystem>? { autonomousSystemIndexByNumber[asn] }

  /// The index of the backbone node with OFDS id `id`, or nil.
  public func backboneNodeIndex(_ id: String) -> RowIndex<BackboneNode>? { backboneNodeIndexByID[id] }

  /// Whether the dataset has the AS layer (the optional AS files).
  public var hasAutonomousSystems: Bool { !autonomousSystems.isEmpty }

  /// Counts per entity, with flagged rows.
  /// - Complexity: O(*n*) in the number of rows.
  public var loadSummary: DatasetSummary {
    var summary = DatasetSummary()
    summary.countries = countries.count
    summary.landlockedCountries = countries.count { $0.isLandlocked }
    summary.borders = borders.count
    summary.landingPoints = landingPoints.count
    summary.platformLandingPoints = landingPoints.count { $0.kind == .platform }
    summary.cables = cables.count
    summary.plannedCables = cables.count { $0.isPlanned }
    summary.cableLandings = cableLandings.count
    summary.cableRouteSegments = cableRouteSegments.count
    summary.cableRoutePoints = cableRouteSegments.reduce(0) { $0 + $1.points.count }
    summary.facilities = facilities.count
    summary.facilitiesWithoutLocation = facilities.count { $0.location == nil }
    summary.internetExchanges = internetExchanges.count
    summary.internetExchangeFacilityLinks = internetExchanges.reduce(0) { $0 + $1.facilityIndices.count }
    summary.rootOperators = rootOperators.count
    summary.rootInstances = rootInstances.count
    summary.localRootInstances = rootInstances.count { $0.scope == .local }
    summary.rirAllocations = rirAllocations.count
    summary.powerProfiles = power.count
    summary.branchingUnits = branchingUnits.count
    summary.cableSegments = cableSegments.count
    summary.cablesWithSegments = cables.count { !$0.segmentIndices.isEmpty }
    summary.autonomousSystems = autonomousSystems.count
    summary.autonomousSystemPresences = autonomousSystemPresences.count
    summary.ownerJurisdictions = ownerJurisdictions.count
    summary.outlineRings = countryOutlines.values.reduce(0) { $0 + $1.count }
    summary.countriesWithOutline = countryOutlines.count
    summary.regions = regions.count
    summary.regionLandingPoints = regions.reduce(0) { $0 + $1.landingPointIndices.count }
    summary.backboneNetworks = backboneNetworks.count
    summary.backboneCountries = Set(backboneNetworks.map(\.countryIndex)).count
    summary.backboneNodes = backboneNodes.count
    summary.backboneBorderPosts = backboneNodes.count { $0.kind == .borderPost }
    summary.backboneSpans = backboneSpans.count
    summary.proposedBackboneSpans = backboneSpans.count { !$0.isInService }
    summary.backboneLandings = backboneLandings.count
    summary.backboneHubs = backboneHubs.count
    summary.cablesWithMappedOwner = cables.count { $0.ownerNames.contains { jurisdictionOfOwner[$0] != nil } }
    summary.autonomousSystemTransitLinks = autonomousSystems.reduce(0) { $0 + $1.providerIndices.count }
    return summary
  }
}
