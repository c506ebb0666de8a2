// Renders one country's exposure as readable prose and lists.
import Foundation
import NetRisk

public enum ExplainRenderer {
  /// Everything netrisk found for `country`, for a person to read and check.
  public static func render(_ country: CountryExposure, of report: ExposureReport) -> String {
    var out: [String] = []
    func list(_ items: [String], empty: String = "none") -> String { items.isEmpty ? empty : items.joined(separator: ", ") }

    out.append("\(country.name) (\(country.code)): exposure \(country.score.decimals(1)) / 100, rank \(country.rank) of \(report.countries.count)")
    out.append("Model \(report.modelName) \(report.modelVersion) (hash \(report.modelHash)).")
    if let parent = country.regionOf {
      let name = report.countryNames[parent] ?? parent
      out.append("A region of \(name) (\(parent)), split off with --regions: its landing points, population and grid are its own; "
        + "its IXPs, facilities, root instances and AS data stay with \(parent) (the data places them by city, not by region).")
    }
    if country.isHub {
      out.append("\(country.name) is a hub of the global core; its structure is measured against the other hubs.")
    }
    out.append("")
    out.append("Score parts (0 robust .. 100 worst; weight; points added):")
    for part in country.parts {
      out.append("  \(part.key.rawValue.padding(toLength: 22, withPad: " ", startingAt: 0)) \(part.value.decimals(1).leftPadded(5))  w \(part.weight.decimals(2))  +\(part.contribution.decimals(1))  \(part.evidence.sentence)")
    }
    out.append("")
    out.append("Single points of failure (\(country.singlePointsOfFailure.count)):")
    if country.singlePointsOfFailure.isEmpty { out.append("  none: no single failure cuts every international path") }
    for failure in country.singlePointsOfFailure {
      out.append("  - \(failure.sentence(countryNames: report.countryNames))" + (failure.repairPhrase.map { "\n      \($0)" } ?? ""))
    }
    if let national = country.backbone?.national, national.status == .connected {
      let domestic = national.cutNames.count
      if domestic > 0 {
        let cuts = domestic == 1 ? "1 single span or node cuts" : "\(domestic) single spans or nodes each cut"
        out.append("  inside the country: on its backbone maps, \(cuts) the population centre off from every landing and border post the maps show (Domestic backbone, below)")
      }
    }
    out.append("")
    let k = country.independentFailuresToIsolate
    out.append(k == 0
      ? "Independent failures to isolate: 0 (no international link in the dataset)."
      : "Independent failures to isolate (k): \(k): \(list(country.isolatingFailures.map(\.name)))")
    out.append("Weakest capacity cut: \(country.minCutTbps.decimals(1)) Tbit/s of \(country.internationalTbps.decimals(1)) Tbit/s attached (\((100 * country.minCutShare).decimals(0)) %): \(list(country.minCutLinks.map(\.name)))")
    if let risk = country.risk {
      out.append("Cascading risk (Monte Carlo, \(report.monteCarloTrials) trials, seed \(report.seed); ± one standard error):")
      out.append("  isolated \((100 * risk.isolationProbability).decimals(3)) % ± \((100 * risk.isolationStandardError).decimals(3)) of the time")
      out.append("  expected traffic drop \((100 * risk.expectedTrafficDrop).decimals(2)) % ± \((100 * risk.expectedTrafficDropStandardError).decimals(2)); 95th percentile \((100 * risk.trafficDrop95).decimals(1)) %")
      out.append("  expected share of lit international capacity lost \((100 * risk.expectedCapacityLoss).decimals(2)) % ± \((100 * risk.expectedCapacityLossStandardError).decimals(2)); 95th percentile \((100 * risk.capacityLoss95).decimals(1)) %")
      out.append("  DNS root resolution lost \((100 * risk.rootResolutionLossProbability).decimals(3)) % ± \((100 * risk.rootResolutionLossStandardError).decimals(3)) of the time")
      // A share of the time is days a year under the model's steady failure
      // rates (each failure's probability is its rate times its repair time).
      out.append("  in days a year: isolated \((365.25 * risk.isolationProbability).decimals(1)), all traffic lost for the equivalent of \((365.25 * risk.expectedTrafficDrop).decimals(1)) (share of the time × 365.25)")
    }
    out.append("")
    out.append("Diversity:")
    out.append("  active cables (\(country.cables.count)): \(list(country.cables))")
    out.append("  landing points with an active cable: \(country.landingPoints)")
    out.append("  far-end countries (\(country.farEndCountries.count)): \(list(country.farEndCountries))")
    out.append("  land neighbours (\(country.landNeighbours.count)): \(list(country.landNeighbours))")
    out.append("  capacity concentration (HHI, 1 = all in one): by entry point \(country.entryConcentration.map { $0.decimals(2) } ?? "n/a"), by far-end country \(country.farEndConcentration.map { $0.decimals(2) } ?? "n/a")")
    out.append("")
    out.append("DNS root: letters with an instance in the country: \(list(country.localRootLetters))")
    out.append("  if cut off at its international edge, these letters still answer: \(list(country.rootLettersWhenCutOff, empty: "none (root resolution fails once caches expire)"))")
    out.append("Local exchange: \(country.internetExchanges.counted("IXP")), \(country.exchangeMemberNetworks.counted("member network")); domestic traffic \(country.domesticTrafficCanStayLocal ? "can" : "cannot") stay local when cut off.")
    if let operators = country.operators {
      let shares = operators.gateways.prefix(3).map { gateway in
        let upstreams = gateway.upstreamCountries.prefix(4).joined(separator: ", ")
          + (gateway.upstreamCountries.count > 4 ? " +\(gateway.upstreamCountries.count - 4)" : "")
        return "AS\(gateway.asn) \((100 * gateway.share).decimals(0)) %" + (upstreams.isEmpty ? "" : " (transit from \(upstreams))")
      }
      out.append("Operators (CAIDA AS data, Dec 2018; address space, not users): \(operators.networks) networks; largest AS\(operators.largestNetwork.asn) holds \((100 * operators.largestNetwork.share).decimals(0)) % of the address space.")
      out.append("  international transit through \(operators.gateways.count.counted("gateway network")), \(operators.effectiveGateways.decimals(1)) effective (1 / HHI \(operators.gatewayConcentration.decimals(2))): \(list(shares)); \(operators.gatewaysForNineTenths) of them carry nine tenths")
      if let upstream = operators.upstreamCountry {
        out.append("  networks whose foreign upstreams are all at home in one country: \((100 * operators.upstreamCountryShare).decimals(0)) % of the address space depends on \(upstream) alone")
      }
    }
    out.append(contentsOf: BackboneLines.render(country.backbone))
    out.append("Governance: address registry \(country.registry?.uppercased() ?? "unknown") (seat \(country.registrySeat ?? "unknown")); \((100 * country.rootOperatorsAbroadShare).decimals(0)) % of root letters are run from abroad.")
    let access = country.electricityAccessPercent.map { "\($0.decimals(1)) % of people have electricity (\(country.electricityAccessYear.map(String.init) ?? "?"))" } ?? "electricity access unknown"
    let mix = country.generationMixPercent.filter { $0.value >= 1 }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
      .map { "\($0.key) \($0.value.decimals(0)) %" }
    out.append("Power: \(access); generation mix \(country.generationYear.map(String.init) ?? "?"): \(list(mix, empty: "unknown"))\(country.netImportPercent.map { "; net imports \($0.decimals(1)) % of demand" } ?? "").")
    let sites = country.sitesOnGrid
    out.append("  on the grid (they fail when an outage outlasts their backup): \(sites.landingPoints.counted("landing point")), \(sites.internetExchanges.counted("IXP")), \(sites.facilities.counted("facility")), \(sites.rootInstances.counted("root instance")).")
    return out.joined(separator: "\n") + "\n"
  }
}

extension String {
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
