// Who carries a country's traffic: how its address space spreads over
// networks, and over the networks that hold its international transit.
import NetRiskData

/// How concentrated one country's networks and international transit are,
/// from the AS layer (CAIDA, December 2018: address space geolocated per AS
/// and country, and provider-to-customer links).
///
/// - **Networks**: each AS present in the country, with its share of the
///   country's geolocated IPv4 addresses.
/// - **Gateways**: the networks through which those addresses reach other
///   countries. From each network present, provider links are followed
///   upwards while the provider is at home in the country; a network is a
///   gateway when it has a provider at home elsewhere (or of unknown home), or
///   no provider at all. A network at home abroad (a foreign operator's
///   presence) is its own gateway, and so is one whose domestic providers
///   loop with no way out in the data. A network's addresses are split equally
///   over the gateways it reaches.
/// - **Upstream country**: for each network, the home countries of its
///   gateways' foreign providers; when that is exactly one country, the
///   network's addresses depend on that country for transit.
///
/// Approximate: address space is not users (a mobile operator behind
/// carrier-grade NAT holds few addresses for many users); an AS is not an
/// operator (there is no AS-to-organisation file, so one operator's several
/// ASes count apart); the data is from 2018.
public struct OperatorConcentration: Hashable, Sendable, Codable {
  /// A network and its share (0 to 1) of the country's addresses.
  public struct Share: Hashable, Sendable, Codable {
    public var asn: Int
    public var share: Double
  }

  /// A gateway network, its share (0 to 1) of the country's addresses, and
  /// where its transit comes from: the home countries (alpha-2, sorted) of
  /// its foreign providers, or its own home when it is at home abroad (a
  /// foreign operator's presence); empty when the data names none (a
  /// network with no provider, or whose providers' homes are unknown).
  public struct Gateway: Hashable, Sendable, Codable {
    public var asn: Int
    public var share: Double
    public var upstreamCountries: [String]
  }

  /// Geolocated IPv4 addresses in the country (the ASes kept in the dataset).
  public var addresses: Int
  /// Networks (ASes) present.
  public var networks: Int
  /// The largest network by address share.
  public var largestNetwork: Share
  /// Herfindahl-Hirschman index (0 to 1) of the networks' address shares.
  public var networkConcentration: Double
  /// Gateways by share of the country's addresses behind them, largest first
  /// (ties by AS number), each with its upstream countries.
  public var gateways: [Gateway]
  /// Herfindahl-Hirschman index (0 to 1) of the gateways' shares.
  public var gatewayConcentration: Double
  /// The smallest number of gateways that together carry at least nine
  /// tenths of the addresses: how many operators must fail to cut most of
  /// the country off.
  public var gatewaysForNineTenths: Int
  /// The foreign country on which the largest share of addresses depends
  /// alone for transit, and that share; nil when none does.
  public var upstreamCountry: String?
  public var upstreamCountryShare: Double

  /// The effective number of gateways, 1 / HHI.
  public var effectiveGateways: Double { gatewayConcentration > 0 ? 1 / gatewayConcentration : 0 }
  /// The largest gateway, which exists whenever the country has addresses.
  public var largestGateway: Share { gateways.first.map { Share(asn: $0.asn, share: $0.share) } ?? largestNetwork }

  /// The figures for every country of `dataset` (nil where the dataset has
  /// no AS layer or the country no network).
  /// - Complexity: O(Σ over countries of networks × the domestic provider
  ///   graph reached from each), a few milliseconds for the world.
  public static func all(in dataset: Dataset) -> RowValues<Country, OperatorConcentration?> {
    guard dataset.hasAutonomousSystems else { return RowValues(repeating: nil, count: dataset.countries.count) }
    return dataset.countries.mapRows { country, _ in of(country, in: dataset) }
  }

  /// The figures for one country, or nil when it has no network in the data.
  public static func of(_ country: RowIndex<Country>, in dataset: Dataset) -> OperatorConcentration? {
    let presences = dataset.countries[country].autonomousSystemPresenceIndices.map { dataset.autonomousSystemPresences[$0] }
    let total = presences.reduce(0) { $0 + $1.addresses }
    guard total > 0 else { return nil }
    let systems = dataset.autonomousSystems

    var networkShares: [Share] = []
    var gatewayAddresses: [RowIndex<AutonomousSystem>: Double] = [:]  // addresses behind each gateway
    var dependentAddresses: [RowIndex<Country>: Double] = [:]  // addresses depending on each country alone
    for presence in presences {
      let share = Double(presence.addresses)
      networkShares.append(Share(asn: systems[presence.systemIndex].asn, share: share / Double(total)))
      let (gateways, upstreams) = way(out: presence.systemIndex, of: country, in: dataset)
      for gateway in gateways { gatewayAddresses[gateway, default: 0] += share / Double(gateways.count) }
      if upstreams.count == 1, let only = upstreams.first { dependentAddresses[only, default: 0] += share }
    }

    let byShare = { (lhs: Share, rhs: Share) in lhs.share > rhs.share || (lhs.share == rhs.share && lhs.asn < rhs.asn) }
    networkShares.sort(by: byShare)
    let gateways = gatewayAddresses.map { system, addresses in
      Gateway(
        asn: systems[system].asn, share: addresses / Double(total),
        upstreamCountries: upstreams(of: system, from: country, in: dataset).map { dataset.countries[$0].code }.sorted())
    }.sorted { lhs, rhs in lhs.share > rhs.share || (lhs.share == rhs.share && lhs.asn < rhs.asn) }
    var covered = 0.0
    var forNineTenths = 0
    for gateway in gateways where covered < 0.9 - 1e-12 {
      covered += gateway.share
      forNineTenths += 1
    }
    let upstream = dependentAddresses.max { lhs, rhs in
      lhs.value < rhs.value || (lhs.value == rhs.value && dataset.countries[lhs.key].code > dataset.countries[rhs.key].code)
    }
    return OperatorConcentration(
      addresses: total, networks: presences.count, largestNetwork: networkShares[0],
      networkConcentration: networkShares.reduce(0) { $0 + $1.share * $1.share },
      gateways: gateways, gatewayConcentration: gateways.reduce(0) { $0 + $1.share * $1.share },
      gatewaysForNineTenths: forNineTenths,
      upstreamCountry: upstream.map { dataset.countries[$0.key].code },
      upstreamCountryShare: upstream.map { $0.value / Double(total) } ?? 0)
  }

  /// The countries a gateway of `country` buys its transit in: the homes of
  /// its foreign providers, or its own home when it is at home abroad.
  /// - Complexity: O(its providers).
  static func upstreams(
    of gateway: RowIndex<AutonomousSystem>, from country: RowIndex<Country>, in dataset: Dataset
  ) -> Set<RowIndex<Country>> {
    let systems = dataset.autonomousSystems
    guard systems[gateway].homeCountryIndex == country else { return Set(systems[gateway].homeCountryIndex.map { [$0] } ?? []) }
    return Set(systems[gateway].providerIndices.compactMap { provider in
      systems[provider].homeCountryIndex.flatMap { $0 == country ? nil : $0 }
    })
  }

  /// How one network present in `country` reaches other countries: its
  /// gateways (provider links followed upwards while the provider is at home
  /// in the country) and the home countries of their foreign providers. A
  /// network at home abroad is its own gateway, its home the upstream.
  /// - Complexity: O(the domestic provider graph reached from the network).
  static func way(
    out system: RowIndex<AutonomousSystem>, of country: RowIndex<Country>, in dataset: Dataset
  ) -> (gateways: [RowIndex<AutonomousSystem>], upstreams: Set<RowIndex<Country>>) {
    let systems = dataset.autonomousSystems
    let isDomestic = { (system: RowIndex<AutonomousSystem>) in systems[system].homeCountryIndex == country }
    guard isDomestic(system) else { return ([system], Set(systems[system].homeCountryIndex.map { [$0] } ?? [])) }
    var gateways: [RowIndex<AutonomousSystem>] = []
    var upstreams: Set<RowIndex<Country>> = []
    var visited: Set<RowIndex<AutonomousSystem>> = [system]
    var stack = [system]
    while let next = stack.popLast() {
      let providers = systems[next].providerIndices
      let foreign = providers.filter { !isDomestic($0) }
      if providers.isEmpty || !foreign.isEmpty { gateways.append(next) }
      for provider in foreign {
        if let home = systems[provider].homeCountryIndex { upstreams.insert(home) }
      }
      for provider in providers where isDomestic(provider) && visited.insert(provider).inserted {
        stack.append(provider)
      }
    }
    // Domestic providers in a loop with no way out in the data: the way out
    // is unknown, so the network counts as its own gateway.
    return (gateways.isEmpty ? [system] : gateways, upstreams)
  }

  /// Per country, the share (0 to 1) of its addresses that reaches each
  /// foreign country for transit: a network's addresses split equally over
  /// the upstream countries of its gateways. Empty maps without an AS layer.
  ///
  ///     transitShares(in: world)[uganda][kenya]   // 0.46: Ugandan networks buy transit in Kenya
  ///
  /// - Complexity: as `all(in:)`.
  public static func transitShares(in dataset: Dataset) -> RowValues<Country, [RowIndex<Country>: Double]> {
    dataset.countries.mapRows { country, _ in
      let presences = dataset.countries[country].autonomousSystemPresenceIndices.map { dataset.autonomousSystemPresences[$0] }
      let total = Double(presences.reduce(0) { $0 + $1.addresses })
      guard total > 0 else { return [:] }
      var shares: [RowIndex<Country>: Double] = [:]
      for presence in presences {
        let upstreams = way(out: presence.systemIndex, of: country, in: dataset).upstreams.subtracting([country])
        for upstream in upstreams { shares[upstream, default: 0] += Double(presence.addresses) / total / Double(upstreams.count) }
      }
      return shares
    }
  }
}
