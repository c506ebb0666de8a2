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
      files.append(("part-\(index)", try ShardFile(data: Data(written.utf8), file: "part-\(index)", countries: assessment.dataset.countries.count)))
    }
    let (_, whole) = try ShardFile.merge(files)
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
    #expect(throws: InputError.self) { try ShardFile.merge([("a", try file(0, of: 2))]) }
    #expect(throws: InputError.self) { try ShardFile.merge([("a", try file(0, of: 2)), ("b", try file(0, of: 2))]) }
    #expect(throws: InputError.self) { try ShardFile.merge([("a", try file(0, of: 2)), ("b", try file(1, of: 3))]) }
    #expect(throws: InputError.self) { try ShardFile.merge([("a", try file(0, of: 2)), ("b", try file(1, of: 2, seed: 4))]) }
    #expect(throws: InputError.self) { try ShardFile.merge([]) }
    // The file round-trips, and a damaged one names where it is wrong.
    let text = try file(1, of: 2).text
    #expect(try ShardFile(data: Data(text.utf8), file: "x", countries: countries).text == text)
    let damaged = text.replacingOccurrences(of: "\"rootLost\"", with: "\"rootLots\"")
    do {
      _ = try ShardFile(data: Data(damaged.utf8), file: "x.json", countries: countries)
      Issue.record("a shard without rootLost was accepted")
    } catch let error as InputError {
      #expect(error.location.file == "x.json" && error.location.field == "sums.rootLost")
    }
    #expect(throws: InputError.self) { try ShardFile(data: Data(text.utf8), file: "x", countries: countries - 1) }
    #expect(Shard(index: 2, count: 2) == nil && Shard(index: -1, count: 2) == nil && Shard(index: 0, count: 0) == nil)
  }
}
