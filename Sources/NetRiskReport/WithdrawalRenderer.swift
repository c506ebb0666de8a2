// A jurisdiction's withdrawal, for people and as JSON (in `simulate`).
import NetRisk

enum WithdrawalRenderer {
  /// What stops when a registry stops serving a country, and when: the same
  /// words for a withdrawal's registry and a registry that fails.
  static let registryConsequence = "registration (new resources, transfers, RDAP and WHOIS updates) stops at once; "
    + "RPKI objects go stale when their manifests and CRLs pass their next-update time (RFC 9286) and routes then validate "
    + "as 'not found'; reverse-DNS delegations lapse as resolvers' cached records expire. Routing itself goes on: nothing "
    + "is withdrawn from BGP. The intervals are each registry's own settings, not in the dataset; for scale, a CA run with "
    + "NLnet Labs' Krill at its default settings has its publication point expire after an outage of more than 8 hours "
    + "(Krill manual, failure scenarios)."

  /// One block per withdrawal, then the registries' dated effects, then
  /// the registries that fail.
  static func table(_ report: ScenarioReport) -> String {
    guard !report.withdrawals.isEmpty || !report.registryFailures.isEmpty else { return "" }
    var lines: [String] = []
    for withdrawal in report.withdrawals {
      lines.append("")
      lines.append("Jurisdiction \(withdrawal.jurisdiction) withdraws from \(withdrawal.targets.joined(separator: ", ")) (the table above lists these targets only):")
      lines.append("  root letters lost at once (operators seated in \(withdrawal.jurisdiction)): "
        + (withdrawal.rootLetters.isEmpty ? "none" : withdrawal.rootLetters.joined(separator: " ")))
      let sited = NodeKind.allCases.compactMap { kind in withdrawal.sitedElements[kind].map { "\($0) \(label(kind, $0))" } }
      lines.append("  sited in \(withdrawal.jurisdiction) and failed: " + (sited.isEmpty ? "nothing" : sited.joined(separator: ", ")))
      lines.append("  cables failed, every owner mapped to \(withdrawal.jurisdiction) (\(withdrawal.failedCables.count)): "
        + (withdrawal.failedCables.isEmpty ? "none" : withdrawal.failedCables.map(\.name).joined(separator: "; ")))
      lines.append("  cables kept, owners in \(withdrawal.jurisdiction) and elsewhere (\(withdrawal.sharedCables.count)): "
        + (withdrawal.sharedCables.isEmpty
          ? "none"
          : withdrawal.sharedCables.prefix(12).map { "\($0.cable.name) (\($0.ownersThere.joined(separator: ", ")))" }.joined(separator: "; ")
            + (withdrawal.sharedCables.count > 12 ? "; +\(withdrawal.sharedCables.count - 12) more (JSON lists them)" : "")))
      lines.append("  owner mapping: \(withdrawal.targetCables - withdrawal.unmappedTargetCables) of the \(withdrawal.targetCables) active cables landing in the targets have a mapped owner (owner_jurisdictions.csv)")
    }
    for effect in report.registryEffects {
      lines.append("Over time (not simulated): \(effect.registry.rawValue.uppercased()), seated in \(effect.seat), stops serving \(effect.targets.joined(separator: ", ")): "
        + registryConsequence)
    }
    if !report.withdrawals.isEmpty {
      lines.append("Approximate: the withdrawn elements fail for every country in the simulation, so the targets' neighbours lose them too; the owner mapping covers the largest owners only.")
    }
    for failure in report.registryFailures {
      let v4 = failure.countries.reduce(0) { $0 + $1.ipv4Addresses }
      let asns = failure.countries.reduce(0) { $0 + $1.asnsFromRegistry }
      lines.append("")
      lines.append("Registry \(failure.registry.rawValue.uppercased())" + (failure.seat.map { " (seat \($0))" } ?? "")
        + " stops operating (a dated effect, not simulated as a connectivity failure):")
      lines.append("  it serves \(failure.countries.count) countries, whose holders have \(Double(v4).withThousandsSeparators) IPv4 addresses "
        + "(from every registry: rir_allocations.csv does not split addresses by registry) and \(asns) AS numbers from it")
      var table = TextTable(headers: ["code", "country", "IPv4 addresses", "IPv6 /32s", "ASNs"], alignments: [.left, .left, .right, .right, .right])
      for country in failure.countries.prefix(15) {
        table.append([country.code, country.name, Double(country.ipv4Addresses).withThousandsSeparators, country.ipv6Slash32.decimals(1), String(country.asnsFromRegistry)])
      }
      lines.append(table.render().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
      if failure.countries.count > 15 { lines.append("  ... and \(failure.countries.count - 15) more (JSON lists them)") }
      lines.append("  " + registryConsequence)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func label(_ kind: NodeKind, _ count: Int) -> String {
    let one: String
    switch kind {
    case .country: one = "national network"
    case .landingPoint: one = "landing point"
    case .facility: one = "facility"
    case .internetExchange: one = "IXP"
    case .rootInstance: one = "root instance"
    case .borderLink: one = "border link"
    default: one = kind.rawValue
    }
    guard count != 1 else { return one }
    return one.hasSuffix("y") ? String(one.dropLast()) + "ies" : one + "s"
  }
}

/// A withdrawal as `simulate --format json` writes it under `withdrawals`.
struct WithdrawalDocument: Encodable {
  var withdrawal: JurisdictionWithdrawal

  func encode(to encoder: Encoder) throws {
    var object = encoder.container(keyedBy: JSONKey.self)
    try object.encode(withdrawal.failedCables.map { ["id": $0.id, "name": $0.name] }, forKey: "failedCables")
    try object.encode(withdrawal.jurisdiction, forKey: "jurisdiction")
    try object.encode(withdrawal.rootLetters, forKey: "rootLetters")
    try object.encode(withdrawal.sharedCables.map(SharedDocument.init), forKey: "sharedCables")
    try object.encode(
      Dictionary(uniqueKeysWithValues: withdrawal.sitedElements.map { ($0.key.rawValue, $0.value) }), forKey: "sitedElements")
    try object.encode(withdrawal.targetCables, forKey: "targetCables")
    try object.encode(withdrawal.targets, forKey: "targets")
    try object.encode(withdrawal.unmappedTargetCables, forKey: "unmappedTargetCables")
  }

  struct SharedDocument: Encodable {
    var shared: JurisdictionWithdrawal.SharedCable

    func encode(to encoder: Encoder) throws {
      var object = encoder.container(keyedBy: JSONKey.self)
      try object.encode(shared.cable.id, forKey: "id")
      try object.encode(shared.cable.name, forKey: "name")
      try object.encode(shared.ownersElsewhere, forKey: "ownersElsewhere")
      try object.encode(shared.ownersThere, forKey: "ownersThere")
    }
  }
}

/// A failed registry as `simulate --format json` writes it under `registryFailures`.
struct RegistryFailureDocument: Encodable {
  var failure: RegistryFailure

  func encode(to encoder: Encoder) throws {
    var object = encoder.container(keyedBy: JSONKey.self)
    try object.encode(failure.countries.map(CountryDocument.init), forKey: "countries")
    try object.encode(failure.registry.rawValue, forKey: "registry")
    try object.encode(failure.seat, forKey: "seat")
  }

  struct CountryDocument: Encodable {
    var country: RegistryFailure.ServedCountry

    func encode(to encoder: Encoder) throws {
      var object = encoder.container(keyedBy: JSONKey.self)
      try object.encode(country.asnsFromRegistry, forKey: "asnsFromRegistry")
      try object.encode(country.code, forKey: "code")
      try object.encode(country.ipv4Addresses, forKey: "ipv4Addresses")
      try object.encode(country.ipv6Slash32, forKey: "ipv6Slash32")
      try object.encode(country.name, forKey: "name")
    }
  }
}
