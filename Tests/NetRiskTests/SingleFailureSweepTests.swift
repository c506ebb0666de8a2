// The N-1 sweep read from the dominator trees, checked against removing each
// element (with what needs it) and searching from the core again.
import NetRiskData
import NetRiskGraph
import Testing
@testable import NetRisk

@Suite struct SingleFailureSweepTests {
  let assessment: Assessment

  init() throws {
    assessment = try Assessment.load(datasetDirectory: repositoryDatasets, modelFile: repositoryDatasets + "/models/default.json")
  }

  /// Countries that lose the core when `node` fails (brute force): the
  /// node and everything that needs it removed, a search from the core; a
  /// hub judged without its own core link. Countries already cut off count
  /// only if they were reachable before.
  func isolatedByRemoving(_ nodes: Int...) -> Set<String> {
    let dependency = assessment.dependency, dataset = assessment.dataset
    let failed = dependency.cascade(from: nodes).members
    let hubs = dependency.coreLinkNode.rowIndices.filter { dependency.coreLinkNode[$0] != nil }
    let reach = dependency.graph.removing(failed).reachable(from: [dependency.core])
    let baseline = dependency.graph.reachable(from: [dependency.core])
    var result = Set<String>()
    for country in dataset.countries.rowIndices where !hubs.contains(country) {
      let target = dependency.countryNode[country]
      if baseline.contains(target) && !reach.contains(target) { result.insert(dataset.countries[country].code) }
    }
    for case let (hub, link?) in zip(dependency.coreLinkNode.rowIndices, dependency.coreLinkNode) {
      let target = dependency.countryNode[hub]
      let before = dependency.graph.removing([link]).reachable(from: [dependency.core])
      let after = dependency.graph.removing(failed + [link]).reachable(from: [dependency.core])
      if before.contains(target) && !after.contains(target) { result.insert(dataset.countries[hub].code) }
    }
    return result
  }

  /// Every pair listed is checked by removing both elements and each alone;
  /// every country whose k is 2 has its minimum cut (found by max-flow, not
  /// by dominators) among the pairs; Nepal hangs on its two borders.
  @Test func thePairSweepAgreesWithRemovalAndWithTheMinimumCuts() throws {
    let kinds = Set(NodeKind.pairSweepable)
    let pairs = assessment.pairFailureSweep(kinds: kinds)
    #expect(!pairs.isEmpty && pairs.allSatisfy { $0.elements.count == 2 && kinds.contains($0.elements[0].kind) })
    for pair in pairs {
      let (a, b) = (pair.elements[0].node, pair.elements[1].node)
      let expected = isolatedByRemoving(a, b).subtracting(isolatedByRemoving(a)).subtracting(isolatedByRemoving(b))
      #expect(Set(pair.isolated) == expected, "\(pair.elements.map(\.id))")
    }
    let listed = Dictionary(grouping: pairs) { Set($0.elements.map(\.node)) }
    var checked = 0
    for (index, country) in assessment.dataset.countries.enumeratedRows {
      let cut = assessment.structure.independentFailures(of: index)
      guard cut.count == 2 else { continue }
      checked += 1
      let found = listed[Set(cut.failures.map(\.node))]?.first
      #expect(found?.isolated.contains(country.code) == true, "\(country.code): \(cut.failures.map(\.id))")
    }
    #expect(checked > 10)
    #expect(pairs.contains { Set($0.elements.map(\.id)) == ["border:CN-NP", "border:IN-NP"] && $0.isolated == ["NP"] })
    #expect(zip(pairs, pairs.dropFirst()).allSatisfy { $0.people >= $1.people })
  }

  @Test func theSweepAgreesWithRemovingEachElement() throws {
    let dependency = assessment.dependency
    let sweep = assessment.singleFailureSweep()
    let byNode = Dictionary(uniqueKeysWithValues: sweep.map { ($0.elements[0].node, Set($0.isolated)) })
    #expect(!sweep.isEmpty)
    // Every element the sweep lists, and every 25th of the others.
    let candidates = (0 ..< dependency.nodeCount).filter { NodeKind.sweepable.contains(dependency.kinds[$0]) }
    let others = candidates.filter { byNode[$0] == nil }.enumerated().filter { $0.offset % 25 == 0 }.map(\.element)
    for node in sweep.map(\.elements[0].node) + others {
      #expect(isolatedByRemoving(node) == byNode[node, default: []], "\(dependency.stableID(of: node, in: assessment.dataset))")
    }
  }

  @Test func knownContingenciesAndRanking() throws {
    let sweep = assessment.singleFailureSweep(kinds: [.landingPoint, .cable, .cableSegment, .borderLink])
    // Suva's landing station carries Tonga's and Vanuatu's only routes (via Fiji).
    let suva = try #require(sweep.first { $0.elements[0].id == "landing:suva-fiji" })
    #expect(Set(suva.isolated).isSuperset(of: ["TO", "VU"]))
    // Lesotho's only way out is through South Africa.
    #expect(sweep.contains { $0.elements[0].id.hasPrefix("border:") && $0.isolated == ["LS"] })
    #expect(sweep.allSatisfy { [.landingPoint, .cable, .cableSegment, .borderLink].contains($0.elements[0].kind) })
    #expect(zip(sweep, sweep.dropFirst()).allSatisfy { $0.people >= $1.people })
    let population = try #require(assessment.dataset.countries.first { $0.code == "LS" }?.population)
    #expect(sweep.first { $0.isolated == ["LS"] }?.people == population)
  }
}
