// An Internet exchange point (IXP).

/// An Internet exchange point (one row of `ixps.csv`), from PeeringDB.
public struct InternetExchange: Hashable, Sendable {
  /// PeeringDB `ix` id.
  public var id: Int
  public var name: String
  /// Index into `Dataset.countries`.
  public var countryIndex: RowIndex<Country>
  public var city: String
  /// Networks connected to it (PeeringDB `net_count`).
  public var memberNetworks: Int
  /// Facilities it is present in (PeeringDB `fac_count`).
  public var facilityCount: Int
  /// Indices into `Dataset.facilities` (from `ixp_facilities.csv`), ascending.
  public internal(set) var facilityIndices: [RowIndex<Facility>] = []

  /// Creates the value from its fields. Index fields must be valid for the
  /// `Dataset` arrays they point into; `Dataset.load(from:)` guarantees that.
  public init(id: Int, name: String, countryIndex: RowIndex<Country>, city: String, memberNetworks: Int, facilityCount: Int) {
    self.id = id
    self.name = name
    self.countryIndex = countryIndex
    self.city = city
    self.memberNetworks = memberNetworks
    self.facilityCount = facilityCount
  }
}
