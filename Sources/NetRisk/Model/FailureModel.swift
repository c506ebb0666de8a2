// The failure model: how often each kind of element is down, and how power
// outages reach the sites that depend on a grid.

/// Outage figures for a band of grids, chosen by the share of people with
/// electricity (the only grid figure the dataset has for every country).
public struct GridBand: Codable, Hashable, Sendable {
  /// The band applies to countries with at least this access (%); bands are
  /// tried from the highest threshold down.
  public var minAccessPercent: Double
  public var outagesPerMonth: Double
  public var hoursPerOutage: Double
  public var source: String
}

/// Backup power autonomy per kind of site, in hours.
public struct BackupAutonomy: Codable, Hashable, Sendable {
  public var landingPoint: SourcedValue
  public var facility: SourcedValue
  public var internetExchange: SourcedValue
  public var rootInstance: SourcedValue
}

/// Demand and overload tolerance for the load cascade.
public struct LoadModel: Codable, Hashable, Sendable {
  /// International bandwidth per Internet user, Mbit/s.
  public var internationalMbpsPerUser: SourcedValue
  /// A link fails when its load exceeds its capacity by more than this share (Motter–Lai α).
  public var overloadTolerance: SourcedValue
}

/// Failure rates and the Monte Carlo defaults of a model.
public struct FailureModel: Codable, Hashable, Sendable {
  public var cableFaultsPer1000KmYear: SourcedValue
  public var cableRepairDays: SourcedValue
  /// Route length over the longest great-circle span between a cable's
  /// landing points, for cables with no length in the dataset.
  public var cableRouteFactor: SourcedValue
  public var landingPointOutageProbability: SourcedValue
  public var facilityOutageProbability: SourcedValue
  public var internetExchangeOutageProbability: SourcedValue
  public var borderLinkOutageProbability: SourcedValue
  public var gridBands: [GridBand]
  /// Grid figures for a country with no electricity-access figure.
  public var unknownGridBand: GridBand
  public var backupAutonomyHours: BackupAutonomy
  public var backupFailsToStartProbability: SourcedValue
  /// A country importing share s of its electricity loses its grid with
  /// probability `s · importedGridFailureFactor` when a neighbour's grid is down.
  public var importedGridFailureFactor: SourcedValue
  public var load: LoadModel
  /// Trials `netrisk score` runs by default (a multiple of 64).
  public var defaultScoreTrials: Int
  /// Standard error of the isolation probability that the report says how
  /// many trials would reach.
  public var targetStandardError: Double

  /// Probability that a cable of `kilometres` is down at a random moment:
  /// faults per year times the years each fault lasts, capped below 1.
  public func cableDownProbability(kilometres: Double) -> Double {
    let faultsPerYear = cableFaultsPer1000KmYear.value * kilometres / 1000
    return min(faultsPerYear * cableRepairDays.value / 365, 0.99)
  }

  /// The band for a country with `access` % of people with electricity.
  public func gridBand(access: Double?) -> GridBand {
    guard let access else { return unknownGridBand }
    return gridBands.sorted { $0.minAccessPercent > $1.minAccessPercent }
      .first { access >= $0.minAccessPercent } ?? unknownGridBand
  }
}

extension GridBand {
  /// Probability that the grid is down at a random moment: hours out per month over hours in a month.
  public var downProbability: Double { min(outagesPerMonth * hoursPerOutage / 730.5, 0.99) }
}
