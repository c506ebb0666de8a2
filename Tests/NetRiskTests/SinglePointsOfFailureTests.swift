import NetRiskGraph
import Testing
@testable import NetRisk

@Suite struct SinglePointsOfFailureTests {
  /// A random world: 2 to 6 countries (the first one or two are hubs),
  /// random borders, and cables with 2 or 3 landings drawn from a small pool
  /// per country, so that cables share landing points.
  func randomWorld(_ rng: inout SplitMix64) -> (WorldBuilder, hubs: [String]) {
    var world = WorldBuilder()
    let codes = ["AA", "BB", "CC", "DD", "EE", "FF"].prefix(2 + Int(rng.next() % 5))
    for code in codes { world.country(code) }
    for (i, a) in codes.enumerated() {
      for b in codes.dropFirst(i + 1) where rng.next() % 4 == 0 { world.borders.append((a, b)) }
    }
    for cable in 0 ..< Int(rng.next() % 7) {
      var landings: [(String, String)] = []
      for _ in 0 ..< 2 + Int(rng.next() % 2) {
        let country = codes[codes.startIndex + Int(rng.next() % UInt64(codes.count))]
        let point = "\(country.lowercased())-\(rng.next() % 2)"
        if !landings.contains(where: { $0.0 == point }) { landings.append((point, country)) }
      }
      world.cables.append((id: "c\(cable)", year: 2020, planned: false, landings: landings))
    }
    let hubs = Array(codes.prefix(1 + Int(rng.next() % 2)))
    return (world, hubs)
  }

  @Test func dominatorPassMatchesRemovalOracleOnRandomWorlds() throws {
    for seed in UInt64(0) ..< 200 {
      var rng = SplitMix64(seed: seed)
      let (world, hubs) = randomWorld(&rng)
      let dataset = try world.load()
      let (model, _) = try testModel(hubs: hubs)
      let dependency = try DependencyGraph(dataset: dataset, model: model)
      let analysis = StructuralAnalysis(dependency: dependency, dataset: dataset)
      let graph = dependency.graph
      for country in dataset.countries.rowIndices {
        let fast = Set(analysis.singlePointsOfFailure(of: country).map(\.element.node))
        // Oracle: fail each candidate (with its cascade), search again from the core.
        let excluded = dependency.coreLinkNode[country].map { [$0] } ?? []
        let target = dependency.countryNode[country]
        var slow = Set<Int>()
        if graph.removing(excluded).reachable(from: [dependency.core]).contains(target) {
          for node in 0 ..< dependency.nodeCount
          where analysis.isFailureUnit(node, of: country) {
            let down = dependency.cascade(from: [node]).members + excluded
            if !graph.removing(down).reachable(from: [dependency.core]).contains(target) {
              slow.insert(node)
            }
          }
        }
        #expect(fast == slow, "seed \(seed) country \(dataset.countries[country].code)")
      }
    }
  }
}
