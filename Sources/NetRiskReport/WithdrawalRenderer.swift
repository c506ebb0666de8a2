// A jurisdiction's withdrawal, for people and as JSON (in `simulate`).
import NetRisk

enum WithdrawalRenderer {
  /// One block per withdrawal, then the registries' dated effects.
  static func table(_ report: ScenarioReport) -> String {
    guard !report.withdrawals.isEmpty else { return "" }
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
        + "registration stops at once; RPKI objects go stale when their manifests pass their next-update time (RFC 9286), and routes then validate as 'not found'.")
    }
    lines.append("Approximate: the withdrawn elements fail for every country in the simulation, so the targets' neighbours lose them too; the owner mapping covers the largest owners only.")
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
