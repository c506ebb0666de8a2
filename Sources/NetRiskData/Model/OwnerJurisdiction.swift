// The jurisdiction a cable owner answers to.

/// One row of `owner_jurisdictions.csv`: a cable owner as the cables name
/// it, the country whose law it answers to (its headquarters), and where
/// that comes from. Hand-made (`Datasets/import/owner-jurisdictions.csv`).
public struct OwnerJurisdiction: Hashable, Sendable {
  public var owner: String
  public var countryIndex: RowIndex<Country>
  public var source: String

  public init(owner: String, countryIndex: RowIndex<Country>, source: String) {
    self.owner = owner
    self.countryIndex = countryIndex
    self.source = source
  }
}
