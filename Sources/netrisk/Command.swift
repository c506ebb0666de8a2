// The shape every netrisk subcommand has: read arguments, run, return a status.

/// A subcommand. It only parses, calls the library and prints.
protocol Command {
  /// The word after `netrisk` that selects it.
  static var name: String { get }
  /// One line for `netrisk --help`.
  static var summary: String { get }
  /// The full help text, shown by `netrisk NAME --help`.
  static var help: String { get }
  /// Reads the command's arguments; throws `UsageError` on a bad line.
  init(arguments: inout ArgumentList) throws
  /// Runs the command and returns its exit status (0 success; 1 findings; 2 bad input).
  func run() throws -> Int32
}
