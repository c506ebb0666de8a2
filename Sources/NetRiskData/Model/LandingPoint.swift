// A place where submarine cables come ashore (or an offshore platform).

/// A cable landing point (one row of `landing_points.csv`).
public struct LandingPoint: Hashable, Sendable {
  /// What kind of place the landing point is.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A landing station on the shore.
    case shore
    /// An offshore oil or gas platform: it carries no national traffic.
    case platform
  }

  /// TeleGeography id, e.g. `"nukualofa-tonga"`.
  public var id: String
  public var name: String
  /// Index into `Dataset.countries`.
  public var countryIndex: RowIndex<Country>
  public var location: GeoPoint
  public var kind: Kind
  /// Indices into `Dataset.cables` of the cables landing here, ascending.
  public internal(set) var cableIndices: [RowIndex<Cable>] = []

  /// Creates the value from its fields. Index fields must be valid for the
  /// `Dataset` arrays they point into; `Dataset.load(from:)` guarantees that.
  public init(id: String, name: String, countryIndex: RowIndex<Country>, location: GeoPoint, kind: Kind) {
    self.id = id
    self.name = name
    self.countryIndex = countryIndex
    self.location = location
    self.kind = kind
  }
}
