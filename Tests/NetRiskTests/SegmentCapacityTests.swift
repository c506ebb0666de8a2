// Capacity per cable segment: a branch carries its landing's share, and the
// capacity cut never exceeds what a country has attached. Checked by hand,
// against an independent oracle on random cable trees, and on the world.
import Foundation
import NetRiskData
import NetRiskGraph
import Testing
@testable import NetRisk

@Suite struct SegmentCapacityTests {
  static func segment(_ from: SegmentEnd, _ to: SegmentEnd) -> CableSegment {
    CableSegment(cableIndex: RowIndex(0), number: 1, from: from, to: to, lengthKilometres: 1)
  }

  /// A trunk A – u1 – u2 – B with branches u1 – C and u2 – D: the middle
  /// segment splits the landings 2 | 2 and carries everything; every other
  /// segment is one landing's branch and carries 1 / 3.
  @Test func branchesCarryOneLandingsShare() {
    let (a, b, c, d) = (SegmentEnd.landingPoint(RowIndex(0)), SegmentEnd.landingPoint(RowIndex(1)), SegmentEnd.landingPoint(RowIndex(2)), SegmentEnd.landingPoint(RowIndex(3)))
    let (u1, u2) = (SegmentEnd.branchingUnit(RowIndex(0)), SegmentEnd.branchingUnit(RowIndex(1)))
    let shares = SegmentCapacityShare.shares(of: [
      Self.segment(a, u1), Self.segment(u1, u2), Self.segment(u2, b), Self.segment(u1, c), Self.segment(u2, d),
    ])
    let third: Double = 1.0 / 3
    let expected: [Double] = [third, 1, third, third, third]
    #expect(shares == expected)
  }

  @Test func twoLandingsAndRingsKeepTheWholeCapacity() {
    let (a, b, c) = (SegmentEnd.landingPoint(RowIndex(0)), SegmentEnd.landingPoint(RowIndex(1)), SegmentEnd.landingPoint(RowIndex(2)))
    let u = SegmentEnd.branchingUnit(RowIndex(0))
    let twoLandings = SegmentCapacityShare.shares(of: [Self.segment(a, u), Self.segment(u, b)])
    #expect(twoLandings == [1.0, 1.0])
    // A ring: no segment's loss separates any landing.
    let ring = SegmentCapacityShare.shares(of: [Self.segment(a, b), Self.segment(b, c), Self.segment(c, a)])
    #expect(ring == [1.0, 1.0, 1.0])
  }

  /// Random trees of landings and branching units: a segment is a branch
  /// exactly when one of the two components left by removing it (found by
  /// union–find, not by the search the code uses) holds a single landing.
  @Test func randomTreesAgreeWithAUnionFindOracle() {
    for seed in 1 ... 300 {
      var rng = SplitMix64(seed: UInt64(seed))
      let nodes = Int.random(in: 2 ... 9, using: &rng)
      // Node i < landings is a landing point, the rest branching units.
      let landings = Int.random(in: 1 ... nodes, using: &rng)
      func end(_ i: Int) -> SegmentEnd { i < landings ? .landingPoint(RowIndex(i)) : .branchingUnit(RowIndex(i)) }
      let edges = (1 ..< nodes).map { ($0, Int.random(in: 0 ..< $0, using: &rng)) }
      let shares = SegmentCapacityShare.shares(of: edges.map { Self.segment(end($0.0), end($0.1)) })
      for (removed, edge) in edges.enumerated() {
        var parent = Array(0 ..< nodes)
        func root(_ x: Int) -> Int { parent[x] == x ? x : root(parent[x]) }
        for (index, other) in edges.enumerated() where index != removed { parent[root(other.0)] = root(other.1) }
        let side = (0 ..< landings).filter { root($0) == root(edge.0) }.count
        let isBranch = landings > 2 && min(side, landings - side) == 1
        let expected: Double = isBranch ? 1 / Double(landings - 1) : 1
        let actual: Double = shares[removed]
        #expect(actual == expected, "seed \(seed), segment \(removed)")
      }
    }
  }

  @Test func stHelenasBranchCarriesItsShareOfEquiano() throws {
    let dataset = try Dataset.load(from: repositoryDatasets)
    let model = try RiskModel.load(from: repositoryDatasets + "/models/default.json").model
    let dependency = try DependencyGraph(dataset: dataset, model: model)
    let equiano = try #require(dataset.cableIndex("equiano"))
    let helena = try #require(dataset.landingPoints.firstRowIndex { $0.id == "ruperts-bay-saint-helena-ascension-and-tristan-da-cunha" })
    let landings = Set(dataset.cables[equiano].landingPointIndices).count
    let full = try #require(dependency.segmentNodes[equiano].map { dependency.linkCapacityTbps[$0] }.max())
    let atHelena = dependency.capacityTbps(ofCable: equiano, atLandings: [dependency.landingPointNode[helena]])
    #expect(landings > 2)
    let share: Double = full / Double(landings - 1)
    #expect(abs(atHelena - share) < 1e-9)
  }

  /// The weakest cut is never more than the capacity attached, for every
  /// country, with segments and with whole cables.
  @Test func theCapacityCutNeverExceedsWhatIsAttached() throws {
    let dataset = try Dataset.load(from: repositoryDatasets)
    var model = try RiskModel.load(from: repositoryDatasets + "/models/default.json").model
    for segments in [true, false] {
      model.cableSegments = segments
      let report = try Exposure.assess(dataset: dataset, model: model, modelHash: "test")
      let over = report.countries.filter { $0.minCutTbps > $0.internationalTbps + 1e-9 }.map(\.code)
      #expect(over.isEmpty, "segments \(segments): \(over)")
      #expect(report.countries.allSatisfy { $0.minCutShare <= 1 })
    }
  }
}
