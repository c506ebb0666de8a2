// The exit statuses every netrisk command uses.

/// What a command's exit status means; the same table for every command.
enum ExitStatus: Int32 {
  /// The command did what was asked.
  case success = 0
  /// It ran, and found something the caller asked to be told about with a
  /// non-zero status: dataset problems (`validate`, `import`), a snapshot
  /// difference past its tolerances (`diff`).
  case findings = 1
  /// Bad input or usage: nothing (or nothing trustworthy) was produced.
  case badInput = 2
}
