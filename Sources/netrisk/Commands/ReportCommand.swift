// `netrisk report`: one self-contained HTML page to open, print and mail.
import Foundation
import NetRisk
import NetRiskData
import NetRiskReport

struct ReportCommand: Command {
  static let name = "report"
  static let summary = "Write a single-file HTML report: map, ranked table, charts, country cards"
  static let help = """
    Usage: netrisk report [--country CC ...] [--scenario FILE ... [--recovery [--days LIST]]]
                          [--out FILE] [--trials N] [--seed S] [--threads T] [--dataset DIR] [--model FILE]

    Writes one self-contained HTML file (inline CSS, SVG and one small script;
    opens offline and reads fully with scripts off): model name and hash,
    dataset hash and source snapshot dates, a world map of cable routes,
    landing points and countries coloured by exposure, a bar chart of the top
    exposures with their score parts, the ranked table of all countries
    (click a header to sort, type to filter), and a card per country (single
    points of failure, k, cuts, diversity, DNS, IXPs, power, Monte Carlo
    figures): open for the countries given with --country, collapsed for the
    others (click a country on the map or its code in the table).
    With --scenario, a section per scenario: who loses what (as 'simulate'),
    what a jurisdiction's withdrawal or a failed registry takes away, and with
    --recovery the loss over time as a chart and each repair's time.

      --country CC    this country's card open near the top, highlighted on the
                      map; repeat, or give a list (TO,FJ)
      --scenario FILE a scenario section (JSON, as for 'simulate'); repeat for several
      --recovery      add each scenario's loss over time as repairs complete
      --days LIST     with --recovery: the days to measure (default: 1,7,30,90,180)
      --out FILE      the file to write, atomically ('-' is standard output; default: report.html)
    \(MonteCarloOptions.help)
    \(CommonOptions.help)
    """

  var options: CommonOptions
  var countries: [String]
  var out: String
  var monteCarlo: MonteCarloOptions
  var scenarios: [String]
  var recoveryDays: [Double]?

  init(arguments: inout ArgumentList) throws {
    options = try CommonOptions(arguments: &arguments)
    countries = try arguments.options("--country")
    out = try arguments.option("--out") ?? "report.html"
    monteCarlo = try MonteCarloOptions(arguments: &arguments)
    scenarios = try arguments.options("--scenario")
    recoveryDays = try ScenarioRun.recoveryDays(&arguments)
    if recoveryDays != nil && scenarios.isEmpty { throw UsageError(message: "--recovery goes with --scenario FILE") }
  }

  func run() throws -> Int32 {
    let assessment = try options.loadAssessment()
    let dataset = assessment.dataset
    let wanted = try dataset.resolveCountries(countries)
    for index in wanted where !assessment.isScored(index) {
      throw UsageError(message: "\(dataset.countries[index].code) is in the dataset but not scored (no population figure and no international link)")
    }
    // Scenario files are read and checked before the long world run.
    var scenarioMonteCarlo = monteCarlo
    scenarioMonteCarlo.trials = nil  // each scenario's own default, as in 'simulate'
    let results = try scenarios.map { file in
      let run = try ScenarioRun(
        file: file, assessment: assessment, modelFile: options.model, monteCarlo: scenarioMonteCarlo, background: false,
        recoveryDays: recoveryDays, label: "scenario")
      return ScenarioResult(report: run.report, recovery: run.recovery)
    }
    let report = assessment.exposure(monteCarlo.settings)
    let html = HTMLReport.render(
      report: report, dataset: dataset, datasetHash: try DatasetHash.compute(directory: options.dataset),
      sources: try sourceDates(directory: options.dataset), countries: wanted.map { dataset.countries[$0].code }, scenarios: results)
    try deliver(html, to: out)
    if out != "-" { printError("wrote \(out)") }
    return ExitStatus.success.rawValue
  }

  /// The snapshot date and licence of each source, from import/sources.csv (none when absent).
  func sourceDates(directory: String) throws -> [SourceDate] {
    let path = (directory as NSString).appendingPathComponent("import/sources.csv")
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    let records = try CSV.parse(data)
    guard let header = records.first?.fields,
      let source = header.firstIndex(of: "source"), let date = header.firstIndex(of: "snapshot_date"), let licence = header.firstIndex(of: "licence")
    else { return [] }
    return records.dropFirst().compactMap { record in
      let fields = record.fields
      guard fields.count > max(source, date, licence) else { return nil }
      return SourceDate(source: fields[source], date: fields[date], licence: fields[licence])
    }
  }
}
