// `netrisk import`: rebuild the dataset from the raw public dumps.
import NetRiskData

/// Runs the importer, prints what it wrote and everything it skipped,
/// flagged or could not map, then loads the result to check it.
struct ImportCommand: Command {
  static let name = "import"
  static let summary = "Rebuild a dataset directory from the raw public dumps"
  static let help = """
    Usage: netrisk import --raw <dir> --out <dir> [--mappings <dir>] [--only SOURCE,...]

    Reads the raw public dumps (TeleGeography cables and landing points,
    PeeringDB, root-server sites, RIR delegations, OWID/WRI power data, country
    reference files and land borders, CAIDA AS data; the layout is in
    Datasets/import/RAW-LAYOUT.md) and writes
    the normalised dataset: one CSV per entity plus import-summary.json.
    Re-running on the same input gives byte-identical files; each file is
    replaced atomically.

    It prints the rows written per file and every item it skipped, flagged or
    could not map, and why: planned cables (kept, planned=true), platforms
    (kept, kind=platform), landing points moved to a territory's own code,
    landing points with no country, unmapped country names. It then loads the
    new dataset and prints its summary.

    With --only, only the files of those sources are rewritten and the others
    are left as they are (import-summary.json keeps their figures): to refresh
    one source from a newer dump, put it in the raw directory in place of the
    old one, update its row in <out>/import/sources.csv (snapshot date), and
    run with --only that source. Every raw dump is still read: the country
    catalog and the cross-checks need them.

    Options:
      --raw <dir>        the raw dump directory (e.g. ../shared/data/raw)
      --out <dir>        the dataset directory to write (e.g. Datasets)
      --mappings <dir>   the hand-made mapping tables (default: <out>/import)
      --only SOURCE,...  rewrite only these sources' files: rir, countries,
                         telegeography, peeringdb, root-servers, power, caida,
                         natural-earth, ofds

    Examples:
      swift run -c release netrisk import --raw ../shared/data/raw --out Datasets
      swift run -c release netrisk import --raw ../shared/data/raw --out Datasets --only telegeography

    Exit status: 0 written and clean; 1 written, but there are unmapped names,
    warnings, or the written dataset does not validate; 2 the raw directory, a
    raw file or a mapping table is missing or unreadable, or bad usage.
    """

  var rawDirectory: String
  var outputDirectory: String
  var mappingsDirectory: String?
  var only: Set<String>?

  init(arguments: inout ArgumentList) throws {
    let raw = try arguments.option("--raw")
    let out = try arguments.option("--out")
    mappingsDirectory = try arguments.option("--mappings")
    if let list = try arguments.option("--only") {
      let known = DatasetImporter.filesBySource.map(\.source)
      let names = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      guard !names.isEmpty else { throw UsageError(message: "--only needs a source: \(known.joined(separator: ", "))") }
      for name in names where !known.contains(name) {
        throw UsageError(message: "unknown source '\(name)' for --only"
          + (name.closestMatch(in: known).map { "; did you mean '\($0)'?" } ?? "") + " (sources: \(known.joined(separator: ", ")))")
      }
      only = Set(names)
    }
    guard let raw else { throw UsageError(message: "missing --raw <dir> (the raw dump directory)") }
    guard let out else { throw UsageError(message: "missing --out <dir> (the dataset directory to write)") }
    rawDirectory = raw
    outputDirectory = out
  }

  func run() throws -> Int32 {
    let importer = DatasetImporter(
      rawDirectory: rawDirectory, outputDirectory: outputDirectory, mappingsDirectory: mappingsDirectory, only: only)
    let report: ImportReport
    do {
      report = try importer.run()
    } catch {
      printError("netrisk import: \(error)")
      return ExitStatus.badInput.rawValue
    }
    print("netrisk import: \(rawDirectory) -> \(outputDirectory)" + (only.map { " (only \($0.sorted().joined(separator: ", ")))" } ?? ""))
    print(report)
    print("")
    var status = report.notes.contains { $0.kind == .unmapped || $0.kind == .warning } ? ExitStatus.findings : .success
    do {
      let dataset = try Dataset.load(from: outputDirectory)
      print("Loaded \(outputDirectory):")
      print(dataset.loadSummary)
    } catch {
      print(error)
      status = .findings
    }
    return status.rawValue
  }
}
