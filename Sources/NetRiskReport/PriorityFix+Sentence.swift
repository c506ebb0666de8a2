// What a pick of a plan fixes, as people read it.
import NetRisk

extension PriorityFix {
  /// "removes the SPOF Tonga Cable; isolation probability of TO from 1.16 %
  /// to 0.02 %; expected traffic drop from 1.40 % to 0.31 %".
  var sentence: String {
    func percent(_ share: Double) -> String { (100 * share).decimals(2) + " %" }
    let removed = removedSinglePointsOfFailure.map(\.name)
    var parts: [String] = []
    if !removed.isEmpty { parts.append("removes the SPOF\(removed.count > 1 ? "s" : "") " + removed.joined(separator: ", ")) }
    parts.append("isolation probability of \(country) from \(percent(isolationProbabilityBefore)) to \(percent(isolationProbabilityAfter))")
    parts.append("expected traffic drop from \(percent(expectedTrafficDropBefore)) to \(percent(expectedTrafficDropAfter))")
    return parts.joined(separator: "; ")
  }
}
