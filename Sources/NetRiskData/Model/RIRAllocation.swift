// Internet number resources delegated to holders in one country.

/// Number resources delegated to holders in one country (one row of
/// `rir_allocations.csv`), by all five RIRs together.
public struct RIRAllocation: Hashable, Sendable {
  /// Index into `Dataset.countries`.
  public var countryIndex: RowIndex<Country>
  /// The RIR serving the country (the same as its country's `registry`).
  public var registry: RegionalRegistry?
  /// IPv4 addresses delegated (allocated or assigned).
  public var ipv4Addresses: Int
  /// IPv6 space delegated, in /32 equivalents (a /48 is 1/65536).
  public var ipv6Slash32: Double
  /// AS numbers delegated, by all RIRs.
  public var asns: Int
  /// AS numbers delegated, per RIR.
  public var asnsByRegistry: [RegionalRegistry: Int]

  /// Creates the value from its fields. Index fields must be valid for the
  /// `Dataset` arrays they point into; `Dataset.load(from:)` guarantees that.
  public init(
    countryIndex: RowIndex<Country>, registry: RegionalRegistry?, ipv4Addresses: Int, ipv6Slash32: Double, asns: Int,
    asnsByRegistry: [RegionalRegistry: Int]
  ) {
    self.countryIndex = countryIndex
    self.registry = registry
    self.ipv4Addresses = ipv4Addresses
    self.ipv6Slash32 = ipv6Slash32
    self.asns = asns
    self.asnsByRegistry = asnsByRegistry
  }
}
