// The worst-case attacker's answer as text or JSON.
import NetRisk
import NetRiskData

public enum AttackRenderer {
  /// `attack` as a table-like text or canonical JSON (CSV is refused by the command).
  public static func render(_ attack: WorstCaseAttack, format: OutputFormat, scope: String, provenance: Provenance) -> String {
    switch format {
    case .json:
      return JSONValue.object(provenance.members(output: "attack").merging([
        "budget": .integer(attack.budget), "scope": .string(scope),
        "targetedCountries": .integer(attack.targetedCountries), "candidateElements": .integer(attack.candidateElements),
        "elements": .array(attack.elements.map { element in
          .object(["id": .string(element.id), "name": .string(element.name), "kind": .string(element.kind.rawValue)])
        }),
        "isolated": .array(attack.isolated.map { .string($0) }), "people": .integer(attack.people),
        "exact": .bool(attack.isExact), "upperBoundPeople": .integer(attack.upperBoundPeople),
      ]) { $1 }).canonicalText
    case .table, .csv:
      var table = TextTable(headers: ["#", "element", "kind", "id"], alignments: [.right, .left, .left, .left])
      for (index, element) in attack.elements.enumerated() {
        table.append([String(index + 1), element.name, element.kind.rawValue, element.id])
      }
      let quality = attack.isExact
        ? "exact: no \(attack.budget == 1 ? "single element" : "set of \(attack.budget) elements") cuts off more people"
        : "heuristic (greedy in steps of two): the best set of \(attack.budget) cuts off at most "
          + "\(Double(attack.upperBoundPeople).withThousandsSeparators) people (those in countries with k ≤ \(attack.budget))"
      let outcome = attack.elements.isEmpty
        ? "No \(attack.budget == 1 ? "element" : "set of \(attack.budget) elements") of these kinds cuts off any of the \(attack.targetedCountries) countries targeted."
        : "Failing \(attack.elements.count == 1 ? "this element" : "these \(attack.elements.count) elements") cuts off \(Double(attack.people).withThousandsSeparators) people in "
          + "\(attack.isolated.count) \(attack.isolated.count == 1 ? "country" : "countries"): \(attack.isolated.joined(separator: " "))"
      return """
        netrisk attack: the worst \(attack.budget == 1 ? "single failure" : "\(attack.budget) simultaneous failures") for \(scope) \
        (structural: isolation only; \(attack.candidateElements) elements could be failed; model \(provenance.modelHash))
        \(outcome)
        \(quality)

        \(attack.elements.isEmpty ? "" : table.render())

        """
    }
  }
}
