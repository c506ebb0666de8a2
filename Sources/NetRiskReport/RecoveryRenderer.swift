// The loss-over-time curve of `simulate --recovery`, for people and as JSON.
import NetRisk

enum RecoveryRenderer {
  /// A day as a column name: "7", "0.5".
  static func day(_ value: Double) -> String { value.upToTwoDecimals }

  /// The curve per affected country, then each failed element's repair time
  /// (`repairLines`).
  static func table(_ recovery: RecoveryReport) -> String {
    var lines = [
      "",
      "Loss over time as repairs complete: expected traffic drop % / share of lit international capacity lost %,",
      "and the chance of being isolated in brackets when above 0 (countries that lose neither traffic nor capacity are not listed):",
    ]
    var table = TextTable(
      headers: ["code", "country", "day 0"] + recovery.days.map { "day \(day($0))" },
      alignments: [.left, .left] + Array(repeating: .right, count: recovery.days.count + 1))
    for country in recovery.countries {
      let values = zip(zip(country.expectedTrafficDrop, country.expectedCapacityLoss), country.isolationProbability)
      guard values.contains(where: { max($0.0, $0.1, $1) >= 0.0005 }) else { continue }
      let cells = values.map { pair, isolated in
        (100 * pair.0).decimals(1) + " / " + (100 * pair.1).decimals(1) + (isolated > 0 ? (isolated < 0.005 ? " (<1 %)" : " (\((100 * isolated).decimals(0)) %)") : "")
      }
      table.append([country.code, country.name] + cells)
    }
    lines.append(table.rows.isEmpty ? "No country loses traffic or capacity." : table.render())
    lines.append("")
    return (lines + repairLines(recovery)).joined(separator: "\n") + "\n"
  }

  /// Each repair's mean time, the withdrawn elements and the caveat, a line
  /// each (also the report's scenario sections).
  static func repairLines(_ recovery: RecoveryReport) -> [String] {
    var lines: [String] = []
    lines.append("Repair times (mean days: fixed part, i.e. ship transit and work on site, then an exponential wait; model file 'repair'):")
    for repair in recovery.repairs {
      let time = repair.time
      let mean = time.meanDays.map { $0.decimals(1) + " d" } ?? "never (repair blocked)"
      var line = "  \(repair.name)" + (repair.nodes.count > 1 ? " (whole cable, \(repair.nodes.count) segments)" : "") + ": \(mean)"
      if time.meanDays != nil { line += " (\(time.fixedDays.decimals(1)) d fixed + \(time.meanWaitDays.decimals(1)) d wait)" }
      if repair.denied && !recovery.deniedBlocked { line += "; repair denied: starts \(recovery.deniedExtraDays.decimals(0)) d late" }
      if repair.probability < 1 { line += "; fails with probability \(repair.probability.decimals(3))" }
      lines.append(line)
    }
    if recovery.withdrawnElements > 0 {
      lines.append("  \(recovery.withdrawnElements) elements withdrawn by a jurisdiction: not repaired (back only when it resumes service)")
    }
    lines.append("Approximate: repairs are independent of each other (a ship that fixes several cuts in turn makes the later ones wait longer), and a fault is equally likely near any end of a cable or segment.")
    return lines
  }
}

/// The curve as the JSON of `simulate --format json --recovery` writes it
/// under `recovery`: day 0 first in every list.
struct RecoveryDocument: Encodable {
  var recovery: RecoveryReport

  func encode(to encoder: Encoder) throws {
    var object = encoder.container(keyedBy: JSONKey.self)
    try object.encode(recovery.countries.map(CountryDocument.init), forKey: "countries")
    try object.encode([0] + recovery.days, forKey: "days")
    try object.encode(recovery.deniedBlocked, forKey: "deniedBlocked")
    try object.encode(recovery.deniedExtraDays, forKey: "deniedExtraDays")
    try object.encode(recovery.repairs.map(RepairDocument.init), forKey: "repairs")
    try object.encode(recovery.withdrawnElements, forKey: "withdrawnElements")
  }

  struct CountryDocument: Encodable {
    var country: RecoveryReport.CountryRecovery

    func encode(to encoder: Encoder) throws {
      var object = encoder.container(keyedBy: JSONKey.self)
      try object.encode(country.code, forKey: "code")
      try object.encode(country.expectedCapacityLoss, forKey: "expectedCapacityLoss")
      try object.encode(country.expectedTrafficDrop, forKey: "expectedTrafficDrop")
      try object.encode(country.isolationProbability, forKey: "isolationProbability")
      try object.encode(country.name, forKey: "name")
      try object.encode(country.trafficDrop95, forKey: "trafficDrop95")
    }
  }

  struct RepairDocument: Encodable {
    var repair: RecoveryReport.Repair

    func encode(to encoder: Encoder) throws {
      var object = encoder.container(keyedBy: JSONKey.self)
      try object.encode(repair.time.blocked, forKey: "blocked")
      try object.encode(repair.denied, forKey: "denied")
      try object.encode(repair.time.fixedDays, forKey: "fixedDays")
      try object.encode(repair.id, forKey: "id")
      try object.encode(repair.kind.rawValue, forKey: "kind")
      try object.encode(repair.time.meanDays, forKey: "meanDays")
      try object.encode(repair.time.meanWaitDays, forKey: "meanWaitDays")
      try object.encode(repair.name, forKey: "name")
      try object.encode(repair.nodes.count, forKey: "nodes")
      try object.encode(repair.probability, forKey: "probability")
    }
  }
}
