// Operator concentration: a hand-made case with known shares, and the gateway
// walk against a brute-force transitive closure on random AS graphs.
import Foundation
import NetRiskData
import NetRiskGraph
import Testing
@testable import NetRisk

/// The hand-made AS world of the two tests below.
private func handMadeTonga() throws -> Dataset {
  var world = WorldBuilder()
  for code in ["FJ", "HK", "TO"] { world.country(code) }
  world.systems = [
    (4637, "HK", [("HK", 600_000)], []),
    (9241, "FJ", [("FJ", 19_456), ("TO", 1_024)], []),
    (38198, "TO", [("TO", 1_792)], [9241, 38201]),
    (38201, "TO", [("TO", 6_400)], [4637]),
  ]
  return try world.load()
}

/// Tonga of the fixture: 38201 (6,400 addresses) buys from 4637 (at home in
/// HK); 38198 (1,792) buys from 9241 (at home in FJ) and from 38201; 9241 is
/// present with 1,024 addresses. 38198 reaches two gateways (itself and
/// 38201), so its addresses split 896 / 896.
@Test func gatewaySharesOfAHandMadeCountry() throws {
  let dataset = try handMadeTonga()
  let tongaIndex = try #require(dataset.countryIndex("TO"))
  let tonga = try #require(OperatorConcentration.of(tongaIndex, in: dataset))
  #expect(tonga.addresses == 9_216)
  #expect(tonga.networks == 3)
  #expect(tonga.largestNetwork == .init(asn: 38201, share: 6_400.0 / 9_216))
  #expect(tonga.gateways.map(\.asn) == [38201, 9241, 38198])
  let expected = [7_296.0, 1_024, 896].map { $0 / 9_216 }
  for (gateway, share) in zip(tonga.gateways, expected) { #expect(abs(gateway.share - share) < 1e-12) }
  #expect(abs(tonga.gatewayConcentration - expected.reduce(0) { $0 + $1 * $1 }) < 1e-12)
  #expect(tonga.gatewaysForNineTenths == 2)  // 0.792 + 0.111 >= 0.9
  #expect(tonga.upstreamCountry == "HK")  // 38201's only foreign upstream; 38198 has two countries
  #expect(abs(tonga.upstreamCountryShare - 6_400.0 / 9_216) < 1e-12)
  // A monopoly: one gateway, HHI 1, one operator to fail.
  let hongKong = try #require(dataset.countryIndex("HK"))
  #expect(OperatorConcentration.of(hongKong, in: dataset)?.gatewaysForNineTenths == 1)
}

/// The same Tonga: 38201's 6,400 addresses reach Hong Kong; 38198's 1,792
/// reach Fiji (through 9241) and Hong Kong (through 38201), half each; 9241's
/// 1,024 addresses in Tonga belong to a Fijian network.
@Test func transitSharesOfAHandMadeCountry() throws {
  let dataset = try handMadeTonga()
  let shares = OperatorConcentration.transitShares(in: dataset)
  let (fiji, hongKong, tonga) = try (#require(dataset.countryIndex("FJ")), #require(dataset.countryIndex("HK")), #require(dataset.countryIndex("TO")))
  #expect(Set(shares[tonga].keys) == [fiji, hongKong])
  #expect(abs((shares[tonga][hongKong] ?? 0) - 7_296.0 / 9_216) < 1e-12)
  #expect(abs((shares[tonga][fiji] ?? 0) - 1_920.0 / 9_216) < 1e-12)
  #expect(shares[hongKong].isEmpty, "4637 has no provider: nothing abroad")
}

@Test func noASLayerMeansNoFigures() throws {
  var world = WorldBuilder()
  world.country("TO")
  let dataset = try world.load()
  #expect(!dataset.hasAutonomousSystems)
  #expect(OperatorConcentration.all(in: dataset).values == [nil])
}

/// The oracle: the domestic provider relation closed transitively by
/// Floyd–Warshall; a network's gateways are the members of its closure (and
/// itself) that have a foreign provider or none; with no such member, itself.
private func oracleGatewayShares(_ dataset: Dataset, country: RowIndex<Country>) -> [Int: Double] {
  let systems = dataset.autonomousSystems
  let n = systems.count
  var reach = Array(repeating: Array(repeating: false, count: n), count: n)
  for (index, system) in systems.enumerated() {
    reach[index][index] = true
    for provider in system.providerIndices where systems[provider].homeCountryIndex == country && system.homeCountryIndex == country {
      reach[index][provider.position] = true
    }
  }
  for k in 0..<n { for i in 0..<n where reach[i][k] { for j in 0..<n where reach[k][j] { reach[i][j] = true } } }
  var shares: [Int: Double] = [:]
  let presences = dataset.countries[country].autonomousSystemPresenceIndices.map { dataset.autonomousSystemPresences[$0] }
  let total = Double(presences.reduce(0) { $0 + $1.addresses })
  for presence in presences {
    let start = presence.systemIndex.position
    var gateways: [Int]
    if systems[start].homeCountryIndex != country {
      gateways = [start]
    } else {
      gateways = (0..<n).filter { candidate in
        reach[start][candidate] && systems[candidate].homeCountryIndex == country
          && (systems[candidate].providerIndices.isEmpty
            || systems[candidate].providerIndices.contains { systems[$0].homeCountryIndex != country })
      }
      if gateways.isEmpty { gateways = [start] }
    }
    for gateway in gateways {
      shares[systems[gateway].asn, default: 0] += Double(presence.addresses) / Double(gateways.count) / total
    }
  }
  return shares
}

/// Whether `to` is `from` or a domestic provider reached from it by domestic
/// provider links (a plain breadth-first search: the oracle for the walk).
private func oracleReaches(
  _ dataset: Dataset, country: RowIndex<Country>, from: RowIndex<AutonomousSystem>, to: RowIndex<AutonomousSystem>
) -> Bool {
  let systems = dataset.autonomousSystems
  var seen: Set<RowIndex<AutonomousSystem>> = [from]
  var queue = [from]
  while let next = queue.popLast() {
    if next == to { return true }
    for provider in systems[next].providerIndices
    where systems[provider].homeCountryIndex == country && seen.insert(provider).inserted {
      queue.append(provider)
    }
  }
  return false
}

@Test func gatewayWalkMatchesTheTransitiveClosureOnRandomGraphs() throws {
  var random = SplitMix64(seed: 19)
  let codes = ["AA", "BB", "CC"]
  for round in 0..<40 {
    var world = WorldBuilder()
    for code in codes { world.country(code) }
    let count = Int.random(in: 2...9, using: &random)
    for asn in 1...count {
      let home = codes[Int.random(in: 0..<codes.count, using: &random)]
      var addresses = [(home, Int.random(in: 1...5_000, using: &random))]
      for code in codes where code != home && Bool.random(using: &random) && Bool.random(using: &random) {
        addresses.append((code, Int.random(in: 1...500, using: &random)))
      }
      // Cycles among providers are allowed: CAIDA's inferences can have them.
      let providers = (1...count).filter { $0 != asn && Int.random(in: 0..<3, using: &random) == 0 }
      world.systems.append((asn, home, addresses, providers))
    }
    let dataset = try world.load()
    for country in dataset.countries.rowIndices {
      let found = OperatorConcentration.of(country, in: dataset)
      let oracle = oracleGatewayShares(dataset, country: country)
      guard let found else {
        #expect(oracle.isEmpty, "round \(round)")
        continue
      }
      #expect(Set(found.gateways.map(\.asn)) == Set(oracle.keys), "round \(round) country \(dataset.countries[country].code)")
      for gateway in found.gateways {
        #expect(abs(gateway.share - (oracle[gateway.asn] ?? -1)) < 1e-9, "round \(round)")
        // Its upstream countries: its own home when at home abroad, else the
        // homes abroad of its providers.
        let system = try #require(dataset.autonomousSystems.firstRowIndex { $0.asn == gateway.asn })
        let home = dataset.autonomousSystems[system].homeCountryIndex
        let homes = home != country ? [home].compactMap { $0 }
          : dataset.autonomousSystems[system].providerIndices.compactMap { dataset.autonomousSystems[$0].homeCountryIndex }.filter { $0 != country }
        #expect(gateway.upstreamCountries == Set(homes.map { dataset.countries[$0].code }).sorted(), "round \(round)")
      }
      #expect(abs(found.gateways.reduce(0) { $0 + $1.share } - 1) < 1e-9)
      #expect(found.gatewaysForNineTenths >= 1 && found.gatewaysForNineTenths <= found.gateways.count)
      // Transit shares: each network's addresses over the home countries of
      // its oracle gateways' foreign providers (its own home if it is foreign).
      var expected: [RowIndex<Country>: Double] = [:]
      let presences = dataset.countries[country].autonomousSystemPresenceIndices.map { dataset.autonomousSystemPresences[$0] }
      let total = Double(presences.reduce(0) { $0 + $1.addresses })
      let systems = dataset.autonomousSystems
      for presence in presences {
        let start = presence.systemIndex
        var upstreams = Set<RowIndex<Country>>()
        if systems[start].homeCountryIndex != country {
          upstreams = Set(systems[start].homeCountryIndex.map { [$0] } ?? [])
        } else {
          for gateway in systems.rowIndices where oracleReaches(dataset, country: country, from: start, to: gateway) {
            for provider in systems[gateway].providerIndices where systems[provider].homeCountryIndex != country {
              if let home = systems[provider].homeCountryIndex { upstreams.insert(home) }
            }
          }
        }
        upstreams.remove(country)
        for upstream in upstreams { expected[upstream, default: 0] += Double(presence.addresses) / total / Double(upstreams.count) }
      }
      let shares = OperatorConcentration.transitShares(in: dataset)[country]
      #expect(Set(shares.keys) == Set(expected.keys), "round \(round)")
      for (upstream, share) in expected { #expect(abs((shares[upstream] ?? -1) - share) < 1e-9, "round \(round)") }
    }
  }
}
