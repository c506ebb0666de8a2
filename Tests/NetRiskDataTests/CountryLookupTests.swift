// One rule for the countries a user names: codes, names and aliases.
import Testing
@testable import NetRiskData

@Suite struct CountryLookupTests {
  static let world = try? Dataset.load(from: Dataset.defaultDirectory)

  @Test(arguments: [
    ("TO", "TO"), ("to", "TO"), ("TON", "TO"), ("ton", "TO"), ("Tonga", "TO"), ("  tonga ", "TO"),
    ("CIV", "CI"), ("Côte d’Ivoire", "CI"), ("Cote d'Ivoire", "CI"), ("COTE DIVOIRE", "CI"), ("Ivory Coast", "CI"),
    ("Saint Helena", "SH"), ("St. Helena", "SH"), ("Antigua and Barbuda", "AG"), ("antigua & barbuda", "AG"),
    ("Sao Tome and Principe", "ST"), ("Burma", "MM"), ("UK", "GB"), ("USA", "US"), ("Türkiye", "TR"), ("Turkey", "TR"),
    ("DRC", "CD"), ("Czech Republic", "CZ"), ("Vatican", "VA"),
  ])
  func resolves(text: String, code: String) throws {
    let world = try #require(Self.world)
    #expect(world.countries[try world.resolveCountry(text)].code == code, "'\(text)'")
  }

  @Test func unknownNamesSuggestTheClosest() throws {
    let world = try #require(Self.world)
    #expect(throws: UnknownCountryError(text: "Tonag", suggestion: "Tonga")) { try world.resolveCountry("Tonag") }
    #expect(throws: UnknownCountryError(text: "XX", suggestion: "AX")) { try world.resolveCountry("XX") }
    #expect(throws: UnknownCountryError(text: "Atlantis", suggestion: nil)) { try world.resolveCountry("Atlantis") }
    #expect(throws: UnknownCountryError(text: " ", suggestion: nil)) { try world.resolveCountry(" ") }
    #expect(try world.resolveCountries(["TO,FJ", "Samoa"]).map { world.countries[$0].code } == ["TO", "FJ", "WS"])
  }
}
