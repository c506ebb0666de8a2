// The JSON of a scenario's impact (`netrisk simulate --format json`).
import NetRisk

/// A scenario report as the JSON document `simulate --format json` writes:
/// keys sorted, pretty-printed by Foundation's encoder, the failed elements
/// behind each country's impact by name.
struct ScenarioDocument: Encodable {
  var report: ScenarioReport
  /// The loss-over-time curve (`simulate --recovery`), written as `recovery`.
  var recovery: RecoveryReport? = nil
  /// Tool, model and dataset; without it, the model's members from the report.
  var provenance: Provenance?

  func encode(to encoder: Encoder) throws {
    var object = encoder.container(keyedBy: JSONKey.self)
    if let provenance {
      try provenance.encode(output: "simulate", to: &object)
    } else {
      try object.encode(["name": report.modelName, "hash": report.modelHash], forKey: "model")
    }
    try object.encode(report.affected.map(ImpactDocument.init), forKey: "affected")
    try object.encode(report.backgroundFailures, forKey: "backgroundFailures")
    try object.encode(report.description, forKey: "description")
    if let recovery { try object.encode(RecoveryDocument(recovery: recovery), forKey: "recovery") }
    try object.encode(report.scenario, forKey: "scenario")
    try object.encode(report.seed, forKey: "seed")
    try object.encode(report.selectedElements, forKey: "selectedElements")
    try object.encode(report.sources, forKey: "sources")
    try object.encode(report.trials, forKey: "trials")
    try object.encode(report.unaffectedCount, forKey: "unaffectedCount")
    if !report.registryFailures.isEmpty {
      try object.encode(report.registryFailures.map(RegistryFailureDocument.init), forKey: "registryFailures")
    }
    if !report.withdrawals.isEmpty {
      try object.encode(report.withdrawals.map(WithdrawalDocument.init), forKey: "withdrawals")
      try object.encode(
        report.registryEffects.map { ["registry": $0.registry.rawValue, "seat": $0.seat, "targets": $0.targets.joined(separator: " ")] },
        forKey: "registryEffects")
    }
  }

  /// One affected country.
  struct ImpactDocument: Encodable {
    var impact: CountryImpact

    func encode(to encoder: Encoder) throws {
      var object = encoder.container(keyedBy: JSONKey.self)
      try object.encode(impact.capacityLoss95, forKey: "capacityLoss95")
      try object.encode(impact.causes.map(\.name), forKey: "causes")
      try object.encode(impact.code, forKey: "code")
      try object.encode(impact.expectedCapacityLoss, forKey: "expectedCapacityLoss")
      try object.encode(impact.expectedCapacityLossStandardError, forKey: "expectedCapacityLossStandardError")
      try object.encode(impact.expectedTrafficDrop, forKey: "expectedTrafficDrop")
      try object.encode(impact.expectedTrafficDropStandardError, forKey: "expectedTrafficDropStandardError")
      try object.encode(impact.isolationProbability, forKey: "isolationProbability")
      try object.encode(impact.isolationStandardError, forKey: "isolationStandardError")
      try object.encode(impact.name, forKey: "name")
      try object.encode(impact.rootLettersLostWhenIsolated, forKey: "rootLettersLostWhenIsolated")
      try object.encode(impact.rootResolutionLossProbability, forKey: "rootResolutionLossProbability")
      try object.encode(impact.trafficDrop95, forKey: "trafficDrop95")
    }
  }
}
