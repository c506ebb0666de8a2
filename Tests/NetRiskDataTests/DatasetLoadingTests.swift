// Loading the small fixture dataset, and the malformed-input corpus with its
// exact expected errors.
import Foundation
import Testing
@testable import NetRiskData

@Test func goodFixtureLoadsWithDenseIndices() throws {
  let dataset = try Dataset.load(from: Fixtures.path("good"))
  #expect(dataset.countries.map(\.code) == ["AQ", "CH", "CN", "FJ", "GB", "HK", "NZ", "TO", "US"])
  let tonga = try #require(dataset.countryIndex("TO"))
  #expect(dataset.countries[tonga].name == "Tonga")
  #expect(dataset.countries[tonga].registry == .apnic)
  #expect(dataset.countries[tonga].centroid == GeoPoint(latitude: -21.159272, longitude: -175.204159))

  let tongaPoints = dataset.countries[tonga].landingPointIndices
  #expect(tongaPoints.map { dataset.landingPoints[$0].id } == ["nukualofa-tonga"])
  let tongaCables = tongaPoints.flatMap { dataset.landingPoints[$0].cableIndices }
  #expect(tongaCables.map { dataset.cables[$0].name } == ["Tonga Cable"])

  let cable = try #require(dataset.cableIndex("tonga-cable"))
  #expect(dataset.cables[cable].landingPointIndices.map { dataset.landingPoints[$0].id } == ["nukualofa-tonga", "suva-fiji"])
  #expect(dataset.cables[cable].lengthKilometres == 827)
  #expect(dataset.cables[cable].readyForServiceYear == 2013)
  #expect(dataset.cables[cable].capacityTbps == nil)
  #expect(dataset.cables[cable].routeSegmentIndices.map { dataset.cableRouteSegments[$0].segment } == [0, 1])
  #expect(dataset.cableRouteSegments[dataset.cables[cable].routeSegmentIndices[1]].points
    == [GeoPoint(latitude: -19.3054, longitude: 180), GeoPoint(latitude: -18.1238, longitude: 178.4374)])

  let hongKong = try #require(dataset.countryIndex("HK"))
  let china = try #require(dataset.countryIndex("CN"))
  #expect(dataset.countries[hongKong].neighbourIndices == [china])
  #expect(dataset.countries[china].neighbourIndices == [hongKong])
  #expect(dataset.countries[hongKong].rootInstanceIndices.map { dataset.rootInstances[$0].id } == ["f-hk-hong-kong-1"])
  #expect(dataset.countries[hongKong].powerIndex.map { dataset.power[$0].generationPercent[.coal] } == 59.106)
  #expect(dataset.countries[hongKong].rirAllocationIndex.map { dataset.rirAllocations[$0].asnsByRegistry }
    == [.apnic: 1152, .ripencc: 91])

  let hkix = try #require(dataset.internetExchangeIndex(10))
  #expect(dataset.internetExchanges[hkix].facilityIndices.map { dataset.facilities[$0].id } == [1])
  let facility = try #require(dataset.facilityIndex(1))
  #expect(dataset.facilities[facility].internetExchangeIndices == [hkix])
  #expect(dataset.facilities[try #require(dataset.facilityIndex(2))].location == nil)

  let letterF = try #require(dataset.rootOperatorIndex(letter: "F"))
  #expect(dataset.rootOperators[letterF].rootInstanceIndices.count == 2)
  #expect(dataset.countries[try #require(dataset.countryIndex("CH"))].isLandlocked)
  #expect(dataset.countries[try #require(dataset.countryIndex("AQ"))].region == nil)

  let shetland = try #require(dataset.regionIndex("GB-ZET"))
  #expect(dataset.regions[shetland].countryIndex == dataset.countryIndex("GB"))
  #expect(dataset.regions[shetland].landingPointIndices.map { dataset.landingPoints[$0].id } == ["sandwick-united-kingdom"])
  #expect(dataset.regions[shetland].population == 22900 && dataset.regions[shetland].populationYear == 2022)
  #expect(!dataset.regions[shetland].hasLandLink)
  #expect(dataset.regionIndex("GB") == nil)
}

/// ISO 3166-2 codes: two capitals, a hyphen, one to three capitals or digits.
@Test func subdivisionCodesHaveTheISOForm() {
  for code in ["GB-ZET", "PT-20", "FR-20R", "US-AK", "ES-CN", "GQ-AN", "X1-A"] where code != "X1-A" {
    #expect(Region.isSubdivisionCode(code), "\(code)")
  }
  for code in ["GB", "GBZET", "gb-zet", "GB-", "GB-ZETX", "G-ZET", "X1-A", "GB_ZET", "GB-Z T", ""] {
    #expect(!Region.isSubdivisionCode(code), "\(code)")
  }
}

@Test func summaryCountsFlaggedRows() throws {
  let summary = try Dataset.load(from: Fixtures.path("good")).loadSummary
  #expect(summary.description == """
    countries              9  (1 landlocked)
    borders                1
    landing points         7  (1 platforms)
    cables                 4  (1 planned, 3 active)
    cable landings         9
    cable route segments   3  (7 points)
    facilities             2  (1 without location)
    IXPs                   2
    IXP facility links     1
    root operators         2
    root instances         3  (1 local, 2 global)
    RIR allocations        3
    power profiles         2
    cable segments         5  (3 cables)
    branching units        1
    autonomous systems     5
    AS presences           7  (AS x country)
    AS transit links       5
    owner jurisdictions    3  (2 cables with a mapped owner)
    country outline rings  3  (2 countries)
    regions                1  (1 landing points in them)
    backbone networks      1  (1 countries)
    backbone nodes         4  (1 border posts)
    backbone spans         3  (1 proposed)
    backbone landings      1  (landing points tied to a node)
    backbone hubs          1  (population centres)
    """)
}

@Test func crlfLineEndingsAndByteOrderMarksLoadTheSame() throws {
  let directory = try Fixtures.scratchDirectory("crlf")
  defer { try? FileManager.default.removeItem(at: directory) }
  for file in DatasetFile.allCases {
    let text = try String(contentsOfFile: Fixtures.path("good/" + file.rawValue), encoding: .utf8)
    let converted = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")
    try converted.write(to: directory.appendingPathComponent(file.rawValue), atomically: false, encoding: .utf8)
  }
  let original = try Dataset.load(from: Fixtures.path("good"))
  let converted = try Dataset.load(from: directory.path)
  #expect(converted.loadSummary == original.loadSummary)
  #expect(converted.countries == original.countries)
  #expect(converted.cables == original.cables)
}

@Test func missingDirectoryIsOneProblem() {
  #expect {
    try Dataset.load(from: "/nonexistent/netrisk-dataset")
  } throws: { error in
    guard let failure = error as? DatasetValidationFailure else { return false }
    return failure.problems == [.missingDirectory("/nonexistent/netrisk-dataset")]
      && failure.description == "1 problem in dataset /nonexistent/netrisk-dataset:\n"
        + "/nonexistent/netrisk-dataset: dataset directory not found"
  }
}

/// The bad-input corpus is found: a wrong path would otherwise run no case and pass.
@Test func badInputCorpusIsFound() {
  #expect(Fixtures.badCases.count >= 19, "found \(Fixtures.badCases.count) cases under \(Fixtures.path("bad"))")
}

/// Each `Fixtures/bad/<case>` gives exactly the failure in its `expected.txt`
/// (the scratch directory's path shown as `<dataset>`). Set
/// `NETRISK_RECORD_FIXTURES=1` to write the files afresh, then review them.
@Test(arguments: Fixtures.badCases)
func malformedDatasetGivesExactlyTheExpectedErrors(name: String) throws {
  let directory = try Fixtures.dataset(overlaying: name)
  defer { try? FileManager.default.removeItem(at: directory) }
  var message = "loaded without problems"
  do {
    _ = try Dataset.load(from: directory.path)
  } catch {
    message = error.description.replacingOccurrences(of: directory.path, with: "<dataset>") + "\n"
  }
  let expectedPath = Fixtures.path("bad/\(name)/expected.txt")
  if ProcessInfo.processInfo.environment["NETRISK_RECORD_FIXTURES"] != nil {
    try message.write(toFile: expectedPath, atomically: false, encoding: .utf8)
  }
  let expected = try String(contentsOfFile: expectedPath, encoding: .utf8)
  #expect(message == expected, "case \(name)")
}

/// Splitting the regions off: Shetland becomes a country with its landing
/// point, its population comes off the United Kingdom's, it gets a copy of
/// its country's power profile, and splitting again changes nothing.
@Test func regionsSplitOffAsCountries() throws {
  let dataset = try Dataset.load(from: Fixtures.path("good"))
  let split = dataset.splittingRegions()
  #expect(split.countries.count == dataset.countries.count + 1 && split.regions.isEmpty)
  let shetland = try #require(split.countryIndex("GB-ZET"))
  let britain = try #require(split.countryIndex("GB"))
  let sandwick = try #require(split.landingPointIndex("sandwick-united-kingdom"))
  #expect(split.countries[shetland].landingPointIndices == [sandwick])
  #expect(split.landingPoints[sandwick].countryIndex == shetland)
  #expect(!split.countries[britain].landingPointIndices.contains(sandwick))
  #expect(split.countries[britain].landingPointIndices.count == dataset.countries[britain].landingPointIndices.count - 1)
  #expect(split.countries[shetland].population == 22900)
  #expect(split.countries[britain].population == dataset.countries[britain].population.map { $0 - 22900 })
  #expect(split.countries[shetland].internetUsersPercent == dataset.countries[britain].internetUsersPercent)
  if let power = dataset.countries[britain].powerIndex {
    let copy = try #require(split.countries[shetland].powerIndex)
    #expect(copy != power && split.power[copy].countryIndex == shetland)
  }
  #expect(try split.resolveCountry("gb-zet") == shetland)
  #expect(split.splittingRegions().countries.count == split.countries.count)
}
