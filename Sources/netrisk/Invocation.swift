// What a netrisk command line asks for, decided without running anything:
// the subcommand table, `--help`/`--version`, and the reading of a
// subcommand's arguments. `main.swift` runs the result; the CLI fuzz target
// (scripts/fuzz) calls `Invocation.parse` alone.
import Foundation
import NetRisk
import NetRiskData

/// Every subcommand, in the order `--help` lists them.
@MainActor let commands: [any Command.Type] = [
  ScoreCommand.self,
  ExplainCommand.self,
  SimulateCommand.self,
  PrioritiesCommand.self,
  SnapshotCommand.self,
  DiffCommand.self,
  BacktestCommand.self,
  ReportCommand.self,
  ExportCommand.self,
  SweepCommand.self,
  AttackCommand.self,
  MergeCommand.self,
  ImportCommand.self,
  ValidateCommand.self,
]

let version = NetRiskVersion.current

/// The text of `netrisk --help`: one line per subcommand.
@MainActor func generalHelp() -> String {
  var lines = [
    "netrisk \(version): how exposed is each country's Internet to losing what it depends on.",
    "",
    "Usage: netrisk <command> [options]",
    "",
    "Commands:",
  ]
  let width = commands.map { $0.name.count }.max() ?? 0
  for command in commands {
    lines.append("  " + command.name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + command.summary)
  }
  lines += [
    "", "Run 'netrisk <command> --help' (or 'netrisk help <command>') for a command's options;",
    "'netrisk completions bash|zsh|fish' prints a completion script, 'netrisk man' the manual page.",
  ]
  return lines.joined(separator: "\n")
}

/// One command line, read: text to print, a usage error, or a subcommand
/// whose arguments were all read and checked, ready to run.
enum Invocation {
  /// Print `text` on standard output and exit with `status` (help, version).
  case output(String, status: ExitStatus)
  /// Print `message` on standard error and exit with `status` (usage errors).
  case failure(String, status: ExitStatus)
  /// Run `command`, selected by the word `name`.
  case run(any Command, name: String)

  /// Reads `arguments` (without the program name). Cheap: it only looks at
  /// the strings (and, for a missing `--dataset`, whether `./Datasets`
  /// exists); it reads no input file and writes nothing.
  /// Complexity: O(a · n) for a arguments of n characters in total, plus an
  /// edit distance per "did you mean" suggestion (O(n · m) for the unknown
  /// word of length n against each known word of length m).
  /// Never fails: every problem becomes `.failure` with exit status 2.
  @MainActor static func parse(_ arguments: [String]) -> Invocation {
    // `netrisk help CMD` is `netrisk CMD --help`.
    if arguments.first == "help", arguments.count == 2, let command = commands.first(where: { $0.name == arguments[1] }) {
      return .output(command.help, status: .success)
    }
    // Completion scripts and the man page, from the commands' help texts.
    if arguments.first == "completions" {
      guard arguments.count == 2, let text = CommandDocumentation.completions(for: arguments[1]) else {
        return .failure("netrisk completions: name one shell: bash, zsh or fish", status: .badInput)
      }
      return .output(String(text.dropLast()), status: .success)
    }
    if arguments.first == "man" {
      guard arguments.count == 1 else { return .failure("netrisk man: takes no arguments", status: .badInput) }
      return .output(String(CommandDocumentation.manPage().dropLast()), status: .success)
    }
    guard let name = arguments.first, name != "--help", name != "-h", name != "help" else {
      return .output(generalHelp(), status: arguments.isEmpty ? .badInput : .success)
    }
    if name == "--version" {
      return .output(version, status: .success)
    }
    guard let command = commands.first(where: { $0.name == name }) else {
      var message = "netrisk: unknown command '\(name)'"
      if let suggestion = name.closestMatch(in: commands.map { $0.name }) {
        message += "; did you mean '\(suggestion)'?"
      }
      return .failure(message + "\nRun 'netrisk --help' for the list of commands.", status: .badInput)
    }
    var rest = ArgumentList(Array(arguments.dropFirst()))
    if rest.wantsHelp {
      return .output(command.help, status: .success)
    }
    do {
      let instance = try command.init(arguments: &rest)
      try rest.finish()
      return .run(instance, name: name)
    } catch {
      return .failure(failureMessage(command: name, error), status: .badInput)
    }
  }

  /// How an error of subcommand `name` is shown: usage errors and unknown
  /// countries point at the command's `--help`.
  static func failureMessage(command name: String, _ error: any Error) -> String {
    if error is UsageError || error is UnknownCountryError {
      return "netrisk \(name): \(error)\nRun 'netrisk \(name) --help' for usage."
    }
    return "netrisk \(name): \(error)"
  }
}

/// Reads the command line and runs it; returns the exit status
/// (0 success, 1 findings, 2 bad input or usage).
@MainActor func runMain(_ arguments: [String]) -> Int32 {
  switch Invocation.parse(arguments) {
  case .output(let text, let status):
    print(text)
    return status.rawValue
  case .failure(let message, let status):
    printError(message)
    return status.rawValue
  case .run(let command, let name):
    do {
      return try command.run()
    } catch {
      printError(Invocation.failureMessage(command: name, error))
      return ExitStatus.badInput.rawValue
    }
  }
}
