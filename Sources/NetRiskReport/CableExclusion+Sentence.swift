// Why a cable is left out, as people read it.
import NetRisk

extension CableExclusion {
  /// "planned", "ready for service in 2026, after the model's year 2024".
  var sentence: String {
    switch self {
    case .planned: return "planned"
    case let .notYetInService(year, asOfYear): return "ready for service in \(year), after the model's year \(asOfYear)"
    }
  }
}
