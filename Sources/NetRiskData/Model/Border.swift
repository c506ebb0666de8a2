// A land border between two countries.

/// A land border (one row of `borders.csv`): each unordered pair once, with
/// `countryAIndex < countryBIndex` by code order.
public struct Border: Hashable, Sendable {
  /// Indices into `Dataset.countries`.
  public var countryAIndex: RowIndex<Country>
  public var countryBIndex: RowIndex<Country>

  /// Creates the value from its fields. Index fields must be valid for the
  /// `Dataset` arrays they point into; `Dataset.load(from:)` guarantees that.
  public init(countryAIndex: RowIndex<Country>, countryBIndex: RowIndex<Country>) {
    self.countryAIndex = countryAIndex
    self.countryBIndex = countryBIndex
  }
}
