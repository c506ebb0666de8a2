// `netrisk merge`: the shards of a long run added up into the output of the
// unsharded run, byte for byte.
import Foundation
import NetRisk
import NetRiskReport

struct MergeCommand: Command {
  static let name = "merge"
  static let summary = "Add up the shards of a sharded run ('score --shard i/n') into its output"
  static let help = """
    Usage: netrisk merge SHARD.json... [--format table|json|csv] [--top N] [--out FILE]
                         [--dataset DIR] [--model FILE]

    Reads the files that 'netrisk score --shard i/n' wrote, checks that they
    belong to one run (same command, netrisk version, dataset and model hashes,
    seed, trials and shard count) and that every shard is there once, checks
    the dataset and model against the hashes in the shards, adds the sums and
    writes what the unsharded run writes, byte for byte. '-' reads one shard
    from standard input.

    \(CommonOptions.help)
      --format F      table (default), json or csv, as for 'score'
      --top N         only the N most exposed countries
      --out FILE      write to FILE (atomically; '-' is standard output) instead of standard output
    """

  var options: CommonOptions
  var files: [String]
  var format: OutputFormat
  var top: Int?
  var out: String?

  init(arguments: inout ArgumentList) throws {
    options = try CommonOptions(arguments: &arguments)
    format = try arguments.outputFormat()
    top = try arguments.integer("--top", in: 1 ... 100_000)
    out = try arguments.option("--out")
    files = []
    while let file = arguments.positional() { files.append(file) }
    guard !files.isEmpty else { throw UsageError(message: "name the shard files: netrisk merge part-0.json part-1.json ...") }
  }

  func run() throws -> Int32 {
    let assessment = try options.loadAssessment()
    let countries = assessment.dataset.countries.count
    var shards: [(name: String, shard: ShardFile)] = []
    for file in files {
      let data = try readInput(file)
      shards.append((file, try ShardFile(data: data, file: file == "-" ? "standard input" : file, countries: countries)))
    }
    let (manifest, whole) = try ShardFile.merge(shards)
    guard manifest.command == ScoreCommand.name else {
      throw UsageError(message: "\(files[0]): shards of '\(manifest.command)' cannot be merged by this netrisk (only 'score')")
    }
    let datasetHash = try DatasetHash.compute(directory: options.dataset)
    guard manifest.datasetHash == datasetHash else {
      throw UsageError(message: "the shards were computed on dataset \(manifest.datasetHash); \(options.dataset) is \(datasetHash)")
    }
    guard manifest.modelHash == assessment.modelHash else {
      throw UsageError(message: "the shards were computed with model \(manifest.modelHash); \(options.model) is \(assessment.modelHash)")
    }
    let report = assessment.exposure(merged: whole)
    try deliver(
      try ExposureRenderer.render(report, format: format, top: top, provenance: assessment.provenance(datasetHash: datasetHash)),
      to: out)
    return ExitStatus.success.rawValue
  }
}
