// A country or territory with its own ISO 3166-1 alpha-2 code.

/// A country or territory (one row of `countries.csv`), with the indices of
/// everything the dataset places in it.
///
/// Territories with their own ISO code (Hong Kong, Puerto Rico, Svalbard and
/// Jan Mayen, ...) are countries here, even where a source files them under
/// their sovereign.
public struct Country: Hashable, Sendable {
  /// ISO 3166-1 alpha-2 code, e.g. `"TO"`.
  public var code: String
  /// ISO 3166-1 alpha-3 code, e.g. `"TON"`.
  public var alpha3: String
  public var name: String
  /// UN M49 region (`"Oceania"`), subregion (`"Polynesia"`) and intermediate
  /// region (`"Caribbean"`); nil where M49 has none (Antarctica).
  public var region: String?
  public var subregion: String?
  public var intermediateRegion: String?
  /// Whether the country has no coastline (from `import/landlocked.csv`).
  public var isLandlocked: Bool
  public var population: Int?
  public var populationYear: Int?
  /// Share of the population using the Internet, in percent.
  public var internetUsersPercent: Double?
  public var internetUsersYear: Int?
  /// Centroid of the country's largest land mass.
  public var centroid: GeoPoint?
  /// The RIR that serves the country (the registry of most of its ASNs).
  public var registry: RegionalRegistry?
  /// ITU's development group (from `import/development-groups.csv`); nil
  /// when the dataset has no such column.
  public var developmentGroup: DevelopmentGroup?

  /// For a region split off its country (`Dataset.splittingRegions()`), that
  /// country; nil for a country of the dataset.
  public internal(set) var parentIndex: RowIndex<Country>?
  /// Indices into `Dataset.countries` of its land neighbours, ascending.
  public internal(set) var neighbourIndices: [RowIndex<Country>] = []
  /// Indices into `Dataset.landingPoints` of the landing points in it.
  public internal(set) var landingPointIndices: [RowIndex<LandingPoint>] = []
  /// Indices into `Dataset.internetExchanges` of the IXPs in it.
  public internal(set) var internetExchangeIndices: [RowIndex<InternetExchange>] = []
  /// Indices into `Dataset.facilities` of the facilities in it.
  public internal(set) var facilityIndices: [RowIndex<Facility>] = []
  /// Indices into `Dataset.rootInstances` of the root server sites in it.
  public internal(set) var rootInstanceIndices: [RowIndex<RootInstance>] = []
  /// Index into `Dataset.rirAllocations`, when the country has a row there.
  public internal(set) var rirAllocationIndex: RowIndex<RIRAllocation>?
  /// Index into `Dataset.power`, when the country has a row there.
  public internal(set) var powerIndex: RowIndex<PowerProfile>?
  /// Indices into `Dataset.autonomousSystemPresences` of the ASes seen in it.
  public internal(set) var autonomousSystemPresenceIndices: [RowIndex<AutonomousSystemPresence>] = []

  /// Creates the value from its fields. Index fields must be valid for the
  /// `Dataset` arrays they point into; `Dataset.load(from:)` guarantees that.
  public init(
    code: String, alpha3: String, name: String, region: String?, subregion: String?,
    intermediateRegion: String?, isLandlocked: Bool, population: Int?, populationYear: Int?,
    internetUsersPercent: Double?, internetUsersYear: Int?, centroid: GeoPoint?, registry: RegionalRegistry?
  ) {
    self.code = code
    self.alpha3 = alpha3
    self.name = name
    self.region = region
    self.subregion = subregion
    self.intermediateRegion = intermediateRegion
    self.isLandlocked = isLandlocked
    self.population = population
    self.populationYear = populationYear
    self.internetUsersPercent = internetUsersPercent
    self.internetUsersYear = internetUsersYear
    self.centroid = centroid
    self.registry = registry
  }
}

/// The groups ITU reports statistics by: the UN M49 "developed regions", the
/// UN list of least developed countries, and everything else.
public enum DevelopmentGroup: String, CaseIterable, Hashable, Sendable {
  case developed
  case developing
  case leastDeveloped = "least-developed"
}
