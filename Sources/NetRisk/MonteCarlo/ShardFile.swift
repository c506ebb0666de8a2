// The file one shard writes: a manifest saying what run it belongs to, and
// its integer sums. `netrisk merge` checks the manifests against each other
// and against the dataset and model, then adds the sums.
import Foundation
import NetRiskData

/// What run a shard belongs to. Two shards merge only when everything but
/// `shard` is equal.
public struct ShardManifest: Hashable, Sendable {
  /// The command whose output the merge writes ("score", "backtest-cross-validate", "sweep", "simulate").
  public var command: String
  public var toolVersion: String
  public var datasetHash: String
  public var modelHash: String
  public var seed: UInt64
  /// Trials of the whole run (a multiple of 64).
  public var trials: Int
  public var shard: Shard
  /// The hash of the command's other input where it has one (the incidents
  /// file of a cross-validation, the scenario file of a simulation with
  /// "+background" when background failures are on), the options of a sweep
  /// (`SweepPartial.options`), else empty.
  public var inputHash: String

  public init(
    command: String, toolVersion: String, datasetHash: String, modelHash: String, seed: UInt64, trials: Int, shard: Shard,
    inputHash: String = ""
  ) {
    self.command = command
    self.inputHash = inputHash
    self.toolVersion = toolVersion
    self.datasetHash = datasetHash
    self.modelHash = modelHash
    self.seed = seed
    self.trials = trials
    self.shard = shard
  }

  /// The manifest without the shard: what every shard of one run shares.
  var run: [String] { [command, toolVersion, datasetHash, modelHash, inputHash, String(seed), String(trials), String(shard.count)] }
}

/// What a shard's file holds besides its manifest: a part of a run, written
/// as canonical JSON and read back by the merge with the context it needs.
public protocol ShardSums {
  var json: JSONValue { get }
}

extension MonteCarloPartial: ShardSums {}
extension ScenarioPartial: ShardSums {}
extension CrossValidationPartial: ShardSums {}
extension SweepPartial: ShardSums {}

/// One shard's file: its manifest and its sums (Monte Carlo sums for
/// `score`, replays for a cross-validation), read by the merge with the
/// context they need (`monteCarlo(countries:file:)`, `crossValidation(incidents:file:)`).
public struct ShardFile: Sendable {
  public static let schema = "netrisk-shard"
  public static let schemaVersion = 1

  public var manifest: ShardManifest
  public var sums: JSONValue

  public init(manifest: ShardManifest, partial: some ShardSums) {
    self.manifest = manifest
    sums = partial.json
  }

  /// The file's text: canonical JSON, so the same shard gives the same bytes.
  public var text: String {
    JSONValue.object([
      "schema": .string(Self.schema), "schemaVersion": .integer(Self.schemaVersion),
      "manifest": .object([
        "command": .string(manifest.command), "toolVersion": .string(manifest.toolVersion),
        "datasetHash": .string(manifest.datasetHash), "modelHash": .string(manifest.modelHash),
        "seed": .string(String(manifest.seed)), "trials": .integer(manifest.trials),
        "shard": .integer(manifest.shard.index), "shards": .integer(manifest.shard.count),
        "inputHash": .string(manifest.inputHash),
      ]),
      "sums": sums,
    ]).canonicalText + "\n"
  }

  /// Reads a shard file written by `text` (its sums are checked when read
  /// with their context).
  /// - Throws: `InputError` naming the file and the JSON path of what is wrong.
  public init(data: Data, file: String) throws {
    let root: JSONValue
    do {
      root = try JSONValue.parse(data)
    } catch {
      throw InputError(file: file, message: "not JSON: \(error)")
    }
    func fail(_ path: String, _ what: String) -> InputError {
      var location = SourceLocation(file: file)
      location.field = path
      return InputError(location, what)
    }
    guard let object = root.objectValue, object["schema"]?.stringValue == Self.schema else {
      throw fail("schema", "not a netrisk shard file (expected \"schema\": \"\(Self.schema)\")")
    }
    guard object["schemaVersion"]?.intValue == Self.schemaVersion else {
      throw fail("schemaVersion", "expected \(Self.schemaVersion); this file was written by another netrisk version")
    }
    guard let fields = object["manifest"]?.objectValue else { throw fail("manifest", "expected an object") }
    func text(_ key: String) throws -> String {
      guard let value = fields[key]?.stringValue, !value.isEmpty else { throw fail("manifest.\(key)", "expected a string") }
      return value
    }
    func integer(_ key: String) throws -> Int {
      guard let value = fields[key]?.intValue else { throw fail("manifest.\(key)", "expected an integer") }
      return value
    }
    guard let seed = UInt64(try text("seed")) else { throw fail("manifest.seed", "expected a decimal seed in a string") }
    guard let shard = Shard(index: try integer("shard"), count: try integer("shards")) else {
      throw fail("manifest.shard", "expected 0 <= shard < shards")
    }
    guard let inputHash = fields["inputHash"]?.stringValue else { throw fail("manifest.inputHash", "expected a string") }
    manifest = ShardManifest(
      command: try text("command"), toolVersion: try text("toolVersion"), datasetHash: try text("datasetHash"),
      modelHash: try text("modelHash"), seed: seed, trials: try integer("trials"), shard: shard, inputHash: inputHash)
    guard let sums = object["sums"] else { throw fail("sums", "missing") }
    self.sums = sums
  }

  /// The sums as Monte Carlo sums over a dataset of `countries` countries.
  /// - Throws: `InputError` naming the JSON path of what is wrong.
  public func monteCarlo(countries: Int, file: String) throws -> MonteCarloPartial {
    let partial = try MonteCarloPartial(json: sums, countries: countries, file: file, path: "sums")
    guard partial.trials == manifest.trials, partial.seed == manifest.seed else {
      throw InputError(file: file, message: "sums: trials and seed differ from the manifest's")
    }
    return partial
  }

  /// The sums as cross-validation replays of `incidents`.
  /// - Throws: `InputError` naming the JSON path of what is wrong.
  public func crossValidation(incidents: IncidentFile, file: String) throws -> CrossValidationPartial {
    let partial = try CrossValidationPartial(json: sums, incidents: incidents, file: file, path: "sums")
    guard partial.trials == manifest.trials, partial.seed == manifest.seed else {
      throw InputError(file: file, message: "sums: trials and seed differ from the manifest's")
    }
    return partial
  }

  /// The sums as a scenario's two runs over a dataset of `countries` countries.
  /// - Throws: `InputError` naming the JSON path of what is wrong.
  public func scenario(countries: Int, file: String) throws -> ScenarioPartial {
    let partial = try ScenarioPartial(json: sums, countries: countries, file: file, path: "sums")
    guard [partial.hit, partial.calm].allSatisfy({ $0.trials == manifest.trials && $0.seed == manifest.seed }) else {
      throw InputError(file: file, message: "sums: trials and seed differ from the manifest's")
    }
    return partial
  }

  /// The sums as a sweep's cuts on a dependency graph of `nodeCount` nodes
  /// and `countries` countries.
  /// - Throws: `InputError` naming the JSON path of what is wrong.
  public func sweep(nodeCount: Int, countries: Int, file: String) throws -> SweepPartial {
    let partial = try SweepPartial(json: sums, nodeCount: nodeCount, countries: countries, file: file, path: "sums")
    guard partial.options == manifest.inputHash else {
      throw InputError(file: file, message: "sums: a sweep of \(partial.options), but the manifest says \(manifest.inputHash)")
    }
    return partial
  }

  /// Checks that `files` are a complete set of shards of one run and returns
  /// the run's manifest (the first file's) and the files in shard order.
  /// - Throws: `InputError` when the shards belong to different runs (naming
  ///   the first file that differs and how), when a shard is missing or given
  ///   twice, or when there are none.
  public static func complete(
    _ files: [(name: String, shard: ShardFile)]
  ) throws -> (manifest: ShardManifest, ordered: [(name: String, shard: ShardFile)]) {
    guard let first = files.first else { throw InputError(file: "", message: "no shard files given") }
    let labels = ["command", "tool version", "dataset hash", "model hash", "input hash", "seed", "trials", "shard count"]
    for (name, file) in files.dropFirst() {
      for (label, (mine, theirs)) in zip(labels, zip(file.manifest.run, first.shard.manifest.run)) where mine != theirs {
        throw InputError(file: name, message: "belongs to another run: \(label) \(mine), but \(first.name) has \(theirs)")
      }
    }
    let count = first.shard.manifest.shard.count
    var seen = [String?](repeating: nil, count: count)
    for (name, file) in files {
      let index = file.manifest.shard.index
      if let earlier = seen[index] { throw InputError(file: name, message: "shard \(index)/\(count) is also in \(earlier)") }
      seen[index] = name
    }
    let missing = seen.indices.filter { seen[$0] == nil }
    guard missing.isEmpty else {
      throw InputError(file: "", message: "missing shard(s) \(missing.map { "\($0)/\(count)" }.joined(separator: ", ")) of \(count)")
    }
    return (first.shard.manifest, files.sorted { $0.shard.manifest.shard.index < $1.shard.manifest.shard.index })
  }

  /// The Monte Carlo sums of a complete set of `score` shards.
  /// - Throws: as `complete`, and when a file's sums do not read.
  public static func mergeMonteCarlo(
    _ files: [(name: String, shard: ShardFile)], countries: Int
  ) throws -> (manifest: ShardManifest, whole: MonteCarloPartial) {
    try merge(files, read: { try $0.monteCarlo(countries: countries, file: $1) }, combine: MonteCarloPartial.merging)
  }

  /// The replays of a complete set of cross-validation shards of `incidents`.
  /// - Throws: as `complete`, and when a file's replays do not read.
  public static func mergeCrossValidation(
    _ files: [(name: String, shard: ShardFile)], incidents: IncidentFile
  ) throws -> (manifest: ShardManifest, whole: CrossValidationPartial) {
    try merge(files, read: { try $0.crossValidation(incidents: incidents, file: $1) }, combine: CrossValidationPartial.merging)
  }

  /// The two runs' sums of a complete set of `simulate` shards.
  /// - Throws: as `complete`, and when a file's sums do not read.
  public static func mergeScenario(
    _ files: [(name: String, shard: ShardFile)], countries: Int
  ) throws -> (manifest: ShardManifest, whole: ScenarioPartial) {
    try merge(files, read: { try $0.scenario(countries: countries, file: $1) }, combine: ScenarioPartial.merging)
  }

  /// The cuts of a complete set of `sweep` shards.
  /// - Throws: as `complete`, and when a file's cuts do not read.
  public static func mergeSweep(
    _ files: [(name: String, shard: ShardFile)], nodeCount: Int, countries: Int
  ) throws -> (manifest: ShardManifest, whole: SweepPartial) {
    try merge(files, read: { try $0.sweep(nodeCount: nodeCount, countries: countries, file: $1) }, combine: SweepPartial.merging)
  }

  /// Checks the set (`complete`), reads each file's sums in shard order and combines them.
  private static func merge<Part>(
    _ files: [(name: String, shard: ShardFile)], read: (ShardFile, String) throws -> Part, combine: ([Part]) -> Part?
  ) throws -> (manifest: ShardManifest, whole: Part) {
    let (manifest, ordered) = try complete(files)
    // Non-empty (checked by `complete`), so combining returns a value.
    guard let whole = combine(try ordered.map { try read($0.shard, $0.name) }) else {
      throw InputError(file: "", message: "no shard files given")
    }
    return (manifest, whole)
  }
}
