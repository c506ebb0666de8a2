// `netrisk export`: the dependency graph as DOT or GraphML, the map layers as GeoJSON,
// or per-country results as CSV.
import Foundation
import NetRisk
import NetRiskData
import NetRiskReport

struct ExportCommand: Command {
  static let name = "export"
  static let summary = "Export the dependency graph (DOT, GraphML), map layers (GeoJSON) or results (CSV)"
  static let help = """
    Usage: netrisk export --format dot|graphml|geojson|csv [--country CC] [--depth N] [--out FILE]
                          [--trials N] [--seed S] [--threads T] [--dataset DIR] [--model FILE]

      --format dot      the dependency graph for Graphviz: node kinds as shapes, single
                        points of failure filled red, requires-relations dashed, a legend,
                        and around a country a caption saying what --depth left out
      --format graphml  the same graph for networkx, igraph or Gephi: nodes with
                        stable ids (country:TO, cable:tonga-cable, landing:...) and
                        label, kind, country, capacityTbps and spof attributes
      --format geojson  landing points, cables (route lines) and countries with their
                        scores as properties, for QGIS or kepler.gl
      --format csv      per-country results, as 'netrisk score --format csv'
      --country CC      only the part around this country
      --depth N         hops around the country for DOT and GraphML (default 3)
      --out FILE        write to FILE (atomically; '-' is standard output) instead of standard output
    \(MonteCarloOptions.help)
    \(CommonOptions.help)

    With the defaults, every figure is the one 'netrisk score' gives (the
    same trials and seed); --trials 0 exports the structure alone, faster.
    """

  enum Format: String { case dot, graphml, geojson, csv }

  var options: CommonOptions
  var format: Format
  var country: String?
  var depth: Int
  var out: String?
  var monteCarlo: MonteCarloOptions

  init(arguments: inout ArgumentList) throws {
    options = try CommonOptions(arguments: &arguments)
    let text = try arguments.option("--format") ?? ""
    guard let format = Format(rawValue: text) else { throw UsageError(message: "--format expects dot, graphml, geojson or csv, found '\(text)'") }
    self.format = format
    country = try arguments.option("--country")
    depth = try arguments.integer("--depth", in: 0 ... 100) ?? 3
    out = try arguments.option("--out")
    monteCarlo = try MonteCarloOptions(arguments: &arguments)
  }

  func run() throws -> Int32 {
    let assessment = try options.loadAssessment()
    let dataset = assessment.dataset
    let index = try country.map { try dataset.resolveCountry($0) }
    let code = index.map { dataset.countries[$0].code }
    let report = assessment.exposure(monteCarlo.settings)
    let text: String
    switch format {
    case .dot:
      text = GraphExport.dot(dependency: assessment.dependency, dataset: dataset, report: report, country: index, depth: depth)
    case .graphml:
      text = GraphExport.graphML(dependency: assessment.dependency, dataset: dataset, report: report, country: index, depth: depth)
    case .geojson:
      text = GraphExport.geoJSON(dataset: dataset, report: report, country: code, provenance: try options.provenance(of: assessment))
    case .csv:
      var filtered = report
      if let code { filtered.countries = report.countries.filter { $0.code == code } }
      text = try ExposureRenderer.render(filtered, format: .csv, top: nil)
    }
    try deliver(text, to: out)
    return ExitStatus.success.rawValue
  }
}
