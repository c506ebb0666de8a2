// `--kinds K,K,...`: element kinds named on the command line.
import NetRisk

extension ArgumentList {
  /// The kinds listed after `name` (comma-separated), each one of `allowed`;
  /// nil when the option is absent.
  /// - Throws: `UsageError` naming an unknown kind (with the closest name),
  ///   or a known kind that `allowed` leaves out (with `reason`).
  mutating func nodeKinds(_ name: String, allowed: [NodeKind], reason: String) throws -> Set<NodeKind>? {
    guard let text = try option(name) else { return nil }
    let names = allowed.map(\.rawValue)
    var kinds = Set<NodeKind>()
    for item in text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
      guard let kind = NodeKind(rawValue: item), NodeKind.sweepable.contains(kind) else {
        let known = NodeKind.sweepable.map(\.rawValue)
        throw UsageError(message: "\(name): unknown kind '\(item)' (one of \(known.joined(separator: ", ")))"
          + (item.closestMatch(in: known).map { "; did you mean '\($0)'?" } ?? ""))
      }
      guard allowed.contains(kind) else {
        throw UsageError(message: "\(name): '\(item)' \(reason) (one of \(names.joined(separator: ", ")))")
      }
      kinds.insert(kind)
    }
    return kinds
  }
}
