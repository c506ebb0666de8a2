// How long each failed element of a scenario stays down, from the model's
// repair figures and the scenario's denied repair.
import Foundation
import NetRiskData

/// The time until one failed element is back: `fixedDays` in any case, then
/// an exponential wait with mean `meanWaitDays`; never when `blocked`.
public struct RepairTime: Hashable, Sendable {
  public var fixedDays: Double
  public var meanWaitDays: Double
  public var blocked: Bool

  public init(fixedDays: Double, meanWaitDays: Double, blocked: Bool = false) {
    self.fixedDays = fixedDays
    self.meanWaitDays = meanWaitDays
    self.blocked = blocked
  }

  /// The mean time to repair in days; nil when repair is blocked.
  public var meanDays: Double? { blocked ? nil : fixedDays + meanWaitDays }

  /// The probability that the element is still down `day` days after it failed.
  public func stillDown(atDay day: Double) -> Double {
    if blocked || day < fixedDays { return 1 }
    guard meanWaitDays > 0 else { return 0 }
    return exp(-(day - fixedDays) / meanWaitDays)
  }

  /// The same repair started `days` later.
  func delayed(by days: Double) -> RepairTime {
    RepairTime(fixedDays: fixedDays + days, meanWaitDays: meanWaitDays, blocked: blocked)
  }
}

extension RepairModel {
  /// The repair time of `node` (a cable, segment, border link or site) when
  /// its repair is not denied. Grids, countries and the core have none here
  /// (a grid is back when its scenario's outage hours are over).
  ///
  /// A fault is taken to be equally likely near any end of a cable or segment
  /// (its landing points and branching units): the transit and the wait are
  /// averaged over the ends, each end's transit from its nearest ship base.
  /// - Complexity: O(ends × ship bases).
  public func repairTime(of node: Int, in dependency: DependencyGraph, dataset: Dataset) -> RepairTime? {
    guard let row = dependency.rows[node] else { return nil }
    switch dependency.kinds[node] {
    case .cable: return repairTime(ofCable: RowIndex(row), in: dataset)
    case .cableSegment:
      let segment = dataset.cableSegments[row]
      let ends = [segment.from, segment.to].map { end -> (GeoPoint, RowIndex<Country>?) in
        switch end {
        case let .landingPoint(point): return (dataset.landingPoints[point].location, dataset.landingPoints[point].countryIndex)
        case let .branchingUnit(unit): return (dataset.branchingUnits[unit].location, nil)
        }
      }
      return cableRepair(ends: ends, dataset: dataset)
    case .borderLink: return RepairTime(fixedDays: 0, meanWaitDays: borderLinkRepairDays.value)
    case .landingPoint, .facility, .internetExchange, .rootInstance: return RepairTime(fixedDays: 0, meanWaitDays: siteRepairDays.value)
    case .country, .grid, .coreLink, .core: return nil
    }
  }

  /// The repair time of cable `cable` (a dataset row) cut once somewhere:
  /// averaged over its landing points.
  public func repairTime(ofCable cable: RowIndex<Cable>, in dataset: Dataset) -> RepairTime {
    let ends = dataset.cables[cable].landingPointIndices.map { dataset.landingPoints[$0] }.map { ($0.location, Optional($0.countryIndex)) }
    return cableRepair(ends: ends, dataset: dataset)
  }

  /// Fixed days, then a wait averaged over the ends: the default wait, or
  /// the one that makes an end's mean total its country's figure.
  private func cableRepair(ends: [(location: GeoPoint, country: RowIndex<Country>?)], dataset: Dataset) -> RepairTime {
    guard !ends.isEmpty else { return RepairTime(fixedDays: cableFixedDays.value, meanWaitDays: cableWaitDays.value) }
    var transit = 0.0, wait = 0.0
    for end in ends {
      let kilometres = shipBases.map { end.location.distanceKm(to: GeoPoint(latitude: $0.latitude, longitude: $0.longitude)) }.min() ?? 0
      let days = kilometres / shipTransitKmPerDay.value
      transit += days
      let code = end.country.map { dataset.countries[$0].code }
      if let figure = cableRepairDaysByCountry.first(where: { $0.country == code }) {
        wait += max(figure.days - cableFixedDays.value - days, 0)
      } else {
        wait += cableWaitDays.value
      }
    }
    let count = Double(ends.count)
    return RepairTime(fixedDays: cableFixedDays.value + transit / count, meanWaitDays: wait / count)
  }
}
