// The file one shard writes: a manifest saying what run it belongs to, and
// its integer sums. `netrisk merge` checks the manifests against each other
// and against the dataset and model, then adds the sums.
import Foundation
import NetRiskData

/// What run a shard belongs to. Two shards merge only when everything but
/// `shard` is equal.
public struct ShardManifest: Hashable, Sendable {
  /// The command whose output the merge writes ("score").
  public var command: String
  public var toolVersion: String
  public var datasetHash: String
  public var modelHash: String
  public var seed: UInt64
  /// Trials of the whole run (a multiple of 64).
  public var trials: Int
  public var shard: Shard

  public init(command: String, toolVersion: String, datasetHash: String, modelHash: String, seed: UInt64, trials: Int, shard: Shard) {
    self.command = command
    self.toolVersion = toolVersion
    self.datasetHash = datasetHash
    self.modelHash = modelHash
    self.seed = seed
    self.trials = trials
    self.shard = shard
  }

  /// The manifest without the shard: what every shard of one run shares.
  var run: [String] { [command, toolVersion, datasetHash, modelHash, String(seed), String(trials), String(shard.count)] }
}

/// One shard's file: its manifest and its Monte Carlo sums.
public struct ShardFile: Sendable {
  public static let schema = "netrisk-shard"
  public static let schemaVersion = 1

  public var manifest: ShardManifest
  public var partial: MonteCarloPartial

  public init(manifest: ShardManifest, partial: MonteCarloPartial) {
    self.manifest = manifest
    self.partial = partial
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
      ]),
      "sums": partial.json,
    ]).canonicalText + "\n"
  }

  /// Reads a shard file written by `text`, for a dataset of `countries` countries.
  /// - Throws: `InputError` naming the file and the JSON path of what is wrong.
  public init(data: Data, file: String, countries: Int) throws {
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
    manifest = ShardManifest(
      command: try text("command"), toolVersion: try text("toolVersion"), datasetHash: try text("datasetHash"),
      modelHash: try text("modelHash"), seed: seed, trials: try integer("trials"), shard: shard)
    guard let sums = object["sums"] else { throw fail("sums", "missing") }
    partial = try MonteCarloPartial(json: sums, countries: countries, file: file, path: "sums")
    guard partial.trials == manifest.trials, partial.seed == manifest.seed else {
      throw fail("sums", "trials and seed differ from the manifest's")
    }
  }

  /// The sums of a complete set of shards of one run.
  /// - Throws: `InputError` when the shards belong to different runs (naming
  ///   the first file that differs and how), when a shard is missing or given
  ///   twice, or when there are none.
  public static func merge(_ files: [(name: String, shard: ShardFile)]) throws -> (manifest: ShardManifest, whole: MonteCarloPartial) {
    guard let first = files.first else { throw InputError(file: "", message: "no shard files given") }
    let labels = ["command", "tool version", "dataset hash", "model hash", "seed", "trials", "shard count"]
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
    let ordered = files.sorted { $0.shard.manifest.shard.index < $1.shard.manifest.shard.index }.map(\.shard.partial)
    // Non-empty (checked above), so merging returns a value.
    guard let whole = MonteCarloPartial.merging(ordered) else { throw InputError(file: "", message: "no shard files given") }
    return (first.shard.manifest, whole)
  }
}
