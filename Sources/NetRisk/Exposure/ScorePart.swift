// One part of the composite score: which part, its figures, and the numbers
// behind its value.

/// One part of a country's composite score.
public struct ScorePart: Hashable, Sendable {
  /// The parts, in the order a country lists them.
  public enum Key: String, CaseIterable, Sendable {
    case isolation, entryConcentration, farEndConcentration, localExchange, dnsRoot, governance, power
    case operatorConcentration, expectedTrafficDrop
  }

  /// What the value was computed from; it also says which part this is.
  public var evidence: ScoreEvidence
  /// 0 (robust) to 100 (worst).
  public var value: Double
  /// The weight as it applies: the model's weight over the sum of the weights
  /// of the parts present (the applied weights of a country sum to 1).
  public var weight: Double
  /// `value · weight`: the points this part adds to the score.
  public var contribution: Double

  public var key: Key { evidence.key }

  public init(evidence: ScoreEvidence, value: Double, weight: Double, contribution: Double) {
    self.evidence = evidence
    self.value = value
    self.weight = weight
    self.contribution = contribution
  }
}

/// The figures a score part's value comes from, one case per part (formulas
/// in Datasets/models/README.md). Renderers phrase them.
public enum ScoreEvidence: Hashable, Sendable {
  /// `independentFailures` (k) independent failures isolate the country, e.g.
  /// `failures`. k = 0 means it has no international link, or, for a hub, no
  /// path to another hub of the global core.
  case isolation(independentFailures: Int, failures: [DependencyElement], isHub: Bool)
  /// Capacity HHI (0..1) over `entryPoints` landing points and border
  /// crossings; nil without any.
  case entryConcentration(herfindahl: Double?, entryPoints: Int)
  /// Capacity HHI (0..1) over `farEndCountries` far-end countries; nil without any.
  case farEndConcentration(herfindahl: Double?, farEndCountries: Int)
  /// IXPs in the country and their member networks.
  case localExchange(exchanges: Int, memberNetworks: Int)
  /// Root letters with an instance in the country, sorted.
  case dnsRoot(localLetters: [String])
  /// Root operators whose legal seat is abroad, of all; the country's
  /// registry (RIR id) and that registry's seat (alpha-2), nil when unknown.
  case governance(rootOperatorsAbroad: Int, rootOperators: Int, registry: String?, registrySeat: String?)
  /// Share of people with electricity (percent) and its year; nil when the
  /// dataset has no figure (the part then assumes 50).
  case power(electricityAccessPercent: Double?, year: Int?)
  /// How concentrated the country's transit is; nil when the AS data has no
  /// network of the country (the part then assumes 50).
  case operatorConcentration(OperatorConcentration?)
  /// The Monte Carlo's expected traffic drop (share, 0..1) and its standard
  /// error, the expected share of lit capacity lost and the isolation probability.
  case expectedTrafficDrop(drop: Double, standardError: Double, capacityLoss: Double, isolationProbability: Double)

  /// The part these figures are behind.
  public var key: ScorePart.Key {
    switch self {
    case .isolation: return .isolation
    case .entryConcentration: return .entryConcentration
    case .farEndConcentration: return .farEndConcentration
    case .localExchange: return .localExchange
    case .dnsRoot: return .dnsRoot
    case .governance: return .governance
    case .power: return .power
    case .operatorConcentration: return .operatorConcentration
    case .expectedTrafficDrop: return .expectedTrafficDrop
    }
  }
}
