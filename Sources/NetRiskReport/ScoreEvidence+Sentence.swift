// The reason of each score part, as people read it.
import NetRisk

extension ScoreEvidence {
  /// "one failure isolates it: landing point Nuku'alofa, Tonga",
  /// "capacity HHI 0.19 over 12 landing points and border crossings", ...
  var sentence: String {
    switch self {
    case let .isolation(k, failures, isHub):
      let names = failures.map(\.name)
      if k == 0 { return isHub ? "no path to another hub of the global core" : "no international link in the dataset" }
      if k == 1 { return "one failure isolates it: \(names.joined(separator: ", "))" }
      return "\(k) independent failures isolate it, e.g. \(names.joined(separator: " + "))"
    case let .entryConcentration(herfindahl, entryPoints):
      return herfindahl.map { "capacity HHI \($0.upToTwoDecimals) over \(entryPoints.counted("landing point or border crossing", "landing points and border crossings"))" }
        ?? "no landing point or border crossing"
    case let .farEndConcentration(herfindahl, farEndCountries):
      return herfindahl.map { "capacity HHI \($0.upToTwoDecimals) over \(farEndCountries) far-end countries" } ?? "no far-end country"
    case let .localExchange(exchanges, members):
      return exchanges == 0 ? "no IXP: domestic traffic leaves the country" : "\(exchanges.counted("IXP")) with \(members.counted("member network"))"
    case let .dnsRoot(letters):
      return letters.isEmpty ? "no root instance in the country" : "root letters in the country: \(letters.joined(separator: " "))"
    case let .governance(abroad, operators, registry, seat):
      return "\(abroad) of \(operators) root operators sit abroad; address space from "
        + (registry.map { "\($0.uppercased()) (seat \(seat ?? "unknown"))" } ?? "no registry on record")
    case let .power(access, year):
      return access.map { "\($0.upToTwoDecimals)% of people have electricity (\(year.map(String.init) ?? "year unknown"))" }
        ?? "no electricity-access figure: 50 assumed"
    case let .operatorConcentration(concentration):
      guard let concentration else { return "no network of the country in the AS data: 50 assumed" }
      let largest = concentration.largestGateway
      return "transit HHI \(concentration.gatewayConcentration.upToTwoDecimals) over \(concentration.gateways.count.counted("gateway network")); "
        + "AS\(largest.asn) carries \((100 * largest.share).upToTwoDecimals)% of the address space; "
        + "\(concentration.gatewaysForNineTenths.counted("gateway")) \(concentration.gatewaysForNineTenths == 1 ? "carries" : "carry") nine tenths"
    case let .expectedTrafficDrop(drop, standardError, capacityLoss, isolation):
      return "expected traffic drop: \((100 * drop).upToTwoDecimals)% ± \((100 * standardError).upToTwoDecimals) "
        + "(25 points per tenfold, 0 at 0.01%); "
        + "lit capacity lost \((100 * capacityLoss).upToTwoDecimals)%; isolated \((100 * isolation).upToTwoDecimals)% of the time"
    }
  }
}
