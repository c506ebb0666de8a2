// One landing of one cable.

/// A cable landing (one row of `cable_landings.csv`).
public struct CableLanding: Hashable, Sendable {
  /// Index into `Dataset.cables`.
  public var cableIndex: Int
  /// Index into `Dataset.landingPoints`.
  public var landingPointIndex: Int
  /// The source marks this landing "to be determined".
  public var isToBeDetermined: Bool

  public init(cableIndex: Int, landingPointIndex: Int, isToBeDetermined: Bool) {
    self.cableIndex = cableIndex
    self.landingPointIndex = landingPointIndex
    self.isToBeDetermined = isToBeDetermined
  }
}
