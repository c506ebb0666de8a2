// A cable's segments between its landings and branching units.

/// A branching unit of a cable (one row of `branching_units.csv`): where three
/// or more of its segments meet at sea.
public struct BranchingUnit: Hashable, Sendable {
  /// `<cable id>/bu<n>`, e.g. `"equiano/bu3"`.
  public var id: String
  /// Index into `Dataset.cables`.
  public var cableIndex: RowIndex<Cable>
  public var location: GeoPoint

  /// Creates the value from its fields (`cableIndex` valid for `Dataset.cables`).
  public init(id: String, cableIndex: RowIndex<Cable>, location: GeoPoint) {
    self.id = id
    self.cableIndex = cableIndex
    self.location = location
  }
}

/// One end of a cable segment: a landing point or a branching unit.
public enum SegmentEnd: Hashable, Sendable {
  /// Index into `Dataset.landingPoints`.
  case landingPoint(RowIndex<LandingPoint>)
  /// Index into `Dataset.branchingUnits`.
  case branchingUnit(RowIndex<BranchingUnit>)
}

/// One segment of a cable (one row of `cable_segments.csv`): the stretch of
/// the system between two of its nodes, inferred from the route geometry.
public struct CableSegment: Hashable, Sendable {
  /// Index into `Dataset.cables`.
  public var cableIndex: RowIndex<Cable>
  /// The segment's number within its cable, from 1.
  public var number: Int
  public var from: SegmentEnd
  public var to: SegmentEnd
  /// Length along the drawn route, km (0 between two landing points that
  /// share a node).
  public var lengthKilometres: Double
  /// The drawn route from `from` to `to`, simplified as in `cable_routes.csv`;
  /// empty when unknown (a zero-length segment, or a dataset without the
  /// `path` column).
  public var route: [GeoPoint]

  /// Creates the value from its fields (indices valid for the `Dataset`
  /// arrays they point into; `Dataset.load(from:)` guarantees that).
  public init(
    cableIndex: RowIndex<Cable>, number: Int, from: SegmentEnd, to: SegmentEnd, lengthKilometres: Double, route: [GeoPoint] = []
  ) {
    self.cableIndex = cableIndex
    self.number = number
    self.from = from
    self.to = to
    self.lengthKilometres = lengthKilometres
    self.route = route
  }
}

extension CableSegment {
  /// Whether one end of the segment is landing point `point`.
  public func touches(landingPoint point: RowIndex<LandingPoint>) -> Bool {
    from == .landingPoint(point) || to == .landingPoint(point)
  }
}
