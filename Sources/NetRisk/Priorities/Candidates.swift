// Candidate investments generated from the dataset, with costs from the model.
import NetRiskData

/// One thing a planner could build, what it costs, and where the cost comes from.
public struct Candidate: Sendable, Hashable {
  /// Stable id, e.g. "cable:TO->hub".
  public var id: String
  /// What and where, for people.
  public var title: String
  /// The country it is for (alpha-2).
  public var country: String
  public var cost: Double
  public var investment: Investment
}

public enum CandidateGenerator {
  /// Candidates for the countries in `scope` (dataset indices):
  /// - a new cable from the country to the nearest landing point in a hub
  ///   country, and one to the nearest landing point in a country that is not
  ///   yet a far end of its cables (cost: great-circle length × route factor ×
  ///   cost per km, plus a landing station);
  /// - a second landing station where all the country's cables land at one;
  /// - a new border link to each land neighbour;
  /// - a local root instance of the letter with the most instances worldwide
  ///   that the country lacks;
  /// - backup power at the landing point with the most cables;
  /// - a first IXP where there is none.
  /// Countries without a shore landing point get no cable candidates (no coast known).
  public static func generate(dataset: Dataset, model: RiskModel, scope: [RowIndex<Country>]) -> [Candidate] {
    let costs = model.investments
    let hubs = Set(model.globalCore.countries.compactMap { dataset.countryIndex($0) })
    let activeCables = Set(dataset.cables.rowIndices.filter { model.exclusion(of: dataset.cables[$0]) == nil })
    let shorePoints = dataset.landingPoints.rowIndices.filter { dataset.landingPoints[$0].kind == .shore }
    let letterCounts = Dictionary(grouping: dataset.rootInstances, by: \.letter).mapValues(\.count)
    var candidates: [Candidate] = []
    let scopeSet = Set(scope)
    for country in scope {
      let record = dataset.countries[country]
      let code = record.code
      let points = record.landingPointIndices.filter { dataset.landingPoints[$0].kind == .shore }
      let cabled = points.filter { dataset.landingPoints[$0].cableIndices.contains(where: activeCables.contains) }
      let farEnds = Set(cabled.flatMap { dataset.landingPoints[$0].cableIndices.filter(activeCables.contains) }
        .flatMap { dataset.cables[$0].landingPointIndices.map { dataset.landingPoints[$0].countryIndex } })
      if let origin = points.first.map({ dataset.landingPoints[$0].location }) ?? (points.isEmpty ? nil : record.centroid) {
        func nearest(where accept: (RowIndex<Country>) -> Bool) -> (point: RowIndex<LandingPoint>, km: Double)? {
          shorePoints.filter { accept(dataset.landingPoints[$0].countryIndex) && dataset.landingPoints[$0].countryIndex != country }
            .map { ($0, Geo.distanceKm(origin, dataset.landingPoints[$0].location)) }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }
        }
        func cable(_ id: String, to target: (point: RowIndex<LandingPoint>, km: Double)) -> Candidate {
          let length = target.km * costs.cableRouteFactor.value
          let destination = dataset.landingPoints[target.point]
          return Candidate(
            id: id, title: "new cable \(code) – \(destination.name) (\(Int(length)) km, new landing station)", country: code,
            cost: length * costs.cableCostPerKm.value + costs.landingStationCost.value,
            investment: .cable(country: country, to: target.point, lengthKm: length, tbps: costs.newCableTbps.value, name: "new cable \(code)–\(dataset.countries[destination.countryIndex].code)"))
        }
        if !hubs.contains(country), let hub = nearest(where: { hubs.contains($0) }) { candidates.append(cable("cable:\(code)->hub", to: hub)) }
        if let other = nearest(where: { !farEnds.contains($0) && !hubs.contains($0) }) {
          candidates.append(cable("cable:\(code)->new-far-end", to: other))
        }
      }
      if cabled.count == 1, let station = cabled.first {
        candidates.append(Candidate(
          id: "station:\(code)", title: "second landing station in \(code) for the cables at \(dataset.landingPoints[station].name)",
          country: code, cost: costs.landingStationCost.value + costs.secondStationBranchKm.value * costs.cableCostPerKm.value,
          investment: .landingStation(existing: station, name: "second landing station in \(record.name)")))
      }
      // One candidate per border, whichever side is in scope (named in code order).
      for neighbour in record.neighbourIndices.sorted() where !scopeSet.contains(neighbour) || country < neighbour {
        let other = dataset.countries[neighbour].code
        let pair = [code, other].sorted().joined(separator: "-")
        candidates.append(Candidate(
          id: "border:\(pair)", title: "new cross-border link \(pair.replacingOccurrences(of: "-", with: "–"))", country: code,
          cost: costs.borderLinkKm.value * costs.borderLinkCostPerKm.value,
          investment: .borderLink(country, neighbour, tbps: costs.borderLinkTbps.value)))
      }
      let present = Set(record.rootInstanceIndices.map { dataset.rootInstances[$0].letter })
      if let letter = letterCounts.filter({ !present.contains($0.key) }).max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key {
        candidates.append(Candidate(
          id: "root:\(code)-\(letter)", title: "local \(letter)-root instance in \(code)", country: code,
          cost: costs.rootInstanceCost.value, investment: .rootInstance(letter: letter, country: country)))
      }
      if let busiest = cabled.max(by: { (dataset.landingPoints[$0].cableIndices.count, $1) < (dataset.landingPoints[$1].cableIndices.count, $0) }) {
        candidates.append(Candidate(
          id: "backup:\(code)", title: "\(Int(costs.backupPowerHours.value)) h backup power at \(dataset.landingPoints[busiest].name)",
          country: code, cost: costs.backupPowerCost.value,
          investment: .backupPower(landingPoint: busiest, hours: costs.backupPowerHours.value)))
      }
      if record.internetExchangeIndices.isEmpty {
        candidates.append(Candidate(
          id: "ixp:\(code)", title: "first IXP in \(code)", country: code, cost: costs.exchangeCost.value,
          investment: .exchange(country: country)))
      }
    }
    return candidates
  }
}
