// What is approximate about the results, as people read it.
import NetRisk

extension Caveat {
  /// The caveat as one sentence, for the "Approximate:" line of every output.
  var sentence: String {
    switch self {
    case .litCapacityFromDemand:
      return "Lit capacity comes from demand (users x ITU bandwidth per user by development group) over an assumed utilisation; it is shared over a country's cables equally (design capacities are proxies by year and length and do not predict lit capacity)."
    case .borderCapacityFromDemand:
      return "Border capacity is sized from the smaller side's demand with one fitted share, and borders across which the AS layer (CAIDA, 2018) shows no transit count at a fitted fraction of it; no cross-border fibre dataset covers most borders."
    case .operatorConcentrationInScoreOnly:
      return "Operator concentration comes from CAIDA's AS data of December 2018 (address space, not users; ASes, not organisations) and enters the score only; the Monte Carlo does not yet know which operator uses which cable."
    case let .cableSegments(resolvedCables):
      return "Cables are segments between branching units where the drawn route resolves (\(resolvedCables) cables); the others are one whole-system node; a branch carries 1/(n-1) of its cable's capacity for n landings (assumed, no per-branch figure is public); cut off from every hub, a cable passes on only a fitted share of a country's capacity through the landings left on its side."
    case .wholeCables:
      return "A cable is one node: a cut between two branching units fails the whole system in this model (cableSegments is off)."
    case .singlePointsIgnoreBackupPower:
      return "Single points of failure ignore backup power (a grid outage is taken to outlast it); the Monte Carlo applies backup autonomy."
    case .monteCarloEstimates:
      return "Monte Carlo figures are estimates: each comes with its standard error."
    case let .domesticBackbones(countriesWithMaps):
      return countriesWithMaps == 0
        ? "Inside a country nothing is modelled: each country is one node (no national backbone maps in this dataset)."
        : "Inside a country: \(countriesWithMaps) countries have national backbone maps (OFDS samples, one operator's map each, 'not authoritative'; networks assumed to meet within 5 km; the population centre one point), used for their domestic single points of failure only (the Monte Carlo does not fail backbone spans); every other country is one node."
    }
  }
}
