// Cables as segments in the graph, the Monte Carlo and the scenario
// selectors, checked on the world dataset against known geography.
import Foundation
import NetRiskData
import Testing
@testable import NetRisk

@Suite struct CableSegmentModelTests {
  let dataset: Dataset
  let model: RiskModel

  init() throws {
    dataset = try Dataset.load(from: repositoryDatasets)
    model = try RiskModel.load(from: repositoryDatasets + "/models/default.json").model
  }

  /// Countries isolated by `failures` that are not isolated without them
  /// (Nauru and Tuvalu, with no link in the dataset, always are), with no
  /// background failures.
  func isolated(by failures: [Scenario.FailureSpec], model: RiskModel) throws -> [String] {
    let dependency = try DependencyGraph(dataset: dataset, model: model)
    let scenario = try Scenario(name: "test", description: "", sources: [], failures: failures)
      .resolve(in: dependency, dataset: dataset, file: "test")
    let cut = MonteCarlo(dependency: dependency, dataset: dataset, model: model, scenario: scenario, background: false)
      .run(trials: 64, seed: 1)
    let calm = MonteCarlo(dependency: dependency, dataset: dataset, model: model, scenario: .none, background: false)
      .run(trials: 64, seed: 1)
    return zip(cut.countries, calm.countries).filter { $0.0.isolationProbability > $0.1.isolationProbability }.map(\.0.code)
  }

  @Test func theDefaultModelUsesSegments() throws {
    #expect(model.usesCableSegments)
    let dependency = try DependencyGraph(dataset: dataset, model: model)
    let equiano = try #require(dataset.cableIndex("equiano"))
    #expect(dependency.cableNode[equiano] == nil)
    #expect(dependency.segmentNodes[equiano].count == dataset.cables[equiano].segmentIndices.count)
  }

  @Test func stHelenasSinglePointOfFailureIsItsBranchNotEquiano() throws {
    let report = try Exposure.assess(dataset: dataset, model: model, modelHash: "test")
    let helena = try #require(report.countries.first { $0.code == "SH" })
    let names = helena.singlePointsOfFailure.map(\.element.name)
    #expect(names.contains { $0.hasPrefix("Equiano: segment Rupert's Bay") && $0.contains("branching unit") })
    #expect(!names.contains("Equiano"))
    // With whole-system cables, Equiano itself is the single point of failure.
    var whole = model
    whole.cableSegments = false
    let wholeReport = try Exposure.assess(dataset: dataset, model: whole, modelHash: "test")
    #expect(wholeReport.countries.first { $0.code == "SH" }?.singlePointsOfFailure.map(\.element.name).contains("Equiano") == true)
  }

  @Test func cuttingStHelenasBranchIsolatesStHelenaAlone() throws {
    let branch = Scenario.FailureSpec(cableSegments: [
      .init(cable: "equiano", between: nil, at: "ruperts-bay-saint-helena-ascension-and-tristan-da-cunha"),
    ])
    #expect(try isolated(by: [branch], model: model) == ["SH"])
    // A trunk segment on the far side of St Helena's branching unit leaves it
    // its way north to Portugal.
    let equiano = try #require(dataset.cableIndex("equiano"))
    let units = dataset.cables[equiano].branchingUnitIndices.map { dataset.branchingUnits[$0].id }
    let rupertsBay = try #require(dataset.landingPointIndex("ruperts-bay-saint-helena-ascension-and-tristan-da-cunha"))
    let branchSegment = dataset.cables[equiano].segmentIndices.map { dataset.cableSegments[$0] }
      .first { $0.touches(landingPoint: rupertsBay) }
    let helenaUnit = try #require(branchSegment.map { $0.from == .landingPoint(rupertsBay) ? $0.to : $0.from })
    guard case let .branchingUnit(unit) = helenaUnit else {
      Issue.record("St Helena's branch does not end at a branching unit")
      return
    }
    let south = try #require(units.first { $0 != dataset.branchingUnits[unit].id && $0.hasSuffix("bu4") })
    let trunk = Scenario.FailureSpec(cableSegments: [.init(cable: "equiano", between: [dataset.branchingUnits[unit].id, south], at: nil)])
    #expect(try isolated(by: [trunk], model: model).isEmpty)
  }

  /// A corridor fails the segments whose drawn route it crosses: a box
  /// around St Helena cuts Equiano's branch there and nothing else.
  @Test func aCorridorFailsOnlyTheSegmentsItCrosses() throws {
    let box = Scenario.Box(minLatitude: -17, maxLatitude: -15, minLongitude: -7, maxLongitude: -4.5)
    let corridor = Scenario.FailureSpec(corridor: .init(name: "St Helena", box: box, polygon: nil))
    let dependency = try DependencyGraph(dataset: dataset, model: model)
    let resolved = try Scenario(name: "test", description: "", sources: [], failures: [corridor])
      .resolve(in: dependency, dataset: dataset, file: "test")
    let equiano = try #require(dataset.cableIndex("equiano"))
    let hit = resolved.nodes.map(\.node).filter { dependency.cable(ofNode: $0) == equiano }
    #expect(hit.count == 1)
    let rupertsBay = try #require(dataset.landingPointIndex("ruperts-bay-saint-helena-ascension-and-tristan-da-cunha"))
    #expect(hit.allSatisfy { node in dependency.rows[node].map { dataset.cableSegments[$0].touches(landingPoint: rupertsBay) } == true })
    #expect(try isolated(by: [corridor], model: model) == ["SH"])
  }

  /// A corridor that names its cables fails only theirs (a documented cut
  /// of named cables at a known place), and a named cable that misses the
  /// area is an error rather than no cut.
  @Test func aCorridorWithNamedCablesFailsOnlyThose() throws {
    let box = Scenario.Box(minLatitude: -25, maxLatitude: 0, minLongitude: -15, maxLongitude: 15)
    let dependency = try DependencyGraph(dataset: dataset, model: model)
    func resolve(_ cables: [String]?) throws -> Set<RowIndex<Cable>> {
      let spec = Scenario.FailureSpec(corridor: .init(name: "South Atlantic", box: box, cables: cables))
      let resolved = try Scenario(name: "test", description: "", sources: [], failures: [spec])
        .resolve(in: dependency, dataset: dataset, file: "s.json")
      return Set(resolved.nodes.compactMap { dependency.cable(ofNode: $0.node) })
    }
    let equiano = try #require(dataset.cableIndex("equiano"))
    let every = try resolve(nil)
    #expect(every.count > 1 && every.contains(equiano), "the box crosses several cables, Equiano among them")
    #expect(try resolve(["equiano"]) == [equiano])
    #expect(throws: InputError(
      file: "s.json", message: "failures[0]: corridor 'South Atlantic': the drawn route of cable 'tonga-cable' does not cross the area")
    ) { try resolve(["equiano", "tonga-cable"]) }
    #expect(throws: InputError(file: "s.json", message: "failures[0]: unknown cable 'equianno'; did you mean 'equiano'?")) {
      try resolve(["equianno"])
    }
  }

  @Test func aSegmentSelectorFailsTheWholeCableWithoutSegments() throws {
    var whole = model
    whole.cableSegments = false
    let branch = Scenario.FailureSpec(cableSegments: [
      .init(cable: "equiano", between: nil, at: "ruperts-bay-saint-helena-ascension-and-tristan-da-cunha"),
    ])
    let dependency = try DependencyGraph(dataset: dataset, model: whole)
    let resolved = try Scenario(name: "test", description: "", sources: [], failures: [branch])
      .resolve(in: dependency, dataset: dataset, file: "test")
    let equiano = try #require(dataset.cableIndex("equiano"))
    #expect(resolved.nodes.map(\.node) == [try #require(dependency.cableNode[equiano])])
  }

  @Test func badSegmentSelectorsAreClearErrors() throws {
    let dependency = try DependencyGraph(dataset: dataset, model: model)
    func message(_ selector: Scenario.SegmentSelector) -> String {
      do {
        _ = try Scenario(name: "test", description: "", sources: [], failures: [.init(cableSegments: [selector])])
          .resolve(in: dependency, dataset: dataset, file: "s.json")
        return "accepted"
      } catch {
        return "\(error)"
      }
    }
    #expect(message(.init(cable: "equiano", between: nil, at: "lagos-nigerai")).contains(
      "'lagos-nigerai' is not a landing point or branching unit of cable 'equiano'; did you mean 'lagos-nigeria'?"))
    #expect(message(.init(cable: "equiano", between: ["lagos-nigeria"], at: nil)).contains("give either 'between' (two ends) or 'at'"))
    #expect(message(.init(cable: "equiano", between: nil, at: "equiano/bu1")).contains("'at' must name a landing point"))
    #expect(message(.init(cable: "equianno", between: nil, at: "lagos-nigeria")).contains("unknown cable 'equianno'; did you mean 'equiano'?"))
  }

  /// Capacity lost per country when ACE is cut on both sides of Abidjan,
  /// with `transitPastBreak` set to `share`, no background failures.
  func capacityLostPastAbidjan(share: Double) throws -> [String: Double] {
    var variant = model
    variant.outcome.transitPastBreak.value = share
    let dependency = try DependencyGraph(dataset: dataset, model: variant)
    let cut = Scenario.FailureSpec(cableSegments: [.init(cable: "africa-coast-to-europe-ace", between: nil, at: "abidjan-cte-divoire")])
    let scenario = try Scenario(name: "test", description: "", sources: [], failures: [cut])
      .resolve(in: dependency, dataset: dataset, file: "test")
    let result = MonteCarlo(dependency: dependency, dataset: dataset, model: variant, scenario: scenario, background: false)
      .run(trials: 64, seed: 1)
    return Dictionary(uniqueKeysWithValues: result.countries.map { ($0.code, $0.expectedCapacityLoss) })
  }

  /// South of a break, a cable that reached Europe keeps only
  /// `transitPastBreak` of what its southern landings can pass on: São
  /// Tomé, whose ACE reaches Europe only past Abidjan, loses more the smaller
  /// the share (its other cable, Ultramar GE to Gabon, is not discounted).
  @Test func transitPastABreakCountsOnlyItsShare() throws {
    let none = try capacityLostPastAbidjan(share: 0)
    let half = try capacityLostPastAbidjan(share: 0.5)
    let all = try capacityLostPastAbidjan(share: 1)
    let saoTome = try #require(none["ST"]), saoTomeHalf = try #require(half["ST"]), saoTomeAll = try #require(all["ST"])
    #expect(saoTomeAll < saoTomeHalf && saoTomeHalf < saoTome)
    #expect(saoTome > 0.5 && saoTomeAll < 0.5)
  }

  /// An intact world loses the same whatever the share of transit past a
  /// break (only the countries with no link at all, which are always cut
  /// off): a cable counts fully while it reaches a hub, and one between two
  /// non-hub countries is not discounted.
  @Test func anIntactWorldDoesNotDependOnTheShare() throws {
    func calm(share: Double) throws -> [String: Double] {
      var variant = model
      variant.outcome.transitPastBreak.value = share
      let dependency = try DependencyGraph(dataset: dataset, model: variant)
      let result = MonteCarlo(dependency: dependency, dataset: dataset, model: variant, scenario: .none, background: false)
        .run(trials: 64, seed: 1)
      return Dictionary(uniqueKeysWithValues: result.countries.map { ($0.code, $0.expectedCapacityLoss) })
    }
    let none = try calm(share: 0), all = try calm(share: 1)
    #expect(none == all)
    #expect(none.values.allSatisfy { $0 == 0 || $0 == 1 } && none["TO"] == 0)
  }

  /// Both engines agree trial by trial with whole-system cables too (the
  /// default model has segments, which the other engine test covers).
  @Test func enginesAgreeWithWholeSystemCables() throws {
    var whole = model
    whole.cableSegments = false
    let dependency = try DependencyGraph(dataset: dataset, model: whole)
    let engine = MonteCarlo(dependency: dependency, dataset: dataset, model: whole)
    let (fast, slow) = engine.outcomes(block: 3, seed: 42)
    #expect(fast == slow)
  }
}
