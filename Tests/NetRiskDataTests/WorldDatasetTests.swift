// Facts about the committed world dataset (Datasets/) that a reader can check
// in the sources. These run on any clone; the checks against the raw dumps
// themselves are in RawDumpTests.swift and need ../shared/data/raw.
import Foundation
import Testing
@testable import NetRiskData

enum World {
  static let directory = Fixtures.repository.appendingPathComponent("Datasets").path

  static func load() throws -> Dataset { try Dataset.load(from: directory) }

  static func report() throws -> ImportReport {
    let url = URL(fileURLWithPath: directory).appendingPathComponent(DatasetImporter.summaryFileName)
    return try JSONDecoder().decode(ImportReport.self, from: Data(contentsOf: url))
  }
}

@Test func worldDatasetHoldsWhatTheDumpHeldMinusReportedSkips() throws {
  let world = try World.load()
  let report = try World.report()
  let rawCables = try #require(report.rawCounts["telegeography.cable_files"])
  let rawActive = try #require(report.rawCounts["telegeography.cables_active_in_dump"])
  let rawLandingPoints = try #require(report.rawCounts["telegeography.landing_point_files"])
  let futureCables = report.notes
    .filter { $0.entity == "cables" && $0.kind == .flagged && $0.reason.hasPrefix("ready-for-service year after") }
    .reduce(0) { $0 + $1.count }
  let skippedCables = report.count(.skipped, entity: "cables")
  #expect(skippedCables == 0, "cables are never dropped, only flagged")
  #expect(world.cables.count == rawCables - skippedCables)
  #expect(world.cables.count { !$0.isPlanned } == rawActive - futureCables)
  let onlyInCables = try #require(report.rawCounts["telegeography.landing_points_only_in_cable_files"])
  #expect(world.landingPoints.count
    == rawLandingPoints + onlyInCables - report.count(.skipped, entity: "landing_points"))

  let counts: [DatasetFile: Int] = [
    .countries: world.countries.count, .borders: world.borders.count, .landingPoints: world.landingPoints.count,
    .cables: world.cables.count, .cableLandings: world.cableLandings.count,
    .cableRoutes: world.cableRouteSegments.count, .facilities: world.facilities.count,
    .internetExchanges: world.internetExchanges.count,
    .internetExchangeFacilities: world.loadSummary.internetExchangeFacilityLinks,
    .rootOperators: world.rootOperators.count, .rootInstances: world.rootInstances.count,
    .rirAllocations: world.rirAllocations.count, .power: world.power.count,
    .autonomousSystems: world.autonomousSystems.count,
    .autonomousSystemCountries: world.autonomousSystemPresences.count,
    .autonomousSystemTransit: world.loadSummary.autonomousSystemTransitLinks,
    .branchingUnits: world.branchingUnits.count, .cableSegments: world.cableSegments.count,
    .ownerJurisdictions: world.ownerJurisdictions.count, .countryOutlines: world.loadSummary.outlineRings,
    .regions: world.regions.count,
    .backboneNetworks: world.backboneNetworks.count, .backboneNodes: world.backboneNodes.count,
    .backboneSpans: world.backboneSpans.count, .backboneLandings: world.backboneLandings.count,
    .backboneHubs: world.backboneHubs.count,
  ]
  for file in DatasetFile.allCases {
    #expect(report.rows[file.rawValue] == counts[file], "\(file.rawValue)")
  }
}

@Test func tongasOnlyInternationalCableIsTheTongaCableToFiji() throws {
  let world = try World.load()
  let tonga = try #require(world.countryIndex("TO"))
  let cables = Set(world.countries[tonga].landingPointIndices.flatMap { world.landingPoints[$0].cableIndices })
  let international = cables.filter { cable in
    Set(world.cables[cable].landingPointIndices.map { world.landingPoints[$0].countryIndex }).count > 1
  }
  #expect(international.map { world.cables[$0].name } == ["Tonga Cable"])
  let cable = try #require(international.first)
  let countries = Set(world.cables[cable].landingPointIndices.map { world.countries[world.landingPoints[$0].countryIndex].code })
  #expect(countries == ["FJ", "TO"])
  #expect(!world.cables[cable].isPlanned)
}

@Test func everyLandingCountryIsACountryAndNoLandlockedCountryHasALanding() throws {
  let world = try World.load()
  let codes = Set(world.countries.map(\.code))
  for point in world.landingPoints {
    #expect(codes.contains(world.countries[point.countryIndex].code), "\(point.id)")
    #expect(!world.countries[point.countryIndex].isLandlocked, "\(point.id) lies in a landlocked country")
  }
  #expect(world.countries.count { $0.isLandlocked } == 44)
}

@Test func territoriesFiledUnderTheirSovereignGetTheirOwnCodes() throws {
  let world = try World.load()
  func code(_ id: String) -> String? {
    world.landingPointIndex(id).map { world.countries[world.landingPoints[$0].countryIndex].code }
  }
  let hongKong = [
    "cape-daguilar-china", "chai-wan-china", "chung-hom-kok-china", "deep-water-bay-china", "hong-kong-china",
    "lantau-island-china", "tong-fuk-china", "tseung-kwan-o-china",
  ]
  for id in hongKong { #expect(code(id) == "HK", "\(id)") }
  #expect(code("taipa-china") == "MO")
  for id in ["condado-beach-pr-united-states", "isla-verde-pr-united-states", "miramar-pr-united-states",
             "ponce-pr-united-states", "punta-salina-pr-united-states", "san-juan-pr-united-states"] {
    #expect(code(id) == "PR", "\(id)")
  }
  #expect(code("magens-bay-vi-united-states") == "VI")
  #expect(code("kralendijk-bonaire-netherlands") == "BQ")
  #expect(code("longyearbyen-svalbard-norway") == "SJ")
  #expect(code("mariehamn-finland") == "AX")
  // No landing point left in China lies inside Hong Kong's bounding box.
  for point in world.landingPoints where world.countries[point.countryIndex].code == "CN" {
    let inHongKong = (22.15...22.57).contains(point.location.latitude) && (113.83...114.44).contains(point.location.longitude)
    #expect(!inHongKong, "\(point.id) looks like Hong Kong")
  }
  // Mainland landings stay in China.
  #expect(code("shanghai-china") == "CN")
  #expect(code("zhuhai-china") == "CN")
}

@Test func platformsAreFlaggedNotCountedAsShore() throws {
  let world = try World.load()
  let platforms = Set(world.landingPoints.filter { $0.kind == .platform }.map(\.id))
  #expect(platforms.isSuperset(of: [
    "bp-clair-ridge-united-kingdom", "soroosh-platform-iran", "south-arne-denmark", "tyra-denmark",
    "totalenergies-tyra-denmark", "totalenergies-halfdan-denmark",
  ]))
  #expect(platforms.count == world.loadSummary.platformLandingPoints)
}

@Test func rootOperatorsAndTheirSeats() throws {
  let world = try World.load()
  let seats = world.rootOperators.map { "\($0.letter):\(world.countries[$0.seatCountryIndex].code)" }
  #expect(seats == ["A:US", "B:US", "C:US", "D:US", "E:US", "F:US", "G:US", "H:US", "I:SE", "J:US", "K:NL", "L:US", "M:JP"])
  #expect(world.rootInstances.count == 1584)
  #expect(Set(world.rootInstances.map(\.id)).count == world.rootInstances.count)
}

@Test func plannedCablesAreKeptAndFlagged() throws {
  let world = try World.load()
  let report = try World.report()
  let plannedInDump = try #require(report.rawCounts["telegeography.cables_planned_in_dump"])
  #expect(world.cables.count(where: \.isPlanned) >= plannedInDump)
  #expect(world.cables.contains { $0.id == "2africa" && $0.isPlanned })
}

@Test func defaultDirectoryPrefersTheEnvironmentThenTheCurrentDirectory() throws {
  #expect(Dataset.defaultDirectory(environment: ["NETRISK_DATASET": "/data/x"], currentDirectory: "/") == "/data/x")
  let clone = Fixtures.repository.path
  #expect(Dataset.defaultDirectory(environment: [:], currentDirectory: clone) == clone + "/Datasets")
  let elsewhere = try Fixtures.scratchDirectory("cwd")
  defer { try? FileManager.default.removeItem(at: elsewhere) }
  #expect(Dataset.defaultDirectory(environment: ["NETRISK_DATASET": ""], currentDirectory: elsewhere.path)
    == Dataset.repositoryDatasetsDirectory)
  #expect(Dataset.repositoryDatasetsDirectory == clone + "/Datasets")
}

/// The shipped regions: thirty, each landing point in its region's country,
/// none in two; Shetland holds the SHEFA-2 landings that the Shetland
/// incident cuts off (Maywick) and Matsu the four of the Matsu incident.
@Test func regionsHoldTheirIslandsLandingPoints() throws {
  let world = try World.load()
  #expect(world.regions.count == 30)
  var seen: Set<RowIndex<LandingPoint>> = []
  for region in world.regions {
    #expect(!region.landingPointIndices.isEmpty, "\(region.code)")
    for point in region.landingPointIndices {
      #expect(world.landingPoints[point].countryIndex == region.countryIndex, "\(region.code)")
      #expect(seen.insert(point).inserted, "\(region.code)")
    }
  }
  func points(_ code: String) throws -> Set<String> {
    let region = try #require(world.regionIndex(code))
    return Set(world.regions[region].landingPointIndices.map { world.landingPoints[$0].id })
  }
  #expect(try points("GB-ZET").isSuperset(of: ["maywick-united-kingdom", "sandwick-united-kingdom"]))
  #expect(try points("TW-LIE") == ["nangan-taiwan", "beigan-taiwan", "dongyin-taiwan", "xiju-taiwan"])
}
