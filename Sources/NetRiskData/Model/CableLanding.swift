// One landing of one cable.

/// A cable landing (one row of `cable_landings.csv`).
public struct CableLanding: Hashable, Sendable {
  /// Index into `Dataset.cables`.
  public var cableIndex: RowIndex<Cable>
  /// Index into `Dataset.landingPoints`.
  public var landingPointIndex: RowIndex<LandingPoint>
  /// The source marks this landing "to be determined".
  public var isToBeDetermined: Bool

  /// Creates the value from its fields. Index fields must be valid for the
  /// `Dataset` arrays they point into; `Dataset.load(from:)` guarantees that.
  public init(cableIndex: RowIndex<Cable>, landingPointIndex: RowIndex<LandingPoint>, isToBeDetermined: Bool) {
    self.cableIndex = cableIndex
    self.landingPointIndex = landingPointIndex
    self.isToBeDetermined = isToBeDetermined
  }
}
