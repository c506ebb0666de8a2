// The worst-case attacker on the world dataset: it agrees with k, with the
// sweeps, and with removing what it names.
import NetRiskData
import NetRiskGraph
import Testing
@testable import NetRisk

@Suite struct WorstCaseAttackTests {
  let assessment: Assessment

  init() throws {
    assessment = try Assessment.load(datasetDirectory: repositoryDatasets, modelFile: repositoryDatasets + "/models/default.json")
  }

  @Test func tongaWithOneElementIsItsKEqualsOneCut() throws {
    let tonga = try assessment.dataset.resolveCountry("TO")
    let attack = assessment.worstCaseAttack(budget: 1, kinds: Set(NodeKind.pairSweepable), countries: [tonga])
    let cut = assessment.structure.independentFailures(of: tonga)
    #expect(cut.count == 1 && attack.elements.map(\.id) == cut.failures.map(\.id))
    #expect(attack.isolated == ["TO"] && attack.isExact && attack.people == assessment.dataset.countries[tonga].population)
  }

  /// Budget 1 and 2 are exact, so they cut off at least as many people as
  /// the best single and the best pair of the sweeps; budget 3 lies between
  /// budget 2 and its own bound; and removing what it names isolates what it
  /// says. Landing points and border links only, to keep the debug run short.
  @Test func agreesWithTheSweepsAndWithRemoval() throws {
    let kinds: Set<NodeKind> = [.landingPoint, .borderLink]
    let one = assessment.worstCaseAttack(budget: 1, kinds: kinds)
    let two = assessment.worstCaseAttack(budget: 2, kinds: kinds)
    let three = assessment.worstCaseAttack(budget: 3, kinds: kinds)
    let bestSingle = try #require(assessment.singleFailureSweep(kinds: kinds).first)
    let bestPair = try #require(assessment.pairFailureSweep(kinds: kinds).first)
    #expect(one.people == bestSingle.people && one.elements.count == 1)
    #expect(two.people >= bestPair.people && two.people >= one.people && two.isExact)
    #expect(three.people >= two.people && three.people <= three.upperBoundPeople && !three.isExact)
    let dependency = assessment.dependency, transit = assessment.structure.transit
    let before = transit.graph.reachable(from: [transit.core.index])
    for attack in [one, two, three] {
      let removed = attack.elements.compactMap { transit.node(of: $0.node)?.index }
      let reach = transit.graph.removing(removed).reachable(from: [transit.core.index])
      let cutOff = assessment.dataset.countries.rowIndices.filter {
        dependency.coreLinkNode[$0] == nil && before.contains(transit.country[$0].index) && !reach.contains(transit.country[$0].index)
      }
      #expect(cutOff.map { assessment.dataset.countries[$0].code } == attack.isolated)
    }
  }
}
