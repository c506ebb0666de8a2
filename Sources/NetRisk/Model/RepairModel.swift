// How long repairs take: the figures behind the loss-over-time curve of
// `netrisk simulate --recovery`. Every number with its source.

/// How long a failed element stays down (model file key `repair`).
///
/// A submarine cable's repair takes `cableFixedDays` (the ship sails, then
/// works on site), the ship's transit from the nearest of `shipBases` at
/// `shipTransitKmPerDay` (great-circle kilometres, so that the sea route's
/// detours are inside the figure), and a wait (permits, weather, a ship busy
/// elsewhere) drawn from an exponential distribution with mean
/// `cableWaitDays`. Where `cableRepairDaysByCountry` gives a country's mean
/// repair time, the wait at that country's landings is set so that the mean
/// total matches it. A land-border link and a site (landing station,
/// facility, IXP, root instance) are back after an exponential time with
/// mean `borderLinkRepairDays` or `siteRepairDays`. Grids come back when the
/// scenario's outage hours are over. Repair denied by a scenario adds
/// `deniedExtraDays` (or the scenario's own figure) before the wait starts,
/// or blocks the repair altogether.
public struct RepairModel: Codable, Hashable, Sendable {
  /// A port where a repair ship is stationed.
  public struct ShipBase: Codable, Hashable, Sendable {
    public var name: String
    public var latitude: Double
    public var longitude: Double
    public var source: String
  }

  /// A country's sourced mean repair time for the cables that land there.
  public struct CountryRepairDays: Codable, Hashable, Sendable {
    /// Alpha-2 code.
    public var country: String
    public var days: Double
    public var source: String
  }

  public var shipBases: [ShipBase]
  public var shipTransitKmPerDay: SourcedValue
  public var cableFixedDays: SourcedValue
  public var cableWaitDays: SourcedValue
  public var cableRepairDaysByCountry: [CountryRepairDays]
  public var borderLinkRepairDays: SourcedValue
  public var siteRepairDays: SourcedValue
  public var deniedExtraDays: SourcedValue

  /// Problems with the figures, as messages naming the key.
  func problems() -> [String] {
    var found: [String] = []
    if shipBases.isEmpty { found.append("repair.shipBases is empty: name at least one port") }
    for base in shipBases where !(base.latitude.isFinite && base.longitude.isFinite && abs(base.latitude) <= 90 && abs(base.longitude) <= 180) {
      found.append("repair.shipBases: '\(base.name)' needs latitude in [-90, 90] and longitude in [-180, 180]")
    }
    if !(shipTransitKmPerDay.value > 0 && shipTransitKmPerDay.value.isFinite) {
      found.append("repair.shipTransitKmPerDay must be > 0, found \(shipTransitKmPerDay.value)")
    }
    let days: [(String, Double)] = [
      ("repair.cableFixedDays", cableFixedDays.value), ("repair.cableWaitDays", cableWaitDays.value),
      ("repair.borderLinkRepairDays", borderLinkRepairDays.value), ("repair.siteRepairDays", siteRepairDays.value),
      ("repair.deniedExtraDays", deniedExtraDays.value),
    ] + cableRepairDaysByCountry.map { ("repair.cableRepairDaysByCountry (\($0.country))", $0.days) }
    for (key, value) in days where !(value >= 0 && value.isFinite && value <= 36_500) {
      found.append("\(key) must be a number of days in [0, 36500], found \(value)")
    }
    return found
  }
}
