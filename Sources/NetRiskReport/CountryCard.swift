// A card per requested country in the HTML report.
import Foundation
import NetRisk

enum CountryCard {
  static func render(_ country: CountryExposure, of report: ExposureReport) -> String {
    func list(_ items: [String]) -> String {
      items.isEmpty ? tag("p", [:], "none") : tag("ul", [:], items.map { tag("li", [:], $0.xmlEscaped) }.joined())
    }
    func paragraph(_ text: String) -> String { tag("p", [:], text.xmlEscaped) }
    var body = tag("h3", [:], "\(country.name) (\(country.code)): score \(String(format: "%.1f", country.score)), rank \(country.rank) of \(report.countries.count)".xmlEscaped)
    body += tag("h4", [:], "Single points of failure") + list(country.singlePointsOfFailure.map { $0.sentence(countryNames: report.countryNames) })
    body += paragraph("k = \(country.independentFailuresToIsolate): " + (country.isolatingFailures.isEmpty ? "no international link" : country.isolatingFailures.map(\.name).joined(separator: ", ")))
    body += paragraph(String(format: "Weakest capacity cut: %.1f of %.1f Tbit/s attached (%.0f %%).", country.minCutTbps, country.internationalTbps, 100 * country.minCutShare))
    if let risk = country.risk {
      body += paragraph(String(format: "Monte Carlo: isolated %.3f %% ± %.3f of the time; expected capacity lost %.2f %% ± %.2f; 95th percentile %.1f %%; DNS root resolution lost %.3f %%.",
        100 * risk.isolationProbability, 100 * risk.isolationStandardError, 100 * risk.expectedCapacityLoss,
        100 * risk.expectedCapacityLossStandardError, 100 * risk.capacityLoss95, 100 * risk.rootResolutionLossProbability))
    }
    body += paragraph("Cables (\(country.cables.count)): " + (country.cables.isEmpty ? "none" : country.cables.joined(separator: ", ")) + ". Far-end countries: "
      + (country.farEndCountries.isEmpty ? "none" : country.farEndCountries.joined(separator: ", ")) + ". Land neighbours: "
      + (country.landNeighbours.isEmpty ? "none" : country.landNeighbours.joined(separator: ", ")) + ".")
    body += paragraph("DNS root letters in the country: " + (country.localRootLetters.isEmpty ? "none" : country.localRootLetters.joined(separator: " "))
      + ". IXPs: \(country.internetExchanges) with \(country.exchangeMemberNetworks) member networks.")
    if let operators = country.operators {
      body += paragraph(String(
        format: "Operators (CAIDA AS data, 2018; address space, not users): %d networks; international transit through %d gateway network(s), %.1f effective; the largest, AS%d, carries %.0f %%; %d carry nine tenths.",
        operators.networks, operators.gateways.count, operators.effectiveGateways, operators.largestGateway.asn,
        100 * operators.largestGateway.share, operators.gatewaysForNineTenths))
    }
    body += paragraph("Power: " + (country.electricityAccessPercent.map { String(format: "%.1f %% of people have electricity", $0) } ?? "electricity access unknown")
      + "; sites on the grid: \(country.sitesOnGrid.landingPoints) landing points, \(country.sitesOnGrid.internetExchanges) IXPs, \(country.sitesOnGrid.facilities) facilities, \(country.sitesOnGrid.rootInstances) root instances.")
    body += tag("h4", [:], "Score parts (value × weight as applied = points; the weights sum to 1)") + list(country.parts.map { part in
      "\(part.key.rawValue): " + String(format: "%.1f × %.2f = +%.1f", part.value, part.weight, part.contribution) + " (\(part.evidence.sentence))"
    })
    return tag("section", ["class": "card", "id": "card-\(country.code)"], body)
  }
}
