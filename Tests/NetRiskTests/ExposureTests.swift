import Testing
@testable import NetRisk

@Suite struct ExposureTests {
  /// HB is the hub; IS is an island with one cable to it.
  @Test func islandWithOneCable() throws {
    var world = WorldBuilder()
    world.country("HB")
    world.country("IS")
    world.cable("c1", ("hb-1", "HB"), ("is-1", "IS"))
    let report = try assess(world, hubs: ["HB"])
    let island = try #require(report["IS"])
    #expect(Set(island.singlePointsOfFailure.map(\.element.name)) == [
      "Country HB", "landing point Point hb-1", "Cable c1", "landing point Point is-1",
      "power grid of Country HB", "power grid of Country IS",
    ])
    let cable = try #require(island.singlePointsOfFailure.first { $0.element.name == "Cable c1" })
    #expect(cable.element.kind == .cable && cable.cutsOff == ["IS"])
    #expect(island.independentFailuresToIsolate == 1)
    #expect(island.minCutShare == 1)
    #expect(island.cables == ["Cable c1"] && island.farEndCountries == ["HB"])
    let parts = Dictionary(uniqueKeysWithValues: island.parts.map { ($0.key.rawValue, $0.value) })
    #expect(parts["isolation"] == 100)
    #expect(parts["entryConcentration"] == 100)
    #expect(parts["farEndConcentration"] == 100)
    #expect(parts["localExchange"] == 100)
    #expect(parts["dnsRoot"] == 100)
    #expect(parts["power"] == 20)
    let sum = island.parts.reduce(0) { $0 + $1.contribution }
    #expect(abs(island.score - sum) < 1e-9)
    // A sole hub has no other hub to be measured against.
    let hubIsolation = try #require(report["HB"]?.parts.first?.evidence)
    if case let .isolation(k, _, isHub) = hubIsolation { #expect(k == 0 && isHub) } else { Issue.record("first part: \(hubIsolation)") }
  }

  /// Two cables, one landing station: the station is the single point of failure, not the cables.
  @Test func islandWithTwoCablesAtOneStation() throws {
    var world = WorldBuilder()
    world.country("HB")
    world.country("IS")
    world.cable("c1", ("hb-1", "HB"), ("is-1", "IS"))
    world.cable("c2", ("hb-2", "HB"), ("is-1", "IS"))
    let island = try #require(try assess(world, hubs: ["HB"])["IS"])
    let names = Set(island.singlePointsOfFailure.map(\.element.name))
    #expect(names.contains("landing point Point is-1"))
    #expect(!names.contains("Cable c1") && !names.contains("Cable c2"))
    #expect(island.independentFailuresToIsolate == 1)
    #expect(island.isolatingFailures.map(\.name) == ["landing point Point is-1"])
    #expect(island.entryConcentration == 1)
    #expect(island.minCutShare == 1)
  }

  /// LL is landlocked behind CO, which has two cables to the hub.
  @Test func landlockedBehindOneNeighbour() throws {
    var world = WorldBuilder()
    world.country("HB")
    world.country("CO")
    world.country("LL", landlocked: true)
    world.borders = [("CO", "LL")]
    world.cable("c1", ("hb-1", "HB"), ("co-1", "CO"))
    world.cable("c2", ("hb-2", "HB"), ("co-2", "CO"))
    let report = try assess(world, hubs: ["HB"])
    let landlocked = try #require(report["LL"])
    let names = Set(landlocked.singlePointsOfFailure.map(\.element.name))
    #expect(names.isSuperset(of: ["border link CO-LL", "Country CO", "power grid of Country CO"]))
    #expect(landlocked.independentFailuresToIsolate == 1)
    #expect(landlocked.landNeighbours == ["CO"])
    let coast = try #require(report["CO"])
    #expect(coast.independentFailuresToIsolate == 2)
    #expect(!coast.singlePointsOfFailure.map(\.element.name).contains("Cable c1"))
  }

  /// WM has three cables at three stations to two hubs and a border to a hub.
  @Test func wellMeshedCountry() throws {
    var world = WorldBuilder()
    world.country("HA")
    world.country("HC")
    world.country("WM")
    world.borders = [("HA", "WM")]
    world.cable("c1", ("ha-1", "HA"), ("wm-1", "WM"))
    world.cable("c2", ("hc-1", "HC"), ("wm-2", "WM"))
    world.cable("c3", ("ha-2", "HA"), ("hc-2", "HC"), ("wm-3", "WM"))
    world.rootInstances = [("K", "WM"), ("F", "WM"), ("L", "WM")]
    world.exchanges = [("WM", 30)]
    let meshed = try #require(try assess(world, hubs: ["HA", "HC"])["WM"])
    #expect(meshed.singlePointsOfFailure.isEmpty)
    #expect(meshed.independentFailuresToIsolate == 4)
    #expect(meshed.localRootLetters == ["F", "K", "L"])
    #expect(meshed.domesticTrafficCanStayLocal)
    let parts = Dictionary(uniqueKeysWithValues: meshed.parts.map { ($0.key.rawValue, $0.value) })
    #expect(parts["isolation"] == 25)
    #expect(parts["dnsRoot"] == 12.5)
    #expect(parts["localExchange"] == 25)
  }

  @Test func plannedAndFutureCablesAreLeftOut() throws {
    var world = WorldBuilder()
    world.country("HB")
    world.country("IS")
    world.cable("now", ("hb-1", "HB"), ("is-1", "IS"))
    world.cable("plan", planned: true, ("hb-2", "HB"), ("is-2", "IS"))
    world.cable("later", year: 2030, ("hb-3", "HB"), ("is-3", "IS"))
    let report = try assess(world, hubs: ["HB"])
    #expect(report["IS"]?.independentFailuresToIsolate == 1)
    #expect(report.excludedCables.sorted { $0.id < $1.id } == [
      ExcludedCable(id: "later", reason: .notYetInService(readyForServiceYear: 2030, asOfYear: 2024)),
      ExcludedCable(id: "plan", reason: .planned),
    ])
  }

  @Test func hubIsMeasuredAgainstTheOtherHubs() throws {
    var world = WorldBuilder()
    world.country("HA")
    world.country("HC")
    world.cable("c1", ("ha-1", "HA"), ("hc-1", "HC"))
    let report = try assess(world, hubs: ["HA", "HC"])
    let hub = try #require(report["HA"])
    #expect(hub.isHub && hub.independentFailuresToIsolate == 1)
    #expect(hub.singlePointsOfFailure.map(\.element.name).contains("Cable c1"))
  }
}
