// A small command-line argument reader: options, flags and positionals, with
// "did you mean" for unknown options. No package dependencies, by design.
import NetRiskData

/// A usage error: the command line itself is wrong. Exit status 2.
struct UsageError: Error, CustomStringConvertible {
  var message: String
  var description: String { message }
}

/// The arguments of one command, consumed as the command reads them.
///
/// A command takes what it knows with `option(_:)`, `flag(_:)` and
/// `positional(_:)`, then calls `finish()`, which rejects anything left over.
/// Options are accepted as `--name value` and `--name=value`. A `--` ends the
/// options: every argument after it is a positional, even one that starts
/// with `-` (a file named `--top`, say).
struct ArgumentList {
  /// The arguments before `--`: options and positionals.
  private var items: [String]
  /// The arguments after `--`: positionals only.
  private var operands: [String]
  private var known: [String] = ["--help", "-h"]

  init(_ arguments: [String]) {
    if let end = arguments.firstIndex(of: "--") {
      items = Array(arguments[..<end])
      operands = Array(arguments[(end + 1)...])
    } else {
      items = arguments
      operands = []
    }
  }

  /// Whether the user asked for help anywhere before `--`.
  var wantsHelp: Bool { items.contains("--help") || items.contains("-h") }

  /// The value of `--name`, or nil when absent. Repeating an option is an error.
  mutating func option(_ name: String) throws -> String? {
    let values = try options(name)
    guard values.count <= 1 else {
      throw UsageError(message: "option \(name) given \(values.count) times; give it once")
    }
    return values.first
  }

  /// Every value given to a repeatable option `--name`, in order.
  mutating func options(_ name: String) throws -> [String] {
    known.append(name)
    var values: [String] = []
    var index = 0
    while index < items.count {
      let item = items[index]
      if item == name {
        guard index + 1 < items.count, !items[index + 1].hasPrefix("--") else {
          throw UsageError(message: "option \(name) needs a value")
        }
        values.append(items[index + 1])
        items.removeSubrange(index...(index + 1))
      } else if item.hasPrefix(name + "=") {
        values.append(String(item.dropFirst(name.count + 1)))
        items.remove(at: index)
      } else {
        index += 1
      }
    }
    return values
  }

  /// An option parsed as an integer within `range`.
  mutating func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
    guard let text = try option(name) else { return nil }
    guard let value = Int(text), range.contains(value) else {
      throw UsageError(
        message: "option \(name) expects an integer in \(range.lowerBound)...\(range.upperBound), found '\(text)'")
    }
    return value
  }

  /// Whether `--name` is present (it is consumed).
  mutating func flag(_ name: String) -> Bool {
    known.append(name)
    guard let index = items.firstIndex(of: name) else { return false }
    items.remove(at: index)
    return true
  }

  /// The next argument that is not an option (before `--`, then after it),
  /// or nil when none is left.
  mutating func positional() -> String? {
    if let index = items.firstIndex(where: { !$0.hasPrefix("-") || $0 == "-" }) { return items.remove(at: index) }
    return operands.isEmpty ? nil : operands.removeFirst()
  }

  /// Rejects anything not consumed, suggesting the closest known option.
  func finish() throws {
    guard let first = items.first else {
      if let operand = operands.first { throw UsageError(message: "unexpected argument '\(operand)'") }
      return
    }
    if first.hasPrefix("-") {
      let bare = String(first.split(separator: "=", maxSplits: 1).first ?? Substring(first))
      var message = "unknown option '\(bare)'"
      if let suggestion = bare.closestMatch(in: known) { message += "; did you mean '\(suggestion)'?" }
      throw UsageError(message: message)
    }
    throw UsageError(message: "unexpected argument '\(first)'")
  }
}
