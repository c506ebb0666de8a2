// A part of a country that hangs on its own cables: an island group, an
// exclave, a remote state.

/// One row of `regions.csv`: a region below the country level, named by its
/// ISO 3166-2 subdivision code (`GB-ZET` for Shetland), with the landing
/// points that lie in it, its population and whether a land link joins it
/// to the rest of its country. Hand-made and sourced
/// (`Datasets/import/regions.csv`); the landing points are the dataset's,
/// so a region's cables are the ones that land there.
public struct Region: Hashable, Sendable {
  /// ISO 3166-2 code: the country's alpha-2 code, a hyphen, one to three
  /// capital letters or digits.
  public var code: String
  public var name: String
  public var countryIndex: RowIndex<Country>
  public var population: Int
  public var populationYear: Int
  /// Whether a terrestrial link joins it to the rest of its country.
  public var hasLandLink: Bool
  /// Its landing points, in the order of `regions.csv` (sorted by id).
  public var landingPointIndices: [RowIndex<LandingPoint>]
  /// Where the population figure comes from (URL and what it says).
  public var populationSource: String

  public init(
    code: String, name: String, countryIndex: RowIndex<Country>, population: Int, populationYear: Int, hasLandLink: Bool,
    landingPointIndices: [RowIndex<LandingPoint>], populationSource: String
  ) {
    self.code = code
    self.name = name
    self.countryIndex = countryIndex
    self.population = population
    self.populationYear = populationYear
    self.hasLandLink = hasLandLink
    self.landingPointIndices = landingPointIndices
    self.populationSource = populationSource
  }

  /// Whether `code` has the form of an ISO 3166-2 subdivision code: two
  /// capital letters, a hyphen, then one to three capital letters or digits.
  public static func isSubdivisionCode(_ code: String) -> Bool {
    let bytes = Array(code.utf8)
    guard (4 ... 6).contains(bytes.count), bytes[2] == UInt8(ascii: "-") else { return false }
    let capital = { (byte: UInt8) in byte >= 0x41 && byte <= 0x5A }
    let digit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
    return bytes[0 ..< 2].allSatisfy(capital) && bytes[3...].allSatisfy { capital($0) || digit($0) }
  }
}
