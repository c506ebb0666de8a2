import NetRiskData
import Testing
@testable import NetRisk

/// A country's international links are read twice: from the dataset by the
/// structural analysis (`StructuralAnalysis.entryUnits`: k, cuts, diversity,
/// whether a country is scored) and from the graph by the Monte Carlo
/// (`TrialEvaluator.units`, so that investments count). Both must name the
/// same links at the same capacities, towards the same far-end countries.
@Suite struct InternationalLinksTests {
  /// A link as both readings can name it: a cable by dataset index (whole or
  /// in segments), a border link by node; with its capacity in Gbit/s.
  struct Link: Hashable, CustomStringConvertible {
    var name: String
    var gbps: Int64
    /// Far-end countries (dataset indices, ascending): a border's neighbour.
    var farEnds: [RowIndex<Country>]
    var description: String { "\(name) \(gbps) Gbit/s to \(farEnds)" }
  }

  func expectBothReadingsAgree(_ assessment: Assessment) {
    let dependency = assessment.dependency
    let evaluator = assessment.monteCarlo().evaluator
    for country in assessment.dataset.countries.rowIndices {
      let fromDataset = assessment.structure.entryUnits(of: country).map { unit in
        let name = dependency.kinds[unit.link] == .borderLink ? "border \(unit.link)" : "cable \(dependency.cable(ofNode: unit.link).map(String.init(describing:)) ?? "none")"
        return Link(name: name, gbps: DependencyGraph.gbps(unit.tbps), farEnds: unit.farEnds)
      }
      let fromGraph = evaluator.units[country.position].map { unit in
        let cable: RowIndex<Cable>? = switch unit.shared {
        case let .cableInSegments(cable): cable
        case let .node(node): dependency.cable(ofNode: node)
        }
        let name = unit.neighbour != nil ? "border \(unit.link ?? -1)" : "cable \(cable.map(String.init(describing:)) ?? "none")"
        let farEnds = unit.neighbour.map { [$0] } ?? Set(unit.farPoints.map(\.country)).sorted()
        return Link(name: name, gbps: unit.capacityGbps, farEnds: farEnds)
      }
      let code = assessment.dataset.countries[country].code
      #expect(fromDataset.count == fromGraph.count, "\(code): \(fromDataset) vs \(fromGraph)")
      #expect(Set(fromDataset) == Set(fromGraph), "\(code): \(fromDataset) vs \(fromGraph)")
    }
  }

  @Test(arguments: [true, false])
  func worldDatasetReadingsAgree(cableSegments: Bool) throws {
    var (model, hash) = try RiskModel.load(from: repositoryDatasets + "/models/default.json")
    model.cableSegments = cableSegments
    expectBothReadingsAgree(try Assessment(dataset: try Dataset.load(from: repositoryDatasets), model: model, modelHash: hash))
  }
}
