// netrisk: the command-line tool. It dispatches to one subcommand and maps
// errors to exit statuses: 0 success, 1 findings (e.g. validation problems),
// 2 bad input or usage. The reading of the command line is in Invocation.swift.
import Foundation

exit(runMain(Array(CommandLine.arguments.dropFirst())))
