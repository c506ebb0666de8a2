// Writes small hand-built datasets for tests, so that they go through the
// real loader, and loads the default model with a chosen global core.
import Foundation
import NetRiskData
import Testing
@testable import NetRisk

/// A dataset described in a few lines of Swift and written as the 13 CSV files.
struct WorldBuilder {
  var countries: [(code: String, landlocked: Bool, population: Int)] = []
  var borders: [(String, String)] = []
  /// Cable id, ready-for-service year, and its landing points as (id, country).
  var cables: [(id: String, year: Int, planned: Bool, landings: [(String, String)])] = []
  var rootInstances: [(letter: String, country: String)] = []
  var exchanges: [(country: String, members: Int)] = []
  /// The AS layer, written only when not empty: number, home country ("" for
  /// none), addresses per country, and transit providers.
  var systems: [(asn: Int, home: String, addresses: [(String, Int)], providers: [Int])] = []
  /// National backbones, written only when there are nodes: nodes (a
  /// network is named by its nodes, its country is its first node's), spans
  /// by their end node ids, landing points tied to nodes, and hubs.
  var backboneNodes: [(id: String, network: String, country: String, lat: Double, lon: Double, kind: String, neighbour: String)] = []
  var backboneSpans: [(from: String, to: String)] = []
  var backboneLandings: [(point: String, node: String)] = []
  var backboneHubs: [(country: String, lat: Double, lon: Double)] = []

  mutating func country(_ code: String, landlocked: Bool = false, population: Int = 1000) {
    countries.append((code, landlocked, population))
  }

  mutating func cable(_ id: String, year: Int = 2020, planned: Bool = false, _ landings: (String, String)...) {
    cables.append((id, year, planned, landings))
  }

  /// Writes the dataset into a new temporary directory and loads it.
  func load() throws -> Dataset {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("netrisk-world-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    func write(_ name: String, _ header: String, _ rows: [String]) throws {
      try ([header] + rows).map { $0 + "\n" }.joined().write(toFile: directory + "/" + name, atomically: false, encoding: .utf8)
    }
    try write("countries.csv", "code,alpha3,name,region,subregion,intermediate_region,landlocked,population,population_year,internet_users_pct,internet_users_year,centroid_lat,centroid_lon,rir",
      countries.map { "\($0.code),\($0.code)X,Country \($0.code),Oceania,,,\($0.landlocked),\($0.population),2024,50.000,2023,0.000000,0.000000,apnic" })
    try write("borders.csv", "country_a,country_b", borders.map { "\(min($0.0, $0.1)),\(max($0.0, $0.1))" })
    var points: [String: String] = [:]
    for cable in cables { for (point, country) in cable.landings { points[point] = country } }
    try write("landing_points.csv", "id,name,country,lat,lon,kind",
      points.keys.sorted().map { "\($0),Point \($0),\(points[$0] ?? ""),0.000000,0.000000,shore" })
    try write("cables.csv", "id,name,length_km,rfs_year,planned,owners,capacity_tbps,url",
      cables.map { "\($0.id),Cable \($0.id),3000,\($0.year),\($0.planned),Owner,," })
    try write("cable_landings.csv", "cable_id,landing_point_id,tbd",
      cables.flatMap { cable in cable.landings.map { "\(cable.id),\($0.0),false" } })
    try write("cable_routes.csv", "cable_id,segment,point_count,path", [])
    try write("ixps.csv", "id,name,country,city,member_networks,facility_count",
      exchanges.enumerated().map { "\($0.offset + 1),IX \($0.offset + 1),\($0.element.country),City,\($0.element.members),0" })
    try write("facilities.csv", "id,name,operator,country,city,lat,lon,network_count", [])
    try write("ixp_facilities.csv", "ixp_id,facility_id", [])
    let letters = Set(rootInstances.map(\.letter)).sorted()
    try write("root_operators.csv", "letter,operator,seat_country,source",
      letters.map { "\($0),Operator \($0),\(countries.first?.code ?? ""),test" })
    try write("root_instances.csv", "id,letter,operator,site,country,lat,lon,scope,instances",
      rootInstances.enumerated().map { "r\($0.offset),\($0.element.letter),Operator \($0.element.letter),Site,\($0.element.country),0.000000,0.000000,local,1" })
    try write("rir_allocations.csv", "country,rir,ipv4_addresses,ipv6_slash32,asns,asns_afrinic,asns_apnic,asns_arin,asns_lacnic,asns_ripencc", [])
    try write("power.csv", "country,access_pct,access_year,generation_year,coal_pct,gas_pct,oil_pct,nuclear_pct,hydro_pct,wind_pct,solar_pct,bioenergy_pct,other_renewables_pct,net_import_pct,net_import_year,wri_capacity_gw",
      countries.map { "\($0.code),80.000,2023,,,,,,,,,,,,," })
    if !systems.isEmpty {
      try write("autonomous_systems.csv", "asn,home_country,addresses",
        systems.sorted { $0.asn < $1.asn }.map { "\($0.asn),\($0.home),\($0.addresses.reduce(0) { $0 + $1.1 })" })
      try write("as_countries.csv", "asn,country,addresses",
        systems.flatMap { system in system.addresses.map { "\(system.asn),\($0.0),\($0.1)" } })
      try write("as_transit.csv", "provider,customer",
        systems.flatMap { system in system.providers.map { "\($0),\(system.asn)" } })
    }
    if !backboneNodes.isEmpty {
      var networks: [String: String] = [:]
      for node in backboneNodes where networks[node.network] == nil { networks[node.network] = node.country }
      try write("backbone_networks.csv", "id,country,name,snapshot_date,ofds_version,source_folder",
        networks.keys.sorted().map { "\($0),\(networks[$0] ?? ""),Network \($0),2026-01-01,0.4.0,Folder/\($0)" })
      try write("backbone_nodes.csv", "id,network,country,name,lat,lon,kind,neighbour",
        backboneNodes.map { "\($0.id),\($0.network),\($0.country),Node \($0.id),\($0.lat),\($0.lon),\($0.kind),\($0.neighbour)" })
      let network = Dictionary(backboneNodes.map { ($0.id, $0.network) }, uniquingKeysWith: { first, _ in first })
      try write("backbone_spans.csv", "id,network,from,to,length_km,status,name,ends",
        backboneSpans.enumerated().map { "s\($0.offset),\(network[$0.element.from] ?? ""),\($0.element.from),\($0.element.to),100.0,operational,Span,declared" })
      try write("backbone_landings.csv", "landing_point_id,node_id,distance_km", backboneLandings.map { "\($0.point),\($0.node),1.0" })
      try write("backbone_hubs.csv", "country,lat,lon,basis", backboneHubs.map { "\($0.country),\($0.lat),\($0.lon),test hub" })
    }
    return try Dataset.load(from: directory)
  }
}

/// The repository's Datasets/ folder, found from this file.
let repositoryDatasets = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Datasets").path

/// The default model with `hubs` as the global core.
func testModel(hubs: [String]) throws -> (RiskModel, String) {
  var (model, hash) = try RiskModel.load(from: repositoryDatasets + "/models/default.json")
  model.globalCore.countries = hubs
  return (model, hash)
}

/// Assesses a built world with the given hubs.
func assess(_ world: WorldBuilder, hubs: [String]) throws -> ExposureReport {
  var (model, hash) = try testModel(hubs: hubs)
  let dataset = try world.load()
  // A hand-built world has none of the registries' seat countries.
  model.registrySeats = model.registrySeats.filter { dataset.countryIndex($0.value) != nil }
  return try Exposure.assess(dataset: dataset, model: model, modelHash: hash)
}

extension ExposureReport {
  subscript(code: String) -> CountryExposure? { countries.first { $0.code == code } }
}
