// What is approximate about a set of results, as data; renderers phrase it.

/// One thing that is approximate about an exposure report.
public enum Caveat: Hashable, Sendable {
  /// Lit capacity comes from demand over an assumed utilisation, shared over
  /// a country's cables equally.
  case litCapacityFromDemand
  /// Border capacity is sized from the smaller side's demand with one fitted
  /// share, borders without transit evidence in the AS layer discounted.
  case borderCapacityFromDemand
  /// Operator concentration comes from CAIDA's 2018 AS data and enters the score only.
  case operatorConcentrationInScoreOnly
  /// Cables are split into segments where the drawn route resolves
  /// (`resolvedCables` of them); a branch carries its landing's share.
  case cableSegments(resolvedCables: Int)
  /// Cables are whole systems: one cut fails the whole cable.
  case wholeCables
  /// Single points of failure take a grid outage to outlast backup power.
  case singlePointsIgnoreBackupPower
  /// Monte Carlo figures are estimates with standard errors.
  case monteCarloEstimates
  /// Inside a country: `countriesWithMaps` countries have national backbone
  /// maps (structural findings only), the others are one node each.
  case domesticBackbones(countriesWithMaps: Int)
}
