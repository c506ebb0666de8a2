// `netrisk merge`: the shards of a long run added up into the output of the
// unsharded run, byte for byte.
import Foundation
import NetRisk
import NetRiskReport

struct MergeCommand: Command {
  static let name = "merge"
  static let summary = "Add up the shards of a sharded run ('score', 'simulate', 'sweep' or 'backtest --cross-validate' with --shard i/n)"
  static let help = """
    Usage: netrisk merge SHARD.json... [--format table|json|csv] [--top N] [--out FILE]
                         [--incidents FILE] [--scenario FILE] [--dataset DIR] [--model FILE]

    Reads the shard files that 'score', 'simulate', 'sweep' or 'backtest --cross-validate'
    wrote with --shard i/n, checks that they belong to one run (same command,
    netrisk version, dataset, model and input hashes, seed, trials and shard
    count) and that every shard is there once, checks the dataset and model
    (and the incidents or scenario file) against the hashes in the shards,
    adds the sums and writes what the unsharded run writes, byte for byte.
    '-' reads one shard from standard input.

    \(CommonOptions.help)
      --format F        table (default), json or csv, as for 'score', 'simulate' and 'sweep'
      --top N           only the N most exposed countries (score), or contingencies (sweep;
                        default 20 as for 'sweep')
      --out FILE        write to FILE (atomically; '-' is standard output) instead of standard output
      --incidents FILE  the incidents file of a cross-validation (default: incidents/incidents.json
                        in the dataset directory)
      --scenario FILE   the scenario file of a simulation (required for simulate shards)
    """

  var options: CommonOptions
  var files: [String]
  var format: OutputFormat
  var top: Int?
  var out: String?
  var incidents: String
  var scenario: String?

  init(arguments: inout ArgumentList) throws {
    options = try CommonOptions(arguments: &arguments)
    format = try arguments.outputFormat()
    top = try arguments.integer("--top", in: 1 ... 100_000)
    out = try arguments.option("--out")
    incidents = try arguments.option("--incidents") ?? (options.dataset as NSString).appendingPathComponent("incidents/incidents.json")
    scenario = try arguments.option("--scenario")
    files = []
    while let file = arguments.positional() { files.append(file) }
    guard !files.isEmpty else { throw UsageError(message: "name the shard files: netrisk merge part-0.json part-1.json ...") }
  }

  func run() throws -> Int32 {
    let assessment = try options.loadAssessment()
    var shards: [(name: String, shard: ShardFile)] = []
    for file in files {
      let name = file == "-" ? "standard input" : file
      shards.append((name, try ShardFile(data: try readInput(file), file: name)))
    }
    let (manifest, _) = try ShardFile.complete(shards)
    let datasetHash = try DatasetHash.compute(directory: options.dataset)
    let expected = options.shardDatasetHash(datasetHash)
    guard manifest.datasetHash == expected else {
      let hint = manifest.datasetHash.hasSuffix("+regions") != expected.hasSuffix("+regions")
        ? " (give --regions to merge exactly when the shards were run with it)" : ""
      throw UsageError(message: "the shards were computed on dataset \(manifest.datasetHash); \(options.dataset) is \(expected)\(hint)")
    }
    guard manifest.modelHash == assessment.modelHash else {
      throw UsageError(message: "the shards were computed with model \(manifest.modelHash); \(options.model) is \(assessment.modelHash)")
    }
    switch manifest.command {
    case ScoreCommand.name:
      let (_, whole) = try ShardFile.mergeMonteCarlo(shards, countries: assessment.dataset.countries.count)
      let report = assessment.exposure(merged: whole)
      try deliver(
        try ExposureRenderer.render(report, format: format, top: top, provenance: assessment.provenance(datasetHash: datasetHash)),
        to: out)
    case BacktestCommand.crossValidationShardName:
      let data = try readInput(incidents, what: "the incidents file")
      guard StableHash.hex(of: [UInt8](data)) == manifest.inputHash else {
        throw UsageError(message: "the shards were computed on another incidents file than \(incidents)")
      }
      let file = try IncidentFile.load(data: data, file: incidents)
      let (_, whole) = try ShardFile.mergeCrossValidation(shards, incidents: file)
      let report = try Backtest.crossValidate(
        merged: whole, incidents: file, file: incidents, dataset: assessment.dataset, model: assessment.model,
        modelHash: assessment.modelHash)
      try deliver(BacktestRenderer.render(report), to: out)
    case SimulateCommand.name:
      guard let scenario else { throw UsageError(message: "simulate shards: name the scenario file with --scenario FILE") }
      let (bytes, loaded, failures) = try ScenarioRun.resolve(file: scenario, assessment: assessment)
      let background = manifest.inputHash == ScenarioRun.shardInput(scenarioBytes: bytes, background: true)
      guard background || manifest.inputHash == ScenarioRun.shardInput(scenarioBytes: bytes, background: false) else {
        throw UsageError(message: "the shards were computed on another scenario file than \(scenario)")
      }
      let (_, whole) = try ShardFile.mergeScenario(shards, countries: assessment.dataset.countries.count)
      let report = ScenarioImpact.assess(scenario: loaded, failures: failures, in: assessment, merged: whole, background: background)
      try deliver(
        try ScenarioRenderer.render(report, recovery: nil, format: format, provenance: assessment.provenance(datasetHash: datasetHash)),
        to: out)
    case SweepCommand.name:
      let (_, whole) = try ShardFile.mergeSweep(
        shards, nodeCount: assessment.dependency.nodeCount, countries: assessment.dataset.countries.count)
      try deliver(
        try SweepCommand.render(
          whole, assessment: assessment, format: format, top: top ?? SweepCommand.defaultTop,
          provenance: assessment.provenance(datasetHash: datasetHash)),
        to: out)
    default:
      throw UsageError(message: "\(files[0]): shards of '\(manifest.command)' cannot be merged by this netrisk")
    }
    return ExitStatus.success.rawValue
  }
}
