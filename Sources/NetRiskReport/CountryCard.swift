// A country's card in the HTML report: a collapsible details element.
import Foundation
import NetRisk

enum CountryCard {
  /// The card of `country`, as `<details id="card-CC">` whose summary is its
  /// heading: open for the countries asked for, collapsed for the others.
  static func render(_ country: CountryExposure, of report: ExposureReport, open: Bool) -> String {
    func list(_ items: [String]) -> String {
      items.isEmpty ? tag("p", [:], "none") : tag("ul", [:], items.map { tag("li", [:], $0.xmlEscaped) }.joined())
    }
    func paragraph(_ text: String) -> String { tag("p", [:], text.xmlEscaped) }
    let heading = tag("h3", [:], "\(country.name) (\(country.code)): score \(country.score.decimals(1)), rank \(country.rank) of \(report.countries.count)".xmlEscaped)
    var body = tag("h4", [:], "Single points of failure") + list(country.singlePointsOfFailure.map { $0.sentence(countryNames: report.countryNames) + ($0.repairPhrase.map { " (\($0))" } ?? "") })
    body += paragraph("k = \(country.independentFailuresToIsolate): " + (country.isolatingFailures.isEmpty ? "no international link" : country.isolatingFailures.map(\.name).joined(separator: ", ")))
    body += paragraph("Weakest capacity cut: \(country.minCutTbps.decimals(1)) of \(country.internationalTbps.decimals(1)) Tbit/s attached (\((100 * country.minCutShare).decimals(0)) %).")
    if let risk = country.risk {
      body += paragraph(
        "Monte Carlo: isolated \((100 * risk.isolationProbability).decimals(3)) % ± \((100 * risk.isolationStandardError).decimals(3)) of the time; "
          + "expected capacity lost \((100 * risk.expectedCapacityLoss).decimals(2)) % ± \((100 * risk.expectedCapacityLossStandardError).decimals(2)); "
          + "95th percentile \((100 * risk.capacityLoss95).decimals(1)) %; DNS root resolution lost \((100 * risk.rootResolutionLossProbability).decimals(3)) %.")
      body += tag("h4", [:], "How often the traffic drop reaches each size (share of the Monte Carlo's trials)")
      body += CardCharts.trafficDrop(risk, code: country.code)
    }
    body += paragraph("Cables (\(country.cables.count)): " + (country.cables.isEmpty ? "none" : country.cables.joined(separator: ", ")) + ". Far-end countries: "
      + (country.farEndCountries.isEmpty ? "none" : country.farEndCountries.joined(separator: ", ")) + ". Land neighbours: "
      + (country.landNeighbours.isEmpty ? "none" : country.landNeighbours.joined(separator: ", ")) + ".")
    if !country.capacityByEntry.isEmpty {
      body += tag("h4", [:], "Where its international capacity enters, and where it leads (design capacity)")
      body += CardCharts.capacity(country)
    }
    body += paragraph("DNS root letters in the country: " + (country.localRootLetters.isEmpty ? "none" : country.localRootLetters.joined(separator: " "))
      + ". IXPs: \(country.internetExchanges) with \(country.exchangeMemberNetworks) member networks.")
    if let operators = country.operators {
      body += paragraph(
        "Operators (CAIDA AS data, 2018; address space, not users): \(operators.networks) networks; "
          + "international transit through \(operators.gateways.count.counted("gateway network")), \(operators.effectiveGateways.decimals(1)) effective; "
          + "the largest, AS\(operators.largestGateway.asn), carries \((100 * operators.largestGateway.share).decimals(0)) %; "
          + "\(operators.gatewaysForNineTenths) carry nine tenths.")
    }
    body += paragraph("Power: " + (country.electricityAccessPercent.map { "\($0.decimals(1)) % of people have electricity" } ?? "electricity access unknown")
      + "; sites on the grid: \(country.sitesOnGrid.landingPoints.counted("landing point")), \(country.sitesOnGrid.internetExchanges.counted("IXP")), \(country.sitesOnGrid.facilities.counted("facility")), \(country.sitesOnGrid.rootInstances.counted("root instance")).")
    body += tag("h4", [:], "Score parts (value × weight as applied = points; the weights sum to 1)") + list(country.parts.map { part in
      "\(part.key.label): \(part.value.decimals(1)) × \(part.weight.decimals(2)) = +\(part.contribution.decimals(1)) (\(part.evidence.sentence))"
    })
    let content = tag("summary", [:], heading) + body
    return open
      ? tag("details", ["class": "card", "id": "card-\(country.code)", "open": "open"], content)
      : tag("details", ["class": "card", "id": "card-\(country.code)"], content)
  }
}
