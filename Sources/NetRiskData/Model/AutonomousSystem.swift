// An autonomous system (a network under one routing policy) and where its
// address space is seen.

/// One autonomous system of `autonomous_systems.csv`: its number, the country
/// where most of its address space is seen, and the networks it buys transit
/// from (`as_transit.csv`).
public struct AutonomousSystem: Hashable, Sendable {
  /// The AS number.
  public var asn: Int
  /// Index into `Dataset.countries` of the country holding the largest share
  /// of its geolocated IPv4 space (its home), or nil when none is known.
  public var homeCountryIndex: RowIndex<Country>?
  /// Its geolocated IPv4 addresses, all countries together.
  public var addresses: Int
  /// Indices into `Dataset.autonomousSystems` of its transit providers,
  /// ascending.
  public internal(set) var providerIndices: [RowIndex<AutonomousSystem>] = []

  /// Creates the value from its fields. Index fields must be valid for the
  /// `Dataset` arrays they point into; `Dataset.load(from:)` guarantees that.
  public init(asn: Int, homeCountryIndex: RowIndex<Country>?, addresses: Int, providerIndices: [RowIndex<AutonomousSystem>] = []) {
    self.asn = asn
    self.homeCountryIndex = homeCountryIndex
    self.addresses = addresses
    self.providerIndices = providerIndices
  }
}

/// The IPv4 addresses of one AS seen in one country (one row of
/// `as_countries.csv`).
public struct AutonomousSystemPresence: Hashable, Sendable {
  /// Index into `Dataset.autonomousSystems`.
  public var systemIndex: RowIndex<AutonomousSystem>
  /// Index into `Dataset.countries`.
  public var countryIndex: RowIndex<Country>
  /// Geolocated IPv4 addresses of the AS in the country.
  public var addresses: Int

  /// Creates the value from its fields (indices as for `AutonomousSystem`).
  public init(systemIndex: RowIndex<AutonomousSystem>, countryIndex: RowIndex<Country>, addresses: Int) {
    self.systemIndex = systemIndex
    self.countryIndex = countryIndex
    self.addresses = addresses
  }
}
