// netrisk: the command-line tool. It dispatches to one subcommand and maps
// errors to exit statuses: 0 success, 1 findings (e.g. validation problems),
// 2 bad input or usage.
import Foundation
import NetRiskData

let commands: [any Command.Type] = [
  // Subcommands register here, in the order `--help` lists them.
  ScoreCommand.self,
  ExplainCommand.self,
  SimulateCommand.self,
  PrioritiesCommand.self,
  SnapshotCommand.self,
  DiffCommand.self,
  BacktestCommand.self,
  ReportCommand.self,
  ExportCommand.self,
  ImportCommand.self,
  ValidateCommand.self,
]

let version = "0.1.0"

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
  lines += ["", "Run 'netrisk <command> --help' for a command's options."]
  return lines.joined(separator: "\n")
}

@MainActor func runMain(_ arguments: [String]) -> Int32 {
  // `netrisk help CMD` is `netrisk CMD --help`.
  if arguments.first == "help", arguments.count == 2, let command = commands.first(where: { $0.name == arguments[1] }) {
    print(command.help)
    return ExitStatus.success.rawValue
  }
  guard let name = arguments.first, name != "--help", name != "-h", name != "help" else {
    print(generalHelp())
    return arguments.isEmpty ? ExitStatus.badInput.rawValue : ExitStatus.success.rawValue
  }
  if name == "--version" {
    print(version)
    return ExitStatus.success.rawValue
  }
  guard let command = commands.first(where: { $0.name == name }) else {
    var message = "netrisk: unknown command '\(name)'"
    if let suggestion = name.closestMatch(in: commands.map { $0.name }) {
      message += "; did you mean '\(suggestion)'?"
    }
    printError(message + "\nRun 'netrisk --help' for the list of commands.")
    return ExitStatus.badInput.rawValue
  }
  var rest = ArgumentList(Array(arguments.dropFirst()))
  if rest.wantsHelp {
    print(command.help)
    return ExitStatus.success.rawValue
  }
  do {
    let instance = try command.init(arguments: &rest)
    try rest.finish()
    return try instance.run()
  } catch where error is UsageError || error is UnknownCountryError {
    // The command line itself names something wrong: point at the usage.
    printError("netrisk \(name): \(error)\nRun 'netrisk \(name) --help' for usage.")
    return ExitStatus.badInput.rawValue
  } catch {
    printError("netrisk \(name): \(error)")
    return ExitStatus.badInput.rawValue
  }
}

exit(runMain(Array(CommandLine.arguments.dropFirst())))
