// Ids of dependency-graph nodes that survive a change of dataset: built from
// the dataset's own ids, not from node numbers.
import NetRiskData

extension DependencyGraph {
  /// An id for node `node` made of its kind and the dataset's id of what it
  /// stands for, so that it stays the same when rows are added elsewhere in
  /// the dataset (node numbers do not):
  ///
  ///     "country:TO", "grid:TO", "coreLink:US", "core",
  ///     "landing:nukualofa-tonga", "cable:tonga-cable", "segment:equiano/4",
  ///     "border:AR-BR", "ixp:1234", "facility:567", "root:k-root-nuku-alofa",
  ///     "new:0:cable" (the first investment node)
  ///
  /// Unique within one graph: dataset ids are unique per table (the loader
  /// checks), borders are one per country pair, investment nodes are
  /// numbered. `dataset` must be the one the graph was built from.
  /// - Complexity: O(1) (plus the length of the id).
  public func stableID(of node: Int, in dataset: Dataset) -> String {
    if node >= baseNodeCount { return "new:\(node - baseNodeCount):\(kinds[node].rawValue)" }
    guard let row = rows[node] else { return "core" }  // the one dataset node without a row
    switch kinds[node] {
    case .core: return "core"
    case .country: return "country:\(dataset.countries[row].code)"
    case .grid: return "grid:\(dataset.countries[row].code)"
    case .coreLink: return "coreLink:\(dataset.countries[row].code)"
    case .landingPoint: return "landing:\(dataset.landingPoints[row].id)"
    case .cable: return "cable:\(dataset.cables[row].id)"
    case .cableSegment:
      let segment = dataset.cableSegments[row]
      return "segment:\(dataset.cables[segment.cableIndex].id)/\(segment.number)"
    case .borderLink:
      let border = dataset.borders[row]
      return "border:\(dataset.countries[border.countryAIndex].code)-\(dataset.countries[border.countryBIndex].code)"
    case .internetExchange: return "ixp:\(dataset.internetExchanges[row].id)"
    case .facility: return "facility:\(dataset.facilities[row].id)"
    case .rootInstance: return "root:\(dataset.rootInstances[row].id)"
    }
  }
}
