// What a planner can build: additions to the dependency graph.

/// An investment, as a change to the dependency graph. Indices are the
/// dataset's (country, landing point).
public enum Investment: Hashable, Sendable {
  /// A new cable from a new landing station in `country` to an existing
  /// landing point elsewhere.
  case cable(country: Int, to: Int, lengthKm: Double, tbps: Double, name: String)
  /// A second landing station in the country of landing point `existing`,
  /// joined to every cable that lands at `existing` (an alternate termination).
  case landingStation(existing: Int, name: String)
  /// A new terrestrial link across the border of two countries.
  case borderLink(Int, Int, tbps: Double)
  /// A local instance (anycast node) of a root letter in a country.
  case rootInstance(letter: String, country: Int)
  /// Backup power at a landing point: its autonomy becomes `hours`.
  case backupPower(landingPoint: Int, hours: Double)
  /// A new Internet exchange point in a country.
  case exchange(country: Int)
}
