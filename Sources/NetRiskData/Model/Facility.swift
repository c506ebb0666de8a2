// A colocation facility or data centre.

/// A colocation facility (one row of `facilities.csv`), from PeeringDB.
public struct Facility: Hashable, Sendable {
  /// PeeringDB `fac` id.
  public var id: Int
  public var name: String
  /// The organisation running it, when known.
  public var operatorName: String?
  /// Index into `Dataset.countries`.
  public var countryIndex: RowIndex<Country>
  public var city: String
  /// Position, when PeeringDB geocoded it.
  public var location: GeoPoint?
  /// Networks present in it, when known.
  public var networkCount: Int?
  /// Indices into `Dataset.internetExchanges` of the IXPs present in it, ascending.
  public internal(set) var internetExchangeIndices: [RowIndex<InternetExchange>] = []

  /// Creates the value from its fields. Index fields must be valid for the
  /// `Dataset` arrays they point into; `Dataset.load(from:)` guarantees that.
  public init(
    id: Int, name: String, operatorName: String?, countryIndex: RowIndex<Country>, city: String, location: GeoPoint?,
    networkCount: Int?
  ) {
    self.id = id
    self.name = name
    self.operatorName = operatorName
    self.countryIndex = countryIndex
    self.city = city
    self.location = location
    self.networkCount = networkCount
  }
}
