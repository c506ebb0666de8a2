// What netrisk finds for one country: figures, elements of the dependency
// graph and the numbers behind them, as data (NetRiskReport phrases them).
import NetRiskGraph

/// One element whose single failure cuts a country off from the global core.
public struct SinglePointOfFailure: Hashable, Sendable {
  public var element: DependencyElement
  /// Countries (alpha-2) that lose every international path when it fails,
  /// in dataset order.
  public var cutsOff: [String]
  /// How long it stays down when it fails (the model's `repair`); nil for a
  /// grid (its outage length is the blackout's) or a model without repair
  /// figures. While it is down the countries it cuts off stay cut off, so
  /// `repair.stillDown(atDay:)` is their chance of being isolated on that day.
  public var repair: RepairTime?

  public init(element: DependencyElement, cutsOff: [String], repair: RepairTime? = nil) {
    self.element = element
    self.cutsOff = cutsOff
    self.repair = repair
  }
}

/// Everything netrisk finds for one country.
/// International capacity entering a country at one point.
public struct EntryCapacity: Hashable, Sendable {
  /// The landing point or border link.
  public var element: DependencyElement
  public var tbps: Double
}

/// International capacity reaching one far-end country.
public struct FarEndCapacity: Hashable, Sendable {
  /// Alpha-2 code.
  public var country: String
  public var tbps: Double
}

public struct CountryExposure: Hashable, Sendable {
  public var code: String
  public var name: String
  /// For a region split off its country (`--regions`), that country's code.
  public var regionOf: String?
  public var isHub: Bool
  /// 1 = most exposed.
  public var rank: Int
  /// 0 (robust) to 100 (worst on every part): Σ part value × applied weight.
  public var score: Double
  public var parts: [ScorePart]

  // Structure
  public var singlePointsOfFailure: [SinglePointOfFailure]
  /// Fewest independent failures of landing points, cables and border links
  /// that isolate the country; 0 when it has no international link at all.
  public var independentFailuresToIsolate: Int
  /// One smallest such set of failures.
  public var isolatingFailures: [DependencyElement]
  /// Capacity of the weakest cut between the country and the core, Tbit/s.
  public var minCutTbps: Double
  /// Capacity of the country's own international links, Tbit/s.
  public var internationalTbps: Double
  /// `minCutTbps / internationalTbps`, 0 when it has no link.
  public var minCutShare: Double
  /// The links in the weakest capacity cut.
  public var minCutLinks: [DependencyElement]

  // Diversity
  public var cables: [String]
  public var landingPoints: Int
  public var farEndCountries: [String]
  public var landNeighbours: [String]
  /// Herfindahl–Hirschman index (0..1) of international capacity by entry
  /// point (landing point or border crossing); nil without links.
  public var entryConcentration: Double?
  /// HHI (0..1) of international capacity by far-end country; nil without links.
  public var farEndConcentration: Double?
  /// The capacity behind `entryConcentration`: Tbit/s by entry point (a
  /// landing point, or a border crossing, its own entry), largest first.
  public var capacityByEntry: [EntryCapacity] = []
  /// The capacity behind `farEndConcentration`: Tbit/s by far-end country
  /// (a cable's capacity split equally over its far ends), largest first.
  public var capacityByFarEnd: [FarEndCapacity] = []

  // DNS root
  public var localRootLetters: [String]
  /// Letters still answering inside the country when it is cut off at its
  /// international edge: those with an instance in it.
  public var rootLettersWhenCutOff: [String]

  // Local exchange
  public var internetExchanges: Int
  public var exchangeMemberNetworks: Int
  public var domesticTrafficCanStayLocal: Bool

  // Governance and jurisdiction
  public var registry: String?
  public var registrySeat: String?
  /// Share of the 13 root letters whose operator's legal seat is in another country.
  public var rootOperatorsAbroadShare: Double

  // Power
  public var electricityAccessPercent: Double?
  public var electricityAccessYear: Int?
  public var generationMixPercent: [String: Double]
  public var generationYear: Int?
  public var netImportPercent: Double?
  /// Sites that fail with the country's grid when their backup does not last.
  public var sitesOnGrid: SitesOnGrid

  // Cascading risk (Monte Carlo), when the run had trials
  public var risk: CountryRisk?
  /// Who carries its traffic (nil without the AS layer or a network in it).
  public var operators: OperatorConcentration?
  /// Its national backbone, when the dataset has maps of it (nil: the
  /// engine's single domestic node stands for the whole country).
  public var backbone: DomesticBackbone? = nil

  /// Which domestic model the country got: `national-backbone` (its maps)
  /// or `single-node` (no maps: one node stands for the whole country).
  public var domesticModel: String { backbone == nil ? "single-node" : "national-backbone" }
}

/// The sites in a country that require its grid.
public struct SitesOnGrid: Codable, Hashable, Sendable {
  public var landingPoints: Int
  public var internetExchanges: Int
  public var facilities: Int
  public var rootInstances: Int
}

/// The exposure of every scored country, ranked, with what produced it.
public struct ExposureReport: Sendable {
  public var modelName: String
  public var modelVersion: String
  public var modelHash: String
  public var datasetDirectory: String
  /// Most exposed first.
  public var countries: [CountryExposure]
  /// Countries not scored (no population figure and no international link), by code.
  public var unscored: [String]
  /// Cables the model left out, with why, in dataset order.
  public var excludedCables: [ExcludedCable]
  /// What is approximate about these results.
  public var caveats: [Caveat]
  /// The name of every country of the dataset, by code (for phrasing who a
  /// failure cuts off, scored or not).
  public var countryNames: [String: String]
  /// Monte Carlo trials behind the risk figures (0: none run) and their seed.
  public var monteCarloTrials: Int
  public var seed: UInt64
  /// Trials that would bring every isolation probability to the model's target standard error.
  public var trialsForTargetStandardError: Int?
}
