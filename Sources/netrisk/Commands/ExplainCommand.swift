// `netrisk explain CC`: everything netrisk found for one country.
import Foundation
import NetRisk
import NetRiskData
import NetRiskReport

struct ExplainCommand: Command {
  static let name = "explain"
  static let summary = "Explain one country's exposure: SPOFs, k, cuts, diversity, DNS, IXPs, power"
  static let help = """
    Usage: netrisk explain <country> [--dataset DIR] [--model FILE] [--trials N] [--seed S] [--threads T]

    <country> is an ISO 3166-1 alpha-2 or alpha-3 code (TO, de, CIV) or a country
    name (Tonga, "Ivory Coast", "Cote d'Ivoire"; case, accents and apostrophes ignored),
    or the ISO 3166-2 code of a region of the dataset's regions.csv (GB-ZET for
    Shetland, TW-LIE for Matsu), which turns --regions on.
    Prints each single point of failure with what it cuts off, k and one set of
    failures that isolates the country, the weakest capacity cut, diversity
    figures, DNS root letters, IXPs, governance and power figures, and every
    part of the score with its weight and reason, and the Monte Carlo figures
    (probability of isolation, capacity lost, DNS root resolution lost).

    \(MonteCarloOptions.help)
    \(CommonOptions.help)
    """

  var options: CommonOptions
  var country: String
  var monteCarlo: MonteCarloOptions

  init(arguments: inout ArgumentList) throws {
    options = try CommonOptions(arguments: &arguments)
    monteCarlo = try MonteCarloOptions(arguments: &arguments)
    guard let country = arguments.positional() else {
      throw UsageError(message: "name a country, e.g. 'netrisk explain TO'")
    }
    self.country = country
    // A region's code asks for the regions split off.
    if Region.isSubdivisionCode(country.uppercased()) { options.regions = true }
  }

  func run() throws -> Int32 {
    let assessment = try options.loadAssessment()
    let index = try assessment.dataset.resolveCountry(country)
    let code = assessment.dataset.countries[index].code
    guard assessment.isScored(index) else {
      throw UsageError(message: "\(code) is in the dataset but not scored (no population figure and no international link)")
    }
    let report = assessment.exposure(monteCarlo.settings)
    guard let match = report.countries.first(where: { $0.code == code }) else {
      throw UsageError(message: "\(code) is in the dataset but not scored")
    }
    try deliver(ExplainRenderer.render(match, of: report), to: nil)
    return ExitStatus.success.rawValue
  }
}
