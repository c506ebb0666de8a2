// Which cables a model keeps: the one rule, and why a cable is left out.
import NetRiskData

/// Why a model leaves a cable of the dataset out.
public enum CableExclusion: Hashable, Sendable {
  /// Planned, and the model does not include planned cables.
  case planned
  /// Ready for service in `readyForServiceYear`, after the model's `asOfYear`.
  case notYetInService(readyForServiceYear: Int, asOfYear: Int)
}

/// A cable the model left out, by its dataset id, and why.
public struct ExcludedCable: Hashable, Sendable {
  public var id: String
  public var reason: CableExclusion

  public init(id: String, reason: CableExclusion) {
    self.id = id
    self.reason = reason
  }
}

extension RiskModel {
  /// Why the model leaves `cable` out, or nil when the cable is active in it:
  /// planned cables unless `includePlannedCables`, and cables ready for
  /// service after `asOfYear` (a cable without a year is taken to be in
  /// service). The dependency graph and the candidate generator both ask here.
  /// - Complexity: O(1).
  public func exclusion(of cable: Cable) -> CableExclusion? {
    if cable.isPlanned && !includePlannedCables { return .planned }
    if let year = cable.readyForServiceYear, year > asOfYear {
      return .notYetInService(readyForServiceYear: year, asOfYear: asOfYear)
    }
    return nil
  }
}
