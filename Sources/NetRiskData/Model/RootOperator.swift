// The operator of one DNS root letter, and its legal seat.

/// The operator of one root letter (one row of `root_operators.csv`). Two
/// letters may share an operator (Verisign runs A and J).
public struct RootOperator: Hashable, Sendable {
  /// Root letter, `"A"` to `"M"`.
  public var letter: String
  public var name: String
  /// Index into `Dataset.countries` of the operator's legal seat.
  public var seatCountryIndex: RowIndex<Country>
  /// Where the seat comes from.
  public var source: String
  /// Indices into `Dataset.rootInstances` of the letter's sites, ascending.
  public internal(set) var rootInstanceIndices: [RowIndex<RootInstance>] = []

  /// The thirteen root letters.
  public static let letters: [String] = ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M"]

  /// Creates the value from its fields. Index fields must be valid for the
  /// `Dataset` arrays they point into; `Dataset.load(from:)` guarantees that.
  public init(letter: String, name: String, seatCountryIndex: RowIndex<Country>, source: String) {
    self.letter = letter
    self.name = name
    self.seatCountryIndex = seatCountryIndex
    self.source = source
  }
}
