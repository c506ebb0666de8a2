// What a planner can build: additions to the dependency graph.
import NetRiskData

/// An investment, as a change to the dependency graph. Indices are the
/// dataset's (country, landing point).
public enum Investment: Hashable, Sendable {
  /// A new cable from a new landing station in `country` to an existing
  /// landing point elsewhere.
  case cable(country: RowIndex<Country>, to: RowIndex<LandingPoint>, lengthKm: Double, tbps: Double, name: String)
  /// A second landing station in the country of landing point `existing`,
  /// joined to every cable that lands at `existing` (an alternate termination).
  case landingStation(existing: RowIndex<LandingPoint>, name: String)
  /// A new terrestrial link across the border of two countries.
  case borderLink(RowIndex<Country>, RowIndex<Country>, tbps: Double)
  /// A local instance (anycast node) of a root letter in a country.
  case rootInstance(letter: String, country: RowIndex<Country>)
  /// Backup power at a landing point: its autonomy becomes `hours`.
  case backupPower(landingPoint: RowIndex<LandingPoint>, hours: Double)
  /// A new Internet exchange point in a country.
  case exchange(country: RowIndex<Country>)
}
