// Score parts as people read them in charts and cards.
import NetRisk

extension ScorePart.Key {
  /// "expected traffic drop", "isolation (k)": for legends and cards, where
  /// the code identifier (`expectedTrafficDrop`) would mean little.
  var label: String {
    switch self {
    case .isolation: return "isolation (k)"
    case .entryConcentration: return "entry concentration"
    case .farEndConcentration: return "far-end concentration"
    case .localExchange: return "local exchange"
    case .dnsRoot: return "DNS root"
    case .governance: return "governance"
    case .power: return "power"
    case .operatorConcentration: return "operator concentration"
    case .expectedTrafficDrop: return "expected traffic drop"
    }
  }
}
