// Completion scripts and the man page come from the commands' help texts;
// every option they offer is one the parser accepts; '-' reads standard input.
import Foundation
import Testing
@testable import netrisk

@Suite struct CommandDocumentationTests {
  /// Each option a completion script offers parses (as an option, perhaps
  /// with a bad value), and each command lists the options its usage names.
  @MainActor @Test func everyCompletedOptionIsOneTheParserKnows() {
    for command in commands {
      let options = CommandDocumentation.options(of: command)
      #expect(options.contains("--help") && options.count > 1, "\(command.name)")
      for option in options where option != "--help" {
        if case .failure(let message, _) = Invocation.parse([command.name, option, "1"]) {
          #expect(!message.contains("unknown option"), "\(command.name) \(option): \(message)")
        }
      }
    }
    // Options the prose names for another command are not offered.
    #expect(!CommandDocumentation.options(of: SweepCommand.self).contains("--trials"))
    #expect(CommandDocumentation.options(of: SweepCommand.self).contains("--pairs"))
  }

  @MainActor @Test func completionScriptsNameEveryCommand() throws {
    for shell in ["bash", "zsh", "fish"] {
      let script = try #require(CommandDocumentation.completions(for: shell))
      for command in commands { #expect(script.contains(command.name), "\(shell): \(command.name)") }
      #expect(script.contains("budget-elements") && script.contains("merge"), "\(shell)")
    }
    #expect(CommandDocumentation.completions(for: "tcsh") == nil)
    guard case .failure(let message, let status) = Invocation.parse(["completions", "tcsh"]) else {
      Issue.record("an unknown shell was accepted")
      return
    }
    #expect(status == .badInput && message.contains("bash, zsh or fish"))
  }

  @MainActor @Test func manPageHasEveryCommandAndSafeLines() {
    let page = CommandDocumentation.manPage()
    #expect(page.hasPrefix(".TH NETRISK 1 ") && page.contains(".SH COMMANDS") && page.contains(".SH EXIT STATUS"))
    for command in commands { #expect(page.contains("\n.SS \(command.name)\n"), "\(command.name)") }
    // Between .nf and .fi every help line is text: none may start a roff request by accident.
    let known: Set<String> = [".TH", ".SH", ".SS", ".B", ".I", ".RI", ".br", ".PP", ".nf", ".fi", ".TP"]
    for line in page.split(separator: "\n") where line.hasPrefix(".") || line.hasPrefix("'") {
      #expect(known.contains(String(line.prefix { $0 != " " })), "unexpected request: \(line)")
    }
    #expect(CommandDocumentation.roffText(".hidden \\ line") == "\\&.hidden \\e line")
  }

  @Test func aScenarioCanComeFromStandardInput() throws {
    let scenario = try String(contentsOfFile: datasets + "/scenarios/tonga-cable-cut.json", encoding: .utf8)
    let piped = try ToolRun(["simulate", "--dataset", datasets, "--scenario", "-", "--format", "csv"], standardInput: scenario)
    let named = try ToolRun("simulate", "--dataset", datasets, "--scenario", datasets + "/scenarios/tonga-cable-cut.json", "--format", "csv")
    #expect(piped.status == 0 && piped.standardOutput == named.standardOutput && piped.standardOutput.contains("TO,"))
    let empty = try ToolRun(["simulate", "--dataset", datasets, "--scenario", "-"], standardInput: "")
    #expect(empty.status == 2)
  }
}
