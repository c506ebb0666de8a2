// The N-1 and N-2 sweeps as a table, CSV or JSON.
import Foundation
import NetRisk
import NetRiskData

public enum SweepRenderer {
  /// The `top` contingencies (all when nil) of `contingencies` (ranked), in
  /// `format`; `total` is how many elements the sweep covered, and `pairs`
  /// says whether it failed them in pairs (N-2) or one at a time (N-1).
  /// Two elements read "A + B" in the table and CSV.
  public static func render(
    _ contingencies: [Contingency], total: Int, pairs: Bool = false, format: OutputFormat, top: Int?, provenance: Provenance
  ) throws -> String {
    let shown = Array(contingencies.prefix(top ?? contingencies.count))
    switch format {
    case .table:
      var table = TextTable(headers: ["#", pairs ? "elements" : "element", "kind", "people cut off", "countries", "isolated"],
        alignments: [.right, .left, .left, .right, .right, .left])
      for (rank, contingency) in shown.enumerated() {
        table.append([
          String(rank + 1), joined(contingency, \.name), joined(contingency, \.kind.rawValue), people(contingency),
          String(contingency.isolated.count), list(contingency.isolated),
        ])
      }
      let title = pairs
        ? """
          netrisk sweep --pairs: every pair of elements failing together (structural: isolation only; model \(provenance.modelHash))
          \(contingencies.count) pairs of the \(total) elements isolate a country that neither isolates alone; the \(shown.count) that cut off the most people:
          """
        : """
          netrisk sweep: every single element's failure (structural: isolation only; model \(provenance.modelHash))
          \(contingencies.count) of \(total) elements isolate at least one country on their own; the \(shown.count) that cut off the most people:
          """
      return title + "\n\n" + table.render() + "\n"
    case .csv:
      var text = ""
      // The JSON's keys in snake case (Sources/OUTPUTS.md); the elements' fields
      // flattened into one column each, values separated by spaces (names by " + ").
      CSV.append(["rank", "element_ids", "element_names", "element_kinds", "people", "countries_without_population", "isolated", "model_hash"], to: &text)
      for (rank, contingency) in shown.enumerated() {
        CSV.append([
          String(rank + 1), contingency.elements.map(\.id).joined(separator: " "), joined(contingency, \.name),
          joined(contingency, \.kind.rawValue), String(contingency.people), String(contingency.isolatedWithoutPopulation),
          contingency.isolated.joined(separator: " "), provenance.modelHash,
        ], to: &text)
      }
      return text
    case .json:
      let rows: [JSONValue] = shown.enumerated().map { rank, contingency in
        .object([
          "rank": .integer(rank + 1),
          "elements": .array(contingency.elements.map { element in
            .object(["id": .string(element.id), "name": .string(element.name), "kind": .string(element.kind.rawValue)])
          }),
          "people": .integer(contingency.people),
          "countriesWithoutPopulation": .integer(contingency.isolatedWithoutPopulation),
          "isolated": .array(contingency.isolated.map { .string($0) }),
        ])
      }
      return JSONValue.object(provenance.members(output: "sweep").merging([
        "elementsSwept": .integer(total), "failedTogether": .integer(pairs ? 2 : 1),
        "contingenciesThatIsolate": .integer(contingencies.count), "contingencies": .array(rows),
      ]) { $1 }).canonicalText
    }
  }

  static func joined(_ contingency: Contingency, _ field: (DependencyElement) -> String) -> String {
    contingency.elements.map(field).joined(separator: " + ")
  }

  static func people(_ contingency: Contingency) -> String {
    let text = Double(contingency.people).withThousandsSeparators
    return contingency.isolatedWithoutPopulation > 0 ? text + " (+\(contingency.isolatedWithoutPopulation) unknown)" : text
  }

  /// Up to eight codes, then how many more.
  static func list(_ codes: [String]) -> String {
    codes.count <= 8 ? codes.joined(separator: " ") : codes.prefix(8).joined(separator: " ") + " +\(codes.count - 8) more"
  }
}
