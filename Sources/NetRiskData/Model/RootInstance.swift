// A DNS root server anycast site.

/// A DNS root server site (one row of `root_instances.csv`).
public struct RootInstance: Hashable, Sendable {
  /// Whom the site answers.
  public enum Scope: String, Hashable, Sendable, CaseIterable {
    /// Announced globally: anyone may be routed to it.
    case global
    /// Announced to a local region or IXP only.
    case local
  }

  /// Constructed id: letter, country, town and a number, e.g. `"a-se-stockholm-1"`.
  public var id: String
  /// Root letter, `"A"` to `"M"`.
  public var letter: String
  /// Index into `Dataset.rootOperators` of the letter's operator.
  public var operatorIndex: RowIndex<RootOperator>
  /// Town of the site, as root-servers.org names it.
  public var site: String
  /// Index into `Dataset.countries`.
  public var countryIndex: RowIndex<Country>
  public var location: GeoPoint
  public var scope: Scope
  /// Servers at the site.
  public var instances: Int

  /// Creates the value from its fields. Index fields must be valid for the
  /// `Dataset` arrays they point into; `Dataset.load(from:)` guarantees that.
  public init(
    id: String, letter: String, operatorIndex: RowIndex<RootOperator>, site: String, countryIndex: RowIndex<Country>, location: GeoPoint,
    scope: Scope, instances: Int
  ) {
    self.id = id
    self.letter = letter
    self.operatorIndex = operatorIndex
    self.site = site
    self.countryIndex = countryIndex
    self.location = location
    self.scope = scope
    self.instances = instances
  }
}
