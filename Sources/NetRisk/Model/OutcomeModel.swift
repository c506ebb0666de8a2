// How failures become lost traffic: demand, lit capacity, borders, rerouting,
// power at the users' end, exchanges. Every number with its source.

/// One figure per ITU development group (developing also stands for a
/// country whose group the dataset does not give).
public struct GroupValues: Codable, Hashable, Sendable {
  public var developed: Double
  public var developing: Double
  public var leastDeveloped: Double
  public var source: String

  public func value(for group: DevelopmentGroupKey?) -> Double {
    switch group {
    case .developed: return developed
    case .leastDeveloped: return leastDeveloped
    case .developing, nil: return developing
    }
  }
}

/// The development group as the model reads it (mirrors `DevelopmentGroup`
/// of the dataset, so that the model file types need no dataset import).
public enum DevelopmentGroupKey: Sendable { case developed, developing, leastDeveloped }

/// The outcome model: what a trial's failures cost a country in traffic.
///
/// Demand `D` = Internet users × `kbpsPerUser` of the country's group. Lit
/// international capacity on its cables `L = D / utilisation`, split over its
/// cables by their design capacity; a land border carries `borderShare ×
/// min(L, L_neighbour)` (the smaller side bounds it), and a country with no
/// cable carries all of `L` over its borders, split by the same bound. Transit
/// through a neighbour or a far end that is not a hub carries only the share
/// of capacity that far side still has (iterated to a fixed point). A border
/// with no sign in the AS layer that networks on one side buy transit from
/// networks on the other (less than `transitEvidenceMinShare` of either side's
/// addresses) counts `borderWithoutTransitEvidence` times its bound: many land
/// borders have no fibre crossing, or one that carries little. Of the
/// traffic on lost capacity (share `x` of lit capacity `T`), the share
/// `reroutingEfficiency` of the surviving headroom takes what it can:
/// international drop = max(0, x − ρ (1 − x)(T/D − 1)). A national grid
/// outage of `h` hours (scenario or incident) takes fixed access down at once
/// and cell sites as their batteries run out; an IXP outage moves domestic
/// traffic onto transit. National drop = 1 − (1 − access)(1 − international)(1 − exchange).
public struct OutcomeModel: Codable, Hashable, Sendable {
  public var kbpsPerUser: GroupValues
  public var utilisation: SourcedValue
  public var borderShare: SourcedValue
  public var reroutingEfficiency: SourcedValue
  public var mobileShareOfTraffic: GroupValues
  public var cellSiteBatteryHoursMin: SourcedValue
  public var cellSiteBatteryHoursMax: SourcedValue
  public var exchangeOutageDrop: SourcedValue
  /// Exponent of the cable split: a country's lit capacity on its cables is
  /// shared in proportion to design capacity^exponent (0: equally, 1: by
  /// design capacity).
  public var cableShareExponent: SourcedValue
  /// Share of access that stays up through a national blackout (generators,
  /// UPS, areas still fed).
  public var accessKeptInBlackout: SourcedValue
  /// Weight (0 to 1) of a land border with no transit evidence in the AS
  /// layer, against 1 for a border with evidence (1: every border alike, as
  /// without an AS layer).
  public var borderWithoutTransitEvidence: SourcedValue
  /// The share of either side's addresses that must depend on the other side
  /// for transit before a border counts as evidenced.
  public var transitEvidenceMinShare: SourcedValue
  /// Share (0 to 1) of a cable's lit capacity that still reaches the core
  /// through a far end that is not a hub once every hub end of that cable is
  /// cut off (1: all of it, as until model 0.11.0). Applies only to cables
  /// that reach a hub when intact; a cable between two non-hub countries
  /// always delivers its far side's availability.
  public var transitPastBreak: SourcedValue
  /// The values `netrisk backtest --cross-validate` tries for the fitted parameters.
  public var calibration: Calibration

  public struct Calibration: Codable, Hashable, Sendable {
    public var borderShare: [Double]
    public var reroutingEfficiency: [Double]
    public var degradedCapacityLoss: [Double]
    public var cableShareExponent: [Double]
    public var accessKeptInBlackout: [Double]
    public var borderWithoutTransitEvidence: [Double]
    public var transitPastBreak: [Double]
    public var source: String
  }

  /// Share of a country's access lost when its grid is down for `hours`.
  public func accessLoss(hours: Double, group: DevelopmentGroupKey?) -> Double {
    guard hours > 0 else { return 0 }
    let mobile = min(max(mobileShareOfTraffic.value(for: group), 0), 1)
    let low = cellSiteBatteryHoursMin.value, high = cellSiteBatteryHoursMax.value
    let cellSitesDown = high > low ? min(max((hours - low) / (high - low), 0), 1) : (hours >= low ? 1 : 0)
    let kept = min(max(accessKeptInBlackout.value, 0), 1)
    return ((1 - mobile) + mobile * cellSitesDown) * (1 - kept)
  }
}
