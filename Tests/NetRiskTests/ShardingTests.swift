// A Monte Carlo run split into shards and merged gives the bytes of the
// unsharded run, whatever the number of shards; shard files round-trip and
// refuse to mix runs.
import Foundation
import NetRiskData
import Testing
@testable import NetRisk

@Suite struct ShardingTests {
  let assessment: Assessment

  init() throws {
    assessment = try Assessment.load(datasetDirectory: repositoryDatasets, modelFile: repositoryDatasets + "/models/default.json")
  }

  func manifest(_ shard: Shard, seed: UInt64 = 3) -> ShardManifest {
    ShardManifest(command: "score", toolVersion: "test", datasetHash: "d", modelHash: assessment.modelHash, seed: seed, trials: 320, shard: shard)
  }

  @Test(arguments: [1, 2, 3, 7])
  func shardsThenMergeIsTheUnshardedRun(count: Int) throws {
    let settings = MonteCarloSettings(trials: 320, seed: 3, threads: 2)
    let unsharded = assessment.exposure(settings)
    var files: [(name: String, shard: ShardFile)] = []
    for index in (0 ..< count).reversed() {
      let shard = try #require(Shard(index: index, count: count))
      let written = ShardFile(manifest: manifest(shard), partial: assessment.exposurePartial(settings, shard: shard)).text
      // Through the file's text, as separate processes would pass it.
      files.append(("part-\(index)", try ShardFile(data: Data(written.utf8), file: "part-\(index)")))
    }
    let (_, whole) = try ShardFile.mergeMonteCarlo(files, countries: assessment.dataset.countries.count)
    let merged = assessment.exposure(merged: whole)
    #expect(merged.countries == unsharded.countries && merged.monteCarloTrials == unsharded.monteCarloTrials)
    #expect(merged.trialsForTargetStandardError == unsharded.trialsForTargetStandardError)
  }

  @Test func mixedOrIncompleteShardsAreRefused() throws {
    let settings = MonteCarloSettings(trials: 320, seed: 3, threads: 1)
    let countries = assessment.dataset.countries.count
    func file(_ index: Int, of count: Int, seed: UInt64 = 3) throws -> ShardFile {
      let shard = try #require(Shard(index: index, count: count))
      return ShardFile(manifest: manifest(shard, seed: seed), partial: assessment.exposurePartial(settings, shard: shard))
    }
    #expect(throws: InputError.self) { try ShardFile.mergeMonteCarlo([("a", try file(0, of: 2))], countries: countries) }
    #expect(throws: InputError.self) { try ShardFile.mergeMonteCarlo([("a", try file(0, of: 2)), ("b", try file(0, of: 2))], countries: countries) }
    #expect(throws: InputError.self) { try ShardFile.mergeMonteCarlo([("a", try file(0, of: 2)), ("b", try file(1, of: 3))], countries: countries) }
    #expect(throws: InputError.self) { try ShardFile.mergeMonteCarlo([("a", try file(0, of: 2)), ("b", try file(1, of: 2, seed: 4))], countries: countries) }
    #expect(throws: InputError.self) { try ShardFile.mergeMonteCarlo([], countries: countries) }
    // The file round-trips, and a damaged one names where it is wrong.
    let text = try file(1, of: 2).text
    #expect(try ShardFile(data: Data(text.utf8), file: "x").text == text)
    let damaged = text.replacingOccurrences(of: "\"rootLost\"", with: "\"rootLots\"")
    do {
      _ = try ShardFile(data: Data(damaged.utf8), file: "x.json").monteCarlo(countries: countries, file: "x.json")
      Issue.record("a shard without rootLost was accepted")
    } catch let error as InputError {
      #expect(error.location.file == "x.json" && error.location.field == "sums.rootLost")
    }
    #expect(throws: InputError.self) { try ShardFile(data: Data(text.utf8), file: "x").monteCarlo(countries: countries - 1, file: "x") }
    #expect(Shard(index: 2, count: 2) == nil && Shard(index: -1, count: 2) == nil && Shard(index: 0, count: 0) == nil)
  }

  /// A cross-validation split over grid points and merged gives the report
  /// of the unsharded run (a small grid and the first incidents, to stay quick).
  @Test func crossValidationShardsMergeIntoTheUnshardedReport() throws {
    var model = assessment.model
    model.outcome.calibration.borderShare = [0.2, 0.4]
    model.outcome.calibration.reroutingEfficiency = [0.5]
    model.outcome.calibration.cableShareExponent = [0]
    model.outcome.calibration.accessKeptInBlackout = [0.25, 0.5]
    model.outcome.calibration.borderWithoutTransitEvidence = [0.1]
    model.outcome.calibration.transitPastBreak = [0.25]
    var incidents = try IncidentFile.load(from: repositoryDatasets + "/incidents/incidents.json")
    incidents.incidents = Array(incidents.incidents.prefix(5))
    let file = "incidents.json"
    let unsharded = try Backtest.crossValidate(
      incidents: incidents, file: file, dataset: assessment.dataset, model: model, modelHash: "m", trials: 64, seed: 1, threads: 2)
    var files: [(name: String, shard: ShardFile)] = []
    for index in 0 ..< 3 {
      let shard = try #require(Shard(index: index, count: 3))
      let partial = try Backtest.crossValidationSimulations(
        incidents: incidents, file: file, dataset: assessment.dataset, model: model, trials: 64, seed: 1, threads: 1, shard: shard)
      let manifest = ShardManifest(
        command: "backtest-cross-validate", toolVersion: "test", datasetHash: "d", modelHash: "m", seed: 1, trials: 64, shard: shard,
        inputHash: "i")
      let text = ShardFile(manifest: manifest, partial: partial).text
      files.append(("cv-\(index)", try ShardFile(data: Data(text.utf8), file: "cv-\(index)")))
    }
    let (_, whole) = try ShardFile.mergeCrossValidation(files.reversed(), incidents: incidents)
    let merged = try Backtest.crossValidate(
      merged: whole, incidents: incidents, file: file, dataset: assessment.dataset, model: model, modelHash: "m")
    #expect(merged.gridPoints == unsharded.gridPoints && merged.bestParameters == unsharded.bestParameters)
    #expect(merged.inSample == unsharded.inSample && merged.outOfSample == unsharded.outOfSample)
    #expect(merged.foldParameters.map(\.parameters) == unsharded.foldParameters.map(\.parameters))
    // A missing shard is refused, and so are replays of another incident file.
    #expect(throws: InputError.self) { try ShardFile.mergeCrossValidation(Array(files.prefix(2)), incidents: incidents) }
    var fewer = incidents
    fewer.incidents.removeLast()
    #expect(throws: InputError.self) { try ShardFile.mergeCrossValidation(files, incidents: fewer) }
  }
}

extension ShardingTests {
  /// A sweep split into shards and merged lists exactly the contingencies of
  /// the unsharded sweep: N-1 for 1 to 4 shards, N-2 (a pair sweep takes
  /// about 13 s in a debug build) for 3; an N-2 shard's cuts are its own. The
  /// unsharded N-2 sweep runs on 3 threads, the shards on one.
  @Test func sweepShardsMergeIntoTheUnshardedSweep() throws {
    for (pairs, kinds, counts) in [(false, Set(NodeKind.sweepable), [1, 2, 3, 4]), (true, Set<NodeKind>([.cable, .cableSegment]), [3])] {
      let unsharded = assessment.sweepPartial(pairs: pairs, kinds: kinds, threads: 3)
      #expect(!unsharded.cutOff.isEmpty)
      for count in counts {
        var files: [(name: String, shard: ShardFile)] = []
        var cuts = 0
        for index in 0 ..< count {
          let shard = try #require(Shard(index: index, count: count))
          let partial = assessment.sweepPartial(pairs: pairs, kinds: kinds, shard: shard)
          cuts += partial.cutOff.count
          let manifest = ShardManifest(
            command: "sweep", toolVersion: "test", datasetHash: "d", modelHash: "m", seed: 0, trials: 0, shard: shard,
            inputHash: partial.options)
          let written = ShardFile(manifest: manifest, partial: partial).text
          files.append(("part-\(index)", try ShardFile(data: Data(written.utf8), file: "part-\(index)")))
        }
        let (_, whole) = try ShardFile.mergeSweep(
          files, nodeCount: assessment.dependency.nodeCount, countries: assessment.dataset.countries.count)
        #expect(whole == unsharded, "pairs \(pairs), \(count) shards")
        #expect(assessment.contingencies(of: whole) == assessment.contingencies(of: unsharded))
        if pairs { #expect(cuts == unsharded.cutOff.count, "each pair is found by one shard only") }
      }
    }
    #expect(assessment.contingencies(of: assessment.sweepPartial(pairs: false, kinds: Set(NodeKind.sweepable)))
      == assessment.singleFailureSweep(kinds: Set(NodeKind.sweepable)))
  }

  /// Sweep shards of other options do not merge, and damaged cuts are named.
  @Test func sweepShardsOfOtherOptionsOrDamagedAreRefused() throws {
    let nodes = assessment.dependency.nodeCount, countries = assessment.dataset.countries.count
    func file(_ index: Int, pairs: Bool) throws -> ShardFile {
      let shard = try #require(Shard(index: index, count: 2))
      let partial = assessment.sweepPartial(pairs: pairs, kinds: [.cable, .cableSegment], shard: shard)
      return ShardFile(
        manifest: ShardManifest(
          command: "sweep", toolVersion: "test", datasetHash: "d", modelHash: "m", seed: 0, trials: 0, shard: shard,
          inputHash: partial.options),
        partial: partial)
    }
    #expect(throws: InputError.self) {
      try ShardFile.mergeSweep([("a", try file(0, pairs: true)), ("b", try file(1, pairs: false))], nodeCount: nodes, countries: countries)
    }
    var damaged = try file(0, pairs: true)
    guard case var .object(sums) = damaged.sums, case var .array(cuts)? = sums["cuts"], !cuts.isEmpty else {
      Issue.record("a sweep shard without cuts")
      return
    }
    cuts[0] = .array([.array([.integer(-1), .integer(0)]), .array([.integer(0)])])
    sums["cuts"] = .array(cuts)
    damaged.sums = .object(sums)
    do {
      _ = try ShardFile(data: Data(damaged.text.utf8), file: "x.json").sweep(nodeCount: nodes, countries: countries, file: "x.json")
      Issue.record("a cut with a negative node was accepted")
    } catch let error as InputError {
      #expect(error.location.file == "x.json" && error.location.field == "sums.cuts[0]")
    }
  }
}
