// Checks of the committed dataset against the raw dumps themselves. They need
// ../shared/data/raw next to the clone (or NETRISK_RAW); without it they are
// skipped, with a message that says so.
import Foundation
import Testing
@testable import NetRiskData

enum RawDumps {
  static let directory: String = {
    if let configured = ProcessInfo.processInfo.environment["NETRISK_RAW"], !configured.isEmpty { return configured }
    return Fixtures.repository.deletingLastPathComponent().appendingPathComponent("shared/data/raw").path
  }()

  static var available: Bool {
    FileManager.default.fileExists(atPath: directory + "/telegeography-submarine-cables/cable")
  }
}

@Suite(.enabled(if: RawDumps.available, "raw dumps not found at ../shared/data/raw (set NETRISK_RAW); skipped"))
struct RawDumpTests {
  @Test func cableAndLandingPointCountsMatchTheDump() throws {
    let cableFolder = RawDumps.directory + "/telegeography-submarine-cables/cable"
    var cables = 0
    var planned = 0
    for name in try FileManager.default.contentsOfDirectory(atPath: cableFolder)
    where name.hasSuffix(".json") && name != "cable-geo.json" {
      let data = try Data(contentsOf: URL(fileURLWithPath: cableFolder + "/" + name))
      let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
      cables += 1
      if object?["is_planned"] as? Bool == true { planned += 1 }
    }
    let pointFolder = RawDumps.directory + "/telegeography-submarine-cables/landing-point"
    let points = try FileManager.default.contentsOfDirectory(atPath: pointFolder)
      .count { $0.hasSuffix(".json") && $0 != "landing-point-geo.json" }

    let report = try World.report()
    #expect(report.rawCounts["telegeography.cable_files"] == cables)
    #expect(report.rawCounts["telegeography.cables_planned_in_dump"] == planned)
    #expect(report.rawCounts["telegeography.landing_point_files"] == points)
    let world = try World.load()
    #expect(world.cables.count == cables - report.count(.skipped, entity: "cables"))
    #expect(world.landingPoints.count
      == points + (report.rawCounts["telegeography.landing_points_only_in_cable_files"] ?? 0)
        - report.count(.skipped, entity: "landing_points"))
  }

  /// The committed files are exactly what the importer makes of the dumps.
  @Test func committedDatasetIsWhatTheImporterProduces() throws {
    let output = try Fixtures.scratchDirectory("world-import")
    defer { try? FileManager.default.removeItem(at: output) }
    _ = try DatasetImporter(
      rawDirectory: RawDumps.directory, outputDirectory: output.path, mappingsDirectory: World.directory + "/import"
    ).run()
    for name in DatasetFile.allCases.map(\.rawValue) + [DatasetImporter.summaryFileName] {
      let fresh = try Data(contentsOf: output.appendingPathComponent(name))
      let committed = try Data(contentsOf: URL(fileURLWithPath: World.directory + "/" + name))
      #expect(fresh == committed, "\(name) differs from a fresh import; re-run netrisk import")
    }
  }
}
