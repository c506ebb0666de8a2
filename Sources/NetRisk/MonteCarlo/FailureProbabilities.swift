// The failure model applied to one dependency graph: a probability per node,
// outage figures per grid, and the sites each grid feeds.
import NetRiskData

/// Per-node and per-grid figures the Monte Carlo samples from.
struct FailureProbabilities: Sendable {
  /// Probability each node is down at a random moment, before power (0 for
  /// countries, the core, core links and grids).
  var nodeDown: [Double]
  /// Per country: grid down probability, mean outage hours, and net import
  /// share (0...1) with the neighbours it imports from.
  var gridDown: [Double]
  var gridMeanHours: [Double]
  var importShare: [Double]
  var neighbours: [[Int]]
  /// Per country: the sites on its grid and their backup autonomy in hours.
  var sitesOnGrid: [[(node: Int, autonomyHours: Double)]]
  var backupFailsToStart: Double

  init(dependency: DependencyGraph, dataset: Dataset, model: FailureModel) {
    var nodeDown = [Double](repeating: 0, count: dependency.nodeCount)
    var sites = [[(node: Int, autonomyHours: Double)]](repeating: [], count: dataset.countries.count)
    for node in 0 ..< dependency.nodeCount {
      /// Sites (landing points, facilities, IXPs, root instances) are always on a grid.
      func site(_ hours: Double) {
        guard let country = dependency.gridCountry[node] else { return }
        sites[country.position].append((node, dependency.backupHours[node] ?? hours))
      }
      switch dependency.kinds[node] {
      case .cable, .cableSegment: nodeDown[node] = model.cableDownProbability(kilometres: dependency.cableLengthOfNode[node])
      case .landingPoint:
        nodeDown[node] = model.landingPointOutageProbability.value
        site(model.backupAutonomyHours.landingPoint.value)
      case .borderLink: nodeDown[node] = model.borderLinkOutageProbability.value
      case .facility:
        nodeDown[node] = model.facilityOutageProbability.value
        site(model.backupAutonomyHours.facility.value)
      case .internetExchange:
        nodeDown[node] = model.internetExchangeOutageProbability.value
        site(model.backupAutonomyHours.internetExchange.value)
      case .rootInstance:
        site(model.backupAutonomyHours.rootInstance.value)
      case .country, .grid, .core, .coreLink: break
      }
    }
    self.nodeDown = nodeDown
    sitesOnGrid = sites
    backupFailsToStart = model.backupFailsToStartProbability.value
    let bands = dataset.countries.map { country in
      model.gridBand(access: country.powerIndex.flatMap { dataset.power[$0].accessPercent })
    }
    gridDown = bands.map(\.downProbability)
    gridMeanHours = bands.map(\.hoursPerOutage)
    importShare = dataset.countries.map { country in
      let share = country.powerIndex.flatMap { dataset.power[$0].netImportPercent } ?? 0
      return min(max(share / 100, 0), 1) * model.importedGridFailureFactor.value
    }
    neighbours = dataset.countries.map { $0.neighbourIndices.map(\.position) }
  }
}
