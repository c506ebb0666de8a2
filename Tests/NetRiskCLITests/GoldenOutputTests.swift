// Golden outputs: whole command outputs compared byte for byte with committed
// files, each produced by a fresh process (so that a dependence on dictionary
// order, which Swift seeds per process, cannot hide). After a deliberate
// change of model or output, set NETRISK_RECORD_GOLDEN=1 to write the files
// afresh, then review the diff before committing it.
import Foundation
import Testing

@Suite struct GoldenOutputTests {
  static let directory = repository.appendingPathComponent("Tests/NetRiskCLITests/Golden").path

  func expectGolden(_ name: String, _ arguments: String...) throws {
    var output: String
    if arguments.first == "snapshot" {
      let file = try temporaryDirectory() + "/snapshot.json"
      let run = try ToolRun(arguments + ["--out", file])
      #expect(run.status == 0, "\(run.standardError)")
      output = try String(contentsOfFile: file, encoding: .utf8)
    } else {
      let run = try ToolRun(arguments)
      #expect(run.status == 0, "\(run.standardError)")
      output = run.standardOutput
    }
    try expectGolden(name, output: output)
  }

  /// `output` against the committed file `name` (rewritten first under NETRISK_RECORD_GOLDEN).
  func expectGolden(_ name: String, output: String) throws {
    let path = Self.directory + "/" + name
    if ProcessInfo.processInfo.environment["NETRISK_RECORD_GOLDEN"] != nil {
      try output.write(toFile: path, atomically: false, encoding: .utf8)
    }
    let expected = try String(contentsOfFile: path, encoding: .utf8)
    #expect(output == expected, "\(name) differs from Tests/NetRiskCLITests/Golden/\(name) (NETRISK_RECORD_GOLDEN=1 rewrites it)")
  }

  /// `netrisk help CMD` is the command's --help; the bash completion script.
  @Test func helpAndCompletions() throws {
    try expectGolden("help-sweep.txt", "help", "sweep")
    try expectGolden("completions.bash", "completions", "bash")
  }

  @Test func explainTonga() throws {
    try expectGolden("explain-TO.txt", "explain", "TO", "--dataset", datasets, "--trials", "640", "--threads", "2")
  }

  @Test func scoreAsCSV() throws {
    try expectGolden("score.csv", "score", "--dataset", datasets, "--format", "csv", "--trials", "640", "--threads", "1")
  }

  /// A canonical snapshot with Monte Carlo figures, in a fresh process.
  @Test func snapshotWithMonteCarlo() throws {
    try expectGolden("snapshot.json", "snapshot", "--dataset", datasets, "--trials", "640", "--threads", "2")
  }

  /// The HTML report's structure (sections, ids, classes, headings; not the
  /// figures), parsed as XML from a fresh process's file.
  @Test func reportStructure() throws {
    let file = try temporaryDirectory() + "/report.html"
    let run = try ToolRun(
      "report", "--dataset", datasets, "--country", "TO", "--country", "CI", "--trials", "640", "--threads", "2", "--out", file)
    #expect(run.status == 0, "\(run.standardError)")
    try expectGolden("report-structure.txt", output: try htmlStructure(try String(contentsOfFile: file, encoding: .utf8)))
  }

  @Test func simulateWestAfrica2024() throws {
    try expectGolden("simulate-west-africa-2024.csv", "simulate", "--dataset", datasets,
      "--scenario", repository.appendingPathComponent("Datasets/scenarios/west-africa-2024.json").path, "--format", "csv")
  }
}
