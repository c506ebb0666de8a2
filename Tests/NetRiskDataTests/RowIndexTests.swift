// Typed row indices and per-row values: what they index, and that they code
// as the plain arrays they replace.
import Foundation
import Testing
@testable import NetRiskData

@Suite struct RowIndexTests {
  let dataset: Dataset

  init() throws {
    dataset = try World.load()
  }

  /// Every stored reference is typed by the table it points into and valid
  /// there; the per-country lists point back at the country.
  @Test func everyStoredIndexPointsBackAtItsRow() throws {
    for (country, record) in dataset.countries.enumeratedRows {
      for point in record.landingPointIndices { #expect(dataset.landingPoints[point].countryIndex == country) }
      for exchange in record.internetExchangeIndices { #expect(dataset.internetExchanges[exchange].countryIndex == country) }
      for facility in record.facilityIndices { #expect(dataset.facilities[facility].countryIndex == country) }
      for instance in record.rootInstanceIndices { #expect(dataset.rootInstances[instance].countryIndex == country) }
      for neighbour in record.neighbourIndices { #expect(dataset.countries[neighbour].neighbourIndices.contains(country)) }
      if let power = record.powerIndex { #expect(dataset.power[power].countryIndex == country) }
    }
    for (cable, record) in dataset.cables.enumeratedRows {
      for point in record.landingPointIndices { #expect(dataset.landingPoints[point].cableIndices.contains(cable)) }
      for segment in record.segmentIndices { #expect(dataset.cableSegments[segment].cableIndex == cable) }
    }
    let tonga = try #require(dataset.countryIndex("TO"))
    #expect(dataset.countries[tonga].code == "TO")
    #expect(try dataset.resolveCountry("Tonga") == tonga)
  }

  @Test func rowIndicesEnumerateInTableOrder() {
    let rows = ["a", "b", "c"]
    #expect(rows.rowIndices.map(\.position) == [0, 1, 2])
    #expect(rows.enumeratedRows.map { "\($0)\($1)" } == ["0a", "1b", "2c"])
    #expect(rows.firstRowIndex { $0 == "c" } == RowIndex(2))
    #expect(rows.firstRowIndex { $0 == "z" } == nil)
    #expect(rows.nextRowIndex == RowIndex(3))
    #expect(RowIndex<String>(1) < RowIndex(2) && "\(RowIndex<String>(7))" == "7")
    #expect([String]().rowIndices.isEmpty && RowIndices<String>(count: -3).isEmpty)
  }

  @Test func rowValuesReadAndWriteByTypedIndex() throws {
    let rows = ["a", "bb", "ccc"]
    var lengths = rows.mapRows { _, row in row.count }
    #expect(lengths.values == [1, 2, 3] && lengths.count == 3)
    lengths[RowIndex(1)] += 10
    #expect(lengths[RowIndex(1)] == 12 && Array(lengths) == [1, 12, 3])
    #expect(RowValues<String, Int>(repeating: 0, count: 2).values == [0, 0])
    #expect(lengths.rowIndices.map { lengths[$0] } == [1, 12, 3])
  }

  /// A document that held `[Value]` keeps its bytes: the values code as the array.
  @Test func rowValuesCodeAsThePlainArray() throws {
    let values = RowValues<String, Double>([0.5, 2, 3])
    let encoded = try JSONEncoder().encode(values)
    #expect(encoded == (try JSONEncoder().encode([0.5, 2, 3])))
    #expect(try JSONDecoder().decode(RowValues<String, Double>.self, from: encoded) == values)
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(RowValues<String, Double>.self, from: Data("{}".utf8)) }
  }
}
