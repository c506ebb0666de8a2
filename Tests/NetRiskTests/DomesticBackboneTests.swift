import Foundation
import NetRiskData
import Testing
@testable import NetRisk

/// A hand-made national backbone with known answers: BB's landing at Port
/// reaches the capital through node A, then over a loop (A-B-Capital-C-A);
/// a second network's node F, 2 km from A, leads to a border post G facing AA.
@Suite struct DomesticBackboneTests {
  func world() -> WorldBuilder {
    var world = WorldBuilder()
    world.country("AA")
    world.country("BB")
    world.country("CC")
    world.borders = [("AA", "BB"), ("AA", "CC")]
    world.cable("c1", ("aa-port", "AA"), ("bb-port", "BB"))
    world.cable("c2", ("aa-port", "AA"), ("cc-port", "CC"))
    world.backboneNodes = [
      ("port", "bb-main", "BB", 0, 0, "landing", ""), ("a", "bb-main", "BB", 0, 1, "node", ""), ("b", "bb-main", "BB", 0, 2, "node", ""),
      ("capital", "bb-main", "BB", 0, 3, "node", ""), ("c", "bb-main", "BB", 0.5, 2.5, "node", ""),
      ("f", "bb-other", "BB", 0, 1.02, "node", ""), ("g", "bb-other", "BB", 0, -0.5, "border-post", "AA"),
    ]
    world.backboneSpans = [("port", "a"), ("a", "b"), ("b", "capital"), ("a", "c"), ("c", "capital"), ("f", "g")]
    world.backboneLandings = [("bb-port", "port")]
    world.backboneHubs = [("BB", 0, 3)]
    return world
  }

  @Test func findsTheSpansAndNodesThatCutALandingOrTheCountryOff() throws {
    let report = try assess(world(), hubs: ["AA"])
    let backbone = try #require(report["BB"]?.backbone)
    #expect(backbone.networks == ["bb-main", "bb-other"])
    #expect(backbone.assumedInterconnects == 1)  // a and f, 2.2 km apart
    #expect(backbone.hubMetro == ["Node capital"])
    let landing = try #require(backbone.landings.first)
    #expect(landing.landingPoint == "bb-port")
    #expect(landing.reach.status == .connected)
    #expect(landing.reach.spans.map { "\($0.from)-\($0.to)" } == ["Node port-Node a"])
    #expect(landing.reach.nodes.map(\.name) == ["Node a"])
    // The country as a whole: the landing or the border post, both behind a.
    let national = try #require(backbone.national)
    #expect(national.spans.isEmpty)
    #expect(national.nodes.map(\.name) == ["Node a"])
    #expect(backbone.borderPostNeighbours == ["AA"])
    #expect(report["CC"]?.backbone == nil)
  }

  @Test func withoutTheInterconnectTheLandingSpanCutsTheCountryOffToo() throws {
    var world = world()
    world.backboneNodes[5].lat = 0.5  // f moves 55 km away from a: no interconnect
    let backbone = try #require(try assess(world, hubs: ["AA"])["BB"]?.backbone)
    #expect(backbone.assumedInterconnects == 0)
    #expect(backbone.national?.spans.map { "\($0.from)-\($0.to)" } == ["Node port-Node a"])
    #expect(backbone.national?.nodes.map(\.name) == ["Node a", "Node port"])  // the landing station itself is the only way out
  }

  @Test func aLandingInTheHubMetroNeedsNoSpan() throws {
    var world = world()
    world.backboneHubs = [("BB", 0, 0.1)]  // the hub point 11 km from port: port is in the metro
    let backbone = try #require(try assess(world, hubs: ["AA"])["BB"]?.backbone)
    #expect(backbone.landings.first?.reach.status == .inHubMetro)
  }
}
