// A simplified piece of a cable's route geometry.

/// One polyline of a cable's route (one row of `cable_routes.csv`),
/// simplified with Douglas–Peucker. Lines never cross the antimeridian:
/// they are split there, as in the source.
public struct CableRouteSegment: Hashable, Sendable {
  /// Index into `Dataset.cables`.
  public var cableIndex: RowIndex<Cable>
  /// Segment number within the cable, from 0.
  public var segment: Int
  /// The polyline, in order.
  public var points: [GeoPoint]

  /// Creates the value from its fields. Index fields must be valid for the
  /// `Dataset` arrays they point into; `Dataset.load(from:)` guarantees that.
  public init(cableIndex: RowIndex<Cable>, segment: Int, points: [GeoPoint]) {
    self.cableIndex = cableIndex
    self.segment = segment
    self.points = points
  }
}
