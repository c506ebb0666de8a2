// `netrisk export`: the dependency graph as DOT, the map layers as GeoJSON,
// or per-country results as CSV.
import Foundation
import NetRisk
import NetRiskData
import NetRiskReport

struct ExportCommand: Command {
  static let name = "export"
  static let summary = "Export the dependency graph (DOT), map layers (GeoJSON) or results (CSV)"
  static let help = """
    Usage: netrisk export --format dot|geojson|csv [--country CC] [--depth N] [--out FILE]
                          [--trials N] [--dataset DIR] [--model FILE]

      --format dot      the dependency graph for Graphviz: node kinds as shapes, single
                        points of failure filled red, requires-relations dashed
      --format geojson  landing points, cables (route lines) and countries with their
                        scores as properties, for QGIS or kepler.gl
      --format csv      per-country results, as 'netrisk score --format csv'
      --country CC      only the part around this country
      --depth N         hops around the country for DOT (default 3)
      --out FILE        write to FILE (atomically) instead of standard output
      --trials N        Monte Carlo trials for the scores (default 0 here: structure only)
    \(CommonOptions.help)
    """

  enum Format: String { case dot, geojson, csv }

  var options: CommonOptions
  var format: Format
  var country: String?
  var depth: Int
  var out: String?
  var monteCarlo: MonteCarloOptions

  init(arguments: inout ArgumentList) throws {
    options = try CommonOptions(arguments: &arguments)
    let text = try arguments.option("--format") ?? ""
    guard let format = Format(rawValue: text) else { throw UsageError(message: "--format expects dot, geojson or csv, found '\(text)'") }
    self.format = format
    country = try arguments.option("--country")?.uppercased()
    depth = try arguments.integer("--depth", in: 0 ... 100) ?? 3
    out = try arguments.option("--out")
    monteCarlo = try MonteCarloOptions(arguments: &arguments)
    monteCarlo.trials = monteCarlo.trials ?? 0  // structure only, unless asked
  }

  func run() throws -> Int32 {
    let report = try options.assess(monteCarlo)
    let dataset = try options.loadDataset()
    var index: Int? = nil
    if let country {
      guard let found = dataset.countryIndex(country) else {
        var message = "unknown country '\(country)'"
        if let suggestion = closest(to: country, among: dataset.countries.map(\.code)) { message += "; did you mean '\(suggestion)'?" }
        throw UsageError(message: message)
      }
      index = found
    }
    let text: String
    switch format {
    case .dot:
      let (model, _) = try RiskModel.load(from: options.model)
      let dependency = try DependencyGraph(dataset: dataset, model: model)
      text = GraphExport.dot(dependency: dependency, dataset: dataset, report: report, country: index, depth: depth)
    case .geojson:
      text = GraphExport.geoJSON(dataset: dataset, report: report, country: country)
    case .csv:
      var filtered = report
      if let country { filtered.countries = report.countries.filter { $0.code == country } }
      text = try ExposureRenderer.render(filtered, format: .csv, top: nil)
    }
    try deliver(text, to: out)
    return 0
  }
}
