// End-to-end tests of the netrisk binary: output, exit status and files,
// as a user sees them.
import Foundation
import Testing

/// Runs the built `netrisk` binary and captures its output.
struct ToolRun {
  var status: Int32
  var standardOutput: String
  var standardError: String

  static let binary: URL? = {
    // The test bundle sits next to the products it was built with.
    var directory = Bundle.main.bundleURL
    for _ in 0 ..< 3 {
      let candidate = directory.appendingPathComponent("netrisk")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    return nil
  }()

  init(_ arguments: String...) throws { try self.init(arguments) }

  /// Runs netrisk with `arguments`, and `environment` added to this process's.
  init(_ arguments: [String], environment: [String: String] = [:], standardInput: String? = nil) throws {
    let binary = try #require(Self.binary, "the netrisk binary was not built next to the tests")
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let output = Pipe(), error = Pipe()
    process.standardOutput = output
    process.standardError = error
    let input = Pipe()
    process.standardInput = input
    try process.run()
    // Written after the start, then closed, so the tool sees the end of its input.
    if let standardInput { input.fileHandleForWriting.write(Data(standardInput.utf8)) }
    try input.fileHandleForWriting.close()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    status = process.terminationStatus
    standardOutput = String(decoding: outData, as: UTF8.self)
    standardError = String(decoding: errData, as: UTF8.self)
  }
}

let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let datasets = repository.appendingPathComponent("Datasets").path

func temporaryDirectory() throws -> String {
  let path = FileManager.default.temporaryDirectory.appendingPathComponent("netrisk-cli-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

@Suite struct CommandLineTests {
  @Test func scoreRanksTheWorldWithTheModelOnTop() throws {
    let run = try ToolRun("score", "--dataset", datasets, "--top", "5", "--trials", "640")
    #expect(run.status == 0)
    let lines = run.standardOutput.split(separator: "\n")
    #expect(lines.first?.hasPrefix("netrisk exposure: model netrisk-default") == true)
    #expect(lines.contains { $0.hasPrefix("Monte Carlo: 640 trials, seed 1") })
    #expect(lines.contains { $0.contains("P(isolated) %") })
    #expect(lines.filter { $0.range(of: #"^\s+[0-9]+  [A-Z]{2}  "#, options: .regularExpression) != nil }.count == 5)
  }

  @Test func scoreCSVAndJSONAreWellFormed() throws {
    let csv = try ToolRun("score", "--dataset", datasets, "--format", "csv", "--top", "3", "--trials", "0")
    #expect(csv.status == 0)
    #expect(csv.standardOutput.hasPrefix("rank,code,name,is_hub,score,independent_failures_to_isolate,single_points_of_failure_count,"))
    #expect(csv.standardOutput.split(separator: "\n").count == 4)
    let json = try ToolRun("score", "--dataset", datasets, "--format", "json", "--top", "2", "--trials", "0")
    let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
    #expect((object?["countries"] as? [Any])?.count == 2)
    #expect(object?["schema"] as? String == "netrisk-score")
  }

  /// With default options, Tonga has the same rank, score and isolation
  /// probability in score, explain, report, export (CSV and GeoJSON) and a
  /// snapshot: one default trial count and seed for every command that scores.
  @Test func oneCountryHasTheSameFiguresInEveryOutput() throws {
    func object(_ run: ToolRun) throws -> [String: Any] {
      try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
    }
    let score = try object(try ToolRun("score", "--dataset", datasets, "--format", "json"))
    let tonga = try #require((score["countries"] as? [[String: Any]])?.first { $0["code"] as? String == "TO" })
    let rank = try #require(tonga["rank"] as? Int), value = try #require(tonga["score"] as? Double)
    let isolation = try #require((tonga["risk"] as? [String: Any])?["isolationProbability"] as? Double)
    #expect(isolation > 0)
    let snapshot = try object(try ToolRun("snapshot", "--dataset", datasets, "--out", "-"))
    let saved = try #require((snapshot["countries"] as? [String: Any])?["TO"] as? [String: Any])
    #expect(saved["rank"] as? Int == rank && abs((saved["score"] as? Double ?? -1) - value) < 1e-6)
    #expect(abs((saved["isolationProbability"] as? Double ?? -1) - isolation) < 1e-6)
    let geo = try object(try ToolRun("export", "--dataset", datasets, "--format", "geojson", "--country", "TO"))
    let feature = try #require((geo["features"] as? [[String: Any]])?.compactMap { $0["properties"] as? [String: Any] }
      .first { $0["kind"] as? String == "country" && $0["code"] as? String == "TO" })
    #expect(feature["rank"] as? Int == rank && abs((feature["score"] as? Double ?? -1) - value) < 1e-6)
    #expect(abs((feature["isolationProbability"] as? Double ?? -1) - isolation) < 1e-6)
    let csv = try ToolRun("export", "--dataset", datasets, "--format", "csv", "--country", "TO").standardOutput
    let rows = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    let header = try #require(rows.first), row = try #require(rows.dropFirst().first)
    let column = { (name: String) in header.firstIndex(of: name).map { row[$0] } }
    #expect(column("rank") == String(rank) && column("score") == String(format: "%.1f", value))
    #expect(column("isolation_probability") == String(format: "%.6f", isolation))
    let explain = try ToolRun("explain", "TO", "--dataset", datasets).standardOutput
    #expect(explain.contains("exposure \(String(format: "%.1f", value)) / 100, rank \(rank) of"))
    #expect(explain.contains("isolated \(String(format: "%.3f", 100 * isolation)) %"))
    let page = try ToolRun("report", "--dataset", datasets, "--country", "TO", "--out", "-").standardOutput
    #expect(page.contains("Tonga (TO): score \(String(format: "%.1f", value)), rank \(rank)"))
  }

  /// One naming style and one unit across outputs (Sources/OUTPUTS.md): a CSV
  /// column is a JSON key in snake case (a list's length as `<key>_count`),
  /// holding the same value, for score and simulate.
  @Test func csvColumnsAreTheJSONKeysInSnakeCase() throws {
    func camel(_ snake: String) -> String {
      let words = snake.split(separator: "_")
      return String(words[0]) + words.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
    func rows(_ text: String) -> [[String: String]] {
      let lines = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
      guard let header = lines.first else { return [] }
      return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }
    func number(_ value: Any?) -> Double? {
      if let list = value as? [Any] { return Double(list.count) }
      if let flag = value as? Bool { return flag ? 1 : 0 }
      return (value as? NSNumber)?.doubleValue
    }
    func expectSameFigures(csv: [String: String], json: [String: Any], output: String) {
      for (column, text) in csv where column != "model_hash" && column != "scenario" {
        let key = camel(column.hasSuffix("_count") ? String(column.dropLast(6)) : column)
        let value = json[key] ?? (json["risk"] as? [String: Any])?[key]
        #expect(value != nil, "\(output): column \(column) has no JSON key \(key)")
        if let csvNumber = Double(text) ?? (text == "true" ? 1 : text == "false" ? 0 : nil), let jsonNumber = number(value) {
          #expect(abs(csvNumber - jsonNumber) <= 0.0051 * max(1, abs(jsonNumber)), "\(output): \(column) \(text) vs \(jsonNumber)")
        }
      }
    }
    let scoreCSV = rows(try ToolRun("score", "--dataset", datasets, "--format", "csv", "--top", "3", "--trials", "640").standardOutput)
    let scoreJSON = try #require(try JSONSerialization.jsonObject(with: Data(
      try ToolRun("score", "--dataset", datasets, "--format", "json", "--top", "3", "--trials", "640").standardOutput.utf8)) as? [String: Any])
    let countries = try #require(scoreJSON["countries"] as? [[String: Any]])
    #expect(scoreCSV.count == 3 && countries.count == 3)
    for (csv, json) in zip(scoreCSV, countries) { expectSameFigures(csv: csv, json: json, output: "score") }
    let scenario = datasets + "/scenarios/red-sea-2024-cuts.json"
    let simulateCSV = rows(try ToolRun("simulate", "--scenario", scenario, "--dataset", datasets, "--format", "csv", "--trials", "64").standardOutput)
    let simulateJSON = try #require(try JSONSerialization.jsonObject(with: Data(
      try ToolRun("simulate", "--scenario", scenario, "--dataset", datasets, "--format", "json", "--trials", "64").standardOutput.utf8)) as? [String: Any])
    let affected = try #require(simulateJSON["affected"] as? [[String: Any]])
    #expect(!simulateCSV.isEmpty && simulateCSV.count == affected.count)
    for (csv, json) in zip(simulateCSV, affected) {
      var row = csv
      row["causes"] = nil  // names joined by "; " in CSV, a list in JSON
      row["root_letters_lost_when_isolated"] = nil  // letters joined by spaces in CSV
      expectSameFigures(csv: row, json: json, output: "simulate")
    }
  }

  /// Every JSON output names its schema and version, this netrisk, the model
  /// and the dataset, with the same hashes as a snapshot of the same inputs.
  @Test func everyJSONOutputCarriesItsProvenance() throws {
    let snapshot = try ToolRun("snapshot", "--dataset", datasets, "--trials", "0", "--out", "-")
    let reference = try #require(try JSONSerialization.jsonObject(with: Data(snapshot.standardOutput.utf8)) as? [String: Any])
    let version = try ToolRun("--version").standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    let runs: [(String, [String])] = [
      ("score", ["score", "--trials", "0", "--top", "1", "--format", "json"]),
      ("simulate", ["simulate", "--scenario", datasets + "/scenarios/tonga-cable-cut.json", "--format", "json"]),
      ("priorities", ["priorities", "--country", "TO", "--budget", "20M", "--trials", "64", "--format", "json"]),
      ("sweep", ["sweep", "--top", "1", "--format", "json"]),
      ("attack", ["attack", "--country", "TO", "--format", "json"]),
      ("geojson", ["export", "--format", "geojson", "--country", "TO"]),
    ]
    for (output, arguments) in runs {
      let run = try ToolRun(arguments + ["--dataset", datasets])
      let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any], "\(output)")
      #expect(object["schema"] as? String == "netrisk-\(output)" && object["schemaVersion"] as? Int == 1, "\(output)")
      #expect(!version.isEmpty && version.hasSuffix(object["toolVersion"] as? String ?? "missing"), "\(output)")
      #expect((object["model"] as? [String: Any])?["hash"] as? String == (reference["model"] as? [String: Any])?["hash"] as? String, "\(output)")
      #expect((object["dataset"] as? [String: Any])?["hash"] as? String == (reference["dataset"] as? [String: Any])?["hash"] as? String, "\(output)")
    }
  }

  @Test func explainTongaNamesTheTongaCable() throws {
    let run = try ToolRun("explain", "to", "--dataset", datasets, "--trials", "0")
    #expect(run.status == 0)
    #expect(run.standardOutput.contains("Tonga Cable: Tonga loses all international paths"))
  }

  /// A region's code splits the regions off: Shetland is explained as a
  /// country of its own, cut off by its SHEFA-2 landing and R100 North
  /// together; score lists it only with --regions, and a sharded run with
  /// --regions merges only with --regions.
  @Test func regionsAreExplainedAndScoredApart() throws {
    let run = try ToolRun("explain", "gb-zet", "--dataset", datasets, "--trials", "0")
    #expect(run.status == 0)
    #expect(run.standardOutput.hasPrefix("Shetland Islands (GB-ZET): exposure"))
    #expect(run.standardOutput.contains("Independent failures to isolate (k): 2: landing point Maywick, United Kingdom, R100 North"))
    #expect(run.standardOutput.contains("A region of United Kingdom (GB), split off with --regions"))
    let plain = try ToolRun("score", "--dataset", datasets, "--trials", "0", "--format", "csv")
    let split = try ToolRun("score", "--dataset", datasets, "--trials", "0", "--format", "csv", "--regions")
    #expect(plain.status == 0 && split.status == 0)
    #expect(!plain.standardOutput.contains("GB-ZET") && split.standardOutput.contains(",GB-ZET,Shetland Islands,"))
    #expect(split.standardOutput.split(separator: "\n").count == plain.standardOutput.split(separator: "\n").count + 30)
    // Sharded with --regions, merged with --regions: the unsharded bytes;
    // merged without it: a clear error.
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var parts: [String] = []
    for index in 0 ..< 2 {
      let part = (directory as NSString).appendingPathComponent("part-\(index).json")
      let run = try ToolRun("score", "--dataset", datasets, "--trials", "128", "--regions", "--shard", "\(index)/2", "--out", part)
      #expect(run.status == 0, "\(run.standardError)")
      parts.append(part)
    }
    let whole = try ToolRun("score", "--dataset", datasets, "--trials", "128", "--regions", "--format", "csv")
    let merged = try ToolRun(["merge", "--dataset", datasets, "--regions", "--format", "csv"] + parts)
    #expect(merged.status == 0 && merged.standardOutput == whole.standardOutput)
    let refused = try ToolRun(["merge", "--dataset", datasets, "--format", "csv"] + parts)
    #expect(refused.status == 2 && refused.standardError.contains("give --regions to merge exactly when the shards were run with it"))
  }

  @Test func unknownCountrySuggestsAndFails() throws {
    let run = try ToolRun("explain", "TQ", "--dataset", datasets, "--trials", "0")
    #expect(run.status == 2)
    #expect(run.standardError.contains("unknown country 'TQ'; did you mean"))
    #expect(run.standardOutput.isEmpty)
  }

  @Test func missingDatasetAndBrokenModelAreClearErrors() throws {
    let missing = try ToolRun("score", "--dataset", "/nonexistent/netrisk")
    #expect(missing.status == 2)
    #expect(missing.standardError.contains("/nonexistent/netrisk: dataset directory not found"))

    let directory = try temporaryDirectory()

    defer { try? FileManager.default.removeItem(atPath: directory) }
    let model = directory + "/model.json"
    try #"{"name": "broken", "version": 3}"#.write(toFile: model, atomically: false, encoding: .utf8)
    let broken = try ToolRun("score", "--dataset", datasets, "--model", model, "--trials", "0")
    #expect(broken.status == 2)
    #expect(broken.standardError.contains("\(model): at version: expected String"))
  }

  @Test func usageErrorsSuggestTheRightSpelling() throws {
    let run = try ToolRun("score", "--fromat", "csv")
    #expect(run.status == 2)
    #expect(run.standardError.contains("unknown option '--fromat'; did you mean '--format'?"))
    let command = try ToolRun("scroe")
    #expect(command.status == 2)
    #expect(command.standardError.contains("did you mean 'score'?"))
    let help = try ToolRun("--help")
    #expect(help.status == 0 && help.standardOutput.contains("score"))
  }

  @Test(arguments: ["inf", "1e400", "nanM", "0", "-5M"])
  func budgetsThatAreNotAFiniteAmountAreUsageErrors(budget: String) throws {
    let run = try ToolRun("priorities", "--dataset", datasets, "--country", "TO", "--budget", budget)
    #expect(run.status == 2)
    #expect(run.standardError.contains("--budget expects an amount in US dollars (50000000, 50M), found '\(budget)'"))
    #expect(run.standardOutput.isEmpty)
  }

  @Test func outputFileIsWrittenWholeOrNotAtAll() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let out = directory + "/scores.csv"
    let run = try ToolRun("score", "--dataset", datasets, "--format", "csv", "--out", out, "--trials", "0")
    #expect(run.status == 0 && run.standardOutput.isEmpty)
    #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("rank,code"))
    // A failing run leaves no file behind.
    let failed = directory + "/never.csv"
    let bad = try ToolRun("score", "--dataset", "/nonexistent", "--out", failed)
    #expect(bad.status == 2)
    #expect(!FileManager.default.fileExists(atPath: failed))
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["scores.csv"])
  }

  @Test func simulateCuttingTheTongaCable() throws {
    let scenario = try temporaryDirectory() + "/tonga.json"
    try #"{"name": "Tonga Cable cut", "description": "test", "sources": [], "failures": [{"cables": ["tonga-cable"]}]}"#
      .write(toFile: scenario, atomically: false, encoding: .utf8)
    let run = try ToolRun("simulate", "--scenario", scenario, "--dataset", datasets, "--format", "csv")
    #expect(run.status == 0)
    let rows = run.standardOutput.split(separator: "\n")
    // Tonga is isolated and loses all its traffic; Fiji loses its small share
    // on the Tonga Cable, and countries whose transit runs through Fiji a
    // share of that; nobody else is isolated or loses traffic.
    #expect(rows.count >= 3)
    #expect(rows[1].hasPrefix("TO,Tonga,1.000000,0.000000,1.000000,"))
    #expect(rows.contains { $0.hasPrefix("FJ,Fiji,0.000000,") })
    let header = rows[0].split(separator: ",").map(String.init)
    let isolation = try #require(header.firstIndex(of: "isolation_probability")), drop = try #require(header.firstIndex(of: "expected_traffic_drop"))
    for row in rows.dropFirst(2) {
      let fields = row.split(separator: ",", omittingEmptySubsequences: false)
      #expect(fields[isolation] == "0.000000" && fields[drop] == "0.000000", "\(row)")
    }
    let twice = try ToolRun("simulate", "--scenario", scenario, "--dataset", datasets, "--format", "csv", "--threads", "1")
    #expect(twice.standardOutput == run.standardOutput)
    let typo = #"{"name": "x", "description": "", "sources": [], "failures": [{"cables": ["tonga-cabel"]}]}"#
    try typo.write(toFile: scenario, atomically: false, encoding: .utf8)
    let bad = try ToolRun("simulate", "--scenario", scenario, "--dataset", datasets)
    #expect(bad.status == 2)
    #expect(bad.standardError.contains("failures[0]: unknown cable 'tonga-cabel'; did you mean 'tonga-cable'?"))
  }

  @Test func simulateWithRecoveryDrawsTheLossOverTime() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let scenario = directory + "/tonga.json"
    try #"{"name": "Tonga Cable cut", "description": "test", "sources": [], "failures": [{"cables": ["tonga-cable"]}]}"#
      .write(toFile: scenario, atomically: false, encoding: .utf8)
    let run = try ToolRun("simulate", "--scenario", scenario, "--dataset", datasets, "--recovery", "--days", "1,3650", "--trials", "64", "--format", "csv")
    #expect(run.status == 0, "\(run.standardError)")
    let rows = run.standardOutput.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    let header = try #require(rows.first)
    let tonga = try #require(rows.first { $0.first == "TO" })
    func value(_ column: String) throws -> String { tonga[try #require(header.firstIndex(of: column), "\(column)")] }
    // Within the fixed part of the repair on day 1, repaired ten years on.
    #expect(try value("isolation_probability_day_1") == "1.000000")
    #expect(try value("expected_traffic_drop_day_1") == "1.000000")
    #expect(try value("traffic_drop95_day_1") == "1.000000")
    #expect(try value("isolation_probability_day_3650") == "0.000000")
    let table = try ToolRun("simulate", "--scenario", scenario, "--dataset", datasets, "--recovery", "--trials", "64")
    #expect(table.standardOutput.contains("Loss over time as repairs complete"))
    #expect(table.standardOutput.contains("  Tonga Cable: "))
    // Usage errors, and a model without a repair section.
    #expect(try ToolRun("simulate", "--scenario", scenario, "--dataset", datasets, "--days", "1").status == 2)
    let backwards = try ToolRun("simulate", "--scenario", scenario, "--dataset", datasets, "--recovery", "--days", "7,1")
    #expect(backwards.status == 2 && backwards.standardError.contains("--days takes up to 20 ascending numbers"))
    let data = try Data(contentsOf: URL(fileURLWithPath: datasets + "/models/default.json"))
    var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    object["repair"] = nil
    let model = directory + "/old-model.json"
    try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: model))
    let old = try ToolRun("simulate", "--scenario", scenario, "--dataset", datasets, "--model", model, "--recovery")
    #expect(old.status == 2 && old.standardError.contains("the model has no 'repair' section"))
    #expect(try ToolRun("simulate", "--scenario", scenario, "--dataset", datasets, "--model", model, "--trials", "64").status == 0)
  }

  @Test func reportShowsScenariosWithTheirLossOverTime() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let file = directory + "/report.html"
    let scenario = datasets + "/scenarios/tonga-cable-cut.json"
    let run = try ToolRun(
      "report", "--dataset", datasets, "--trials", "0", "--scenario", scenario, "--recovery", "--days", "1,30", "--out", file)
    #expect(run.status == 0, "\(run.standardError)")
    let html = try String(contentsOfFile: file, encoding: .utf8)
    _ = try htmlStructure(html)  // throws unless the page is well-formed XHTML
    #expect(html.contains("<h2>Scenarios</h2>"))
    #expect(html.contains("<h3>Tonga Cable cut"))
    // Tonga's line: isolated at day 0 and day 1 (within the ship's transit and work), partly back by day 30.
    #expect(html.contains("<title>Tonga: day 0 100.0 %, day 1 100.0 %, day 30 "))
    #expect(html.contains("Repair times"))
    // Who loses what on the map: Tonga in the top class, the failed cable in red.
    #expect(html.contains("class=\"map scenario-map\"") && html.contains("<title>Tonga: expected traffic drop 100.0 %</title>"))
    #expect(html.contains("<g class=\"failed\"") && html.contains("<title>failed: Tonga Cable"))
    // Two scenarios: also side by side; a country one of them leaves alone shows "–" there.
    let redSea = datasets + "/scenarios/red-sea-2024-cuts.json"
    let both = try ToolRun("report", "--dataset", datasets, "--trials", "0", "--scenario", scenario, "--scenario", redSea, "--out", file)
    #expect(both.status == 0, "\(both.standardError)")
    let compared = try String(contentsOfFile: file, encoding: .utf8)
    _ = try htmlStructure(compared)
    #expect(compared.contains("The scenarios side by side") && compared.contains("1. Tonga Cable cut (January 2022, international link): traffic drop % / P(isolated) %"))
    let tongaRow = try #require(compared.range(of: "<tr><td>TO</td><td>Tonga</td>"))
    let rowEnd = try #require(compared.range(of: "</tr>", range: tongaRow.upperBound ..< compared.endIndex))
    #expect(compared[tongaRow.upperBound ..< rowEnd.lowerBound].hasSuffix("<td class=\"num\">–</td>"), "the Red Sea cuts leave Tonga alone")
    #expect(!html.contains("The scenarios side by side"), "one scenario: no comparison")
    let alone = try ToolRun("report", "--dataset", datasets, "--trials", "0", "--recovery", "--out", file)
    #expect(alone.status == 2 && alone.standardError.contains("--recovery goes with --scenario FILE"))
  }

  @Test func prioritiesAgainstTheAttacker() throws {
    let run = try ToolRun("priorities", "--dataset", datasets, "--country", "TO", "--budget", "300M", "--objective", "attack", "--trials", "64")
    #expect(run.status == 0, "\(run.standardError)")
    #expect(run.standardOutput.contains("objective: 100.0000 % before, 0.0000 % after"))
    let misplaced = try ToolRun("priorities", "--dataset", datasets, "--country", "TO", "--budget", "300M", "--attack-budget", "2")
    #expect(misplaced.status == 2 && misplaced.standardError.contains("--attack-budget and --kinds go with --objective attack"))
  }

  @Test func snapshotAndDiffGateWithExitCodes() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let a = directory + "/a.json", b = directory + "/b.json", c = directory + "/c.json"
    #expect(try ToolRun("snapshot", "--dataset", datasets, "--trials", "0", "--out", a).status == 0)
    #expect(try ToolRun("snapshot", "--dataset", datasets, "--trials", "0", "--out", b).status == 0)
    #expect(try String(contentsOfFile: a, encoding: .utf8) == String(contentsOfFile: b, encoding: .utf8))
    let same = try ToolRun("diff", a, b, "--max-score-delta", "0")
    #expect(same.status == 0 && same.standardOutput.contains("No change."))
    // A model with another isolation weight moves scores: outside a zero tolerance.
    let original = try String(contentsOfFile: datasets + "/models/default.json", encoding: .utf8)
    let model = original.replacingOccurrences(
      of: "\"isolation\": {\n      \"value\": 0.15,", with: "\"isolation\": {\n      \"value\": 0.6,")  // the isolation weight
    #expect(model != original)
    try model.write(toFile: directory + "/model.json", atomically: false, encoding: .utf8)
    #expect(try ToolRun("snapshot", "--dataset", datasets, "--model", directory + "/model.json", "--trials", "0", "--out", c).status == 0)
    let moved = try ToolRun("diff", a, c, "--max-score-delta", "0")
    #expect(moved.status == 1 && moved.standardOutput.contains("Outside tolerances"))
    #expect(try ToolRun("diff", a, c).status == 0)
    try "{}".write(toFile: b, atomically: false, encoding: .utf8)
    let bad = try ToolRun("diff", a, b)
    #expect(bad.status == 2 && bad.standardError.contains("not a netrisk snapshot"))
  }

  @Test func backtestReportsAgreementAndWritesASnapshot() throws {
    let out = try temporaryDirectory() + "/backtest.json"
    let run = try ToolRun("backtest", "--dataset", datasets, "--out", out)
    #expect(run.status == 0)
    #expect(run.standardOutput.contains("Confusion matrix (rows observed, columns predicted):"))
    #expect(run.standardOutput.range(of: #"\nall +[0-9]+ +[0-9]+ %"#, options: .regularExpression) != nil)
    #expect(try ToolRun("diff", out, out).status == 0)
  }

  @Test func reportAndExportsWriteFilesOrFailCleanly() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let page = directory + "/report.html"
    let report = try ToolRun("report", "--dataset", datasets, "--trials", "0", "--country", "TO", "--out", page)
    #expect(report.status == 0)
    #expect(try String(contentsOfFile: page, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    let unknown = try ToolRun("report", "--dataset", datasets, "--trials", "0", "--country", "TQ", "--out", directory + "/never.html")
    #expect(unknown.status == 2 && unknown.standardError.contains("unknown country 'TQ'"))
    #expect(!FileManager.default.fileExists(atPath: directory + "/never.html"))
    let geo = try ToolRun("export", "--dataset", datasets, "--format", "geojson", "--country", "TO")
    #expect(geo.status == 0 && geo.standardOutput.contains("\"FeatureCollection\""))
    let dot = try ToolRun("export", "--dataset", datasets, "--format", "dot", "--country", "TO", "--depth", "2")
    #expect(dot.status == 0 && dot.standardOutput.hasPrefix("graph netrisk {"))
    let csv = try ToolRun("export", "--dataset", datasets, "--format", "csv", "--country", "TO")
    #expect(csv.status == 0 && csv.standardOutput.split(separator: "\n").count == 2)
    let bad = try ToolRun("export", "--dataset", datasets, "--format", "svg")
    #expect(bad.status == 2 && bad.standardError.contains("--format expects dot, graphml, geojson or csv"))
  }

  @Test func validateReportsABrokenDatasetWithLineAndColumn() throws {
    let bad = repository.appendingPathComponent("Tests/NetRiskDataTests/Fixtures/bad/not-a-number").path
    let run = try ToolRun("validate", bad)
    #expect(run.status == 1)
    #expect(run.standardOutput.range(of: #"\.csv:[0-9]+: column '"#, options: .regularExpression) != nil)
    let clean = try ToolRun("validate", datasets)
    #expect(clean.status == 0)
    #expect(clean.standardOutput.range(of: #"\ncables +575  \(62 planned, 513 active\)"#, options: .regularExpression) != nil)
  }

  /// `--` ends the options; `validate` takes the directory as `<dir>` or
  /// `--dataset DIR`, like every other command, but not both.
  @Test func doubleDashEndsOptionsAndValidateTakesDataset() throws {
    #expect(try ToolRun("validate", "--dataset", datasets).status == 0)
    #expect(try ToolRun("validate", "--", datasets).status == 0)
    let both = try ToolRun("validate", datasets, "--dataset", datasets)
    #expect(both.status == 2 && both.standardError.contains("give the dataset directory once"))
    let operand = try ToolRun("score", "--", "--top")
    #expect(operand.status == 2 && operand.standardError.contains("unexpected argument '--top'"))
  }

  @Test func sweepListsContingenciesAndRejectsUnknownKinds() throws {
    let csv = try ToolRun("sweep", "--dataset", datasets, "--format", "csv", "--top", "3", "--kinds", "landingPoint")
    let lines = csv.standardOutput.split(separator: "\n")
    #expect(csv.status == 0 && lines.count == 4 && lines[0].hasPrefix("rank,element_ids,element_names,element_kinds,people"))
    #expect(lines.dropFirst().allSatisfy { $0.contains(",landingPoint,") })
    let bad = try ToolRun("sweep", "--dataset", datasets, "--kinds", "cabel")
    #expect(bad.status == 2 && bad.standardError.contains("unknown kind 'cabel'") && bad.standardError.contains("did you mean 'cable'?"))
    let pairs = try ToolRun("sweep", "--dataset", datasets, "--pairs", "--kinds", "borderLink", "--format", "csv", "--top", "2")
    let pairLines = pairs.standardOutput.split(separator: "\n")
    #expect(pairs.status == 0 && pairLines.count == 3 && pairLines.dropFirst().allSatisfy { $0.contains(",borderLink + borderLink,") })
    #expect(pairLines.count > 1 && pairLines[1].contains("border:CN-NP border:IN-NP"))
    let grids = try ToolRun("sweep", "--dataset", datasets, "--pairs", "--kinds", "grid")
    #expect(grids.status == 2 && grids.standardError.contains("'grid' cannot be swept in pairs"))
  }

  /// Shards written by separate processes (one told its index by a Slurm
  /// array's environment) merge into the bytes of the unsharded run; a
  /// missing or foreign shard is refused.
  @Test func shardedScoreMergesIntoTheUnshardedBytes() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("netrisk-shards-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let whole = try ToolRun("score", "--dataset", datasets, "--trials", "192", "--seed", "7", "--format", "csv")
    var parts: [String] = []
    for index in 0 ..< 3 {
      let path = directory.appendingPathComponent("part-\(index).json").path
      let environment = index == 1 ? ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "3"] : [:]
      let shard = index == 1 ? "auto" : "\(index)/3"
      let run = try ToolRun(
        ["score", "--dataset", datasets, "--trials", "192", "--seed", "7", "--shard", shard, "--out", path], environment: environment)
      #expect(run.status == 0, "\(run.standardError)")
      parts.append(path)
    }
    let merged = try ToolRun(["merge", "--dataset", datasets, "--format", "csv"] + parts.reversed())
    #expect(whole.status == 0 && merged.status == 0 && merged.standardOutput == whole.standardOutput)
    let missing = try ToolRun(["merge", "--dataset", datasets] + parts.dropLast())
    #expect(missing.status == 2 && missing.standardError.contains("missing shard(s) 2/3 of 3"))
    let other = directory.appendingPathComponent("other-seed.json").path
    _ = try ToolRun("score", "--dataset", datasets, "--trials", "192", "--seed", "8", "--shard", "2/3", "--out", other)
    let foreign = try ToolRun(["merge", "--dataset", datasets] + parts.dropLast() + [other])
    #expect(foreign.status == 2 && foreign.standardError.contains("belongs to another run: seed 8"))
    let noIndex = try ToolRun("score", "--dataset", datasets, "--shard", "auto")
    #expect(noIndex.status == 2 && noIndex.standardError.contains("no shard index in the environment"))
    let badShard = try ToolRun("score", "--dataset", datasets, "--shard", "3/3")
    #expect(badShard.status == 2 && badShard.standardError.contains("expected 0 <= i < n"))
  }

  /// A pair sweep split over separate processes merges into the bytes of the
  /// unsharded sweep, in JSON with a --top given to the merge.
  @Test func shardedSweepMergesIntoTheUnshardedBytes() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("netrisk-sweep-shards-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let whole = try ToolRun("sweep", "--dataset", datasets, "--pairs", "--top", "50", "--format", "json")
    var parts: [String] = []
    for index in 0 ..< 4 {
      let path = directory.appendingPathComponent("part-\(index).json").path
      let run = try ToolRun("sweep", "--dataset", datasets, "--pairs", "--shard", "\(index)/4", "--out", path)
      #expect(run.status == 0, "\(run.standardError)")
      parts.append(path)
    }
    let merged = try ToolRun(["merge", "--dataset", datasets, "--top", "50", "--format", "json"] + parts)
    #expect(whole.status == 0 && merged.status == 0 && merged.standardOutput == whole.standardOutput)
    let single = directory.appendingPathComponent("single.json").path
    _ = try ToolRun("sweep", "--dataset", datasets, "--shard", "3/4", "--out", single)
    let mixed = try ToolRun(["merge", "--dataset", datasets] + parts.dropLast() + [single])
    #expect(mixed.status == 2 && mixed.standardError.contains("belongs to another run"))
    let formatted = try ToolRun("sweep", "--dataset", datasets, "--shard", "0/2", "--format", "csv")
    #expect(formatted.status == 2 && formatted.standardError.contains("give --format and --top to 'netrisk merge'"))
  }

  /// A scenario's run with background failures, split over separate
  /// processes, merges into the bytes of the unsharded run; the merge refuses
  /// another scenario file, and --shard refuses --recovery.
  @Test func shardedSimulateMergesIntoTheUnshardedBytes() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("netrisk-simulate-shards-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let scenario = datasets + "/scenarios/tonga-cable-cut.json"
    let common = ["simulate", "--dataset", datasets, "--scenario", scenario, "--background", "--trials", "320", "--seed", "5"]
    let whole = try ToolRun(common + ["--format", "json"])
    var parts: [String] = []
    for index in 0 ..< 3 {
      let path = directory.appendingPathComponent("part-\(index).json").path
      let run = try ToolRun(common + ["--shard", "\(index)/3", "--out", path])
      #expect(run.status == 0, "\(run.standardError)")
      parts.append(path)
    }
    let merged = try ToolRun(["merge", "--dataset", datasets, "--scenario", scenario, "--format", "json"] + parts)
    #expect(whole.status == 0 && merged.status == 0 && merged.standardOutput == whole.standardOutput, "\(merged.standardError)")
    let other = try ToolRun(["merge", "--dataset", datasets, "--scenario", datasets + "/scenarios/red-sea-2024-cuts.json"] + parts)
    #expect(other.status == 2 && other.standardError.contains("another scenario file"))
    let unnamed = try ToolRun(["merge", "--dataset", datasets] + parts)
    #expect(unnamed.status == 2 && unnamed.standardError.contains("--scenario FILE"))
    let recovery = try ToolRun(common + ["--recovery", "--shard", "0/2"])
    #expect(recovery.status == 2 && recovery.standardError.contains("--recovery is not sharded"))
  }

  @Test func attackNamesTheWorstElementsAndStatesItsGuarantee() throws {
    let tonga = try ToolRun("attack", "--dataset", datasets, "--country", "Tonga")
    #expect(tonga.status == 0 && tonga.standardOutput.contains("landing:nukualofa-tonga") && tonga.standardOutput.contains("exact"))
    let world = try ToolRun("attack", "--dataset", datasets, "--budget-elements", "3", "--format", "json")
    #expect(world.status == 0 && world.standardOutput.contains("\"exact\": false") && world.standardOutput.contains("\"upperBoundPeople\""))
    let bad = try ToolRun("attack", "--dataset", datasets, "--kinds", "grid")
    #expect(bad.status == 2 && bad.standardError.contains("'grid' carries no traffic an attacker can cut"))
    let zero = try ToolRun("attack", "--dataset", datasets, "--budget-elements", "0")
    #expect(zero.status == 2 && zero.standardError.contains("--budget-elements"))
  }

  /// One message policy: problems a command was asked to find are its output
  /// (standard output, exit 1); problems that stop a command are errors
  /// (standard error, exit 2). The same broken dataset shows both.
  @Test func findingsGoToStandardOutputAndErrorsToStandardError() throws {
    let bad = repository.appendingPathComponent("Tests/NetRiskDataTests/Fixtures/bad/not-a-number").path
    let found = try ToolRun("validate", bad)
    #expect(found.status == 1 && found.standardError.isEmpty)
    let problem = try #require(found.standardOutput.split(separator: "\n").first { $0.contains(".csv:") })
    let stopped = try ToolRun("score", "--dataset", bad, "--model", datasets + "/models/default.json")
    #expect(stopped.status == 2 && stopped.standardOutput.isEmpty)
    #expect(stopped.standardError.contains(problem))
  }

  /// A full device on standard output is an error (exit 2, a message on
  /// standard error), never a trap and never a silent exit 0.
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full on this system"))
  func aFullStandardOutputIsReported() throws {
    for arguments in [["score", "--trials", "0"], ["explain", "TO", "--trials", "0"], ["validate"]] {
      let binary = try #require(ToolRun.binary)
      let process = Process()
      process.executableURL = binary
      process.arguments = arguments + (arguments[0] == "validate" ? [datasets] : ["--dataset", datasets])
      process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
      let error = Pipe()
      process.standardError = error
      try process.run()
      let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 2, "\(arguments)")
      #expect(message.contains("cannot write to standard output"), "\(arguments): \(message)")
    }
  }

  /// `--out -` is standard output, for every command that writes a file.
  @Test func outDashIsStandardOutput() throws {
    let score = try ToolRun("score", "--dataset", datasets, "--trials", "0", "--format", "csv", "--out", "-")
    #expect(score.status == 0 && score.standardOutput.hasPrefix("rank,code,name,is_hub"))
    let snapshot = try ToolRun("snapshot", "--dataset", datasets, "--trials", "0", "--out", "-")
    #expect(snapshot.status == 0 && snapshot.standardOutput.contains("\"schema\": \"netrisk-snapshot\""))
    #expect(!FileManager.default.fileExists(atPath: "-"))
  }

  @Test func helpCommandShowsThatCommandsHelp() throws {
    let viaHelp = try ToolRun("help", "score"), viaFlag = try ToolRun("score", "--help")
    #expect(viaHelp.status == 0 && viaHelp.standardOutput == viaFlag.standardOutput)
    #expect(viaHelp.standardOutput.hasPrefix("Usage: netrisk score"))
  }
}
