// The five regional Internet registries.

/// A regional Internet registry (RIR): the body that hands out IP addresses
/// and AS numbers in a region. Raw values are the names the RIRs use in their
/// statistics files (`ripencc`, not `ripe`).
public enum RegionalRegistry: String, CaseIterable, Hashable, Sendable, Comparable {
  case afrinic
  case apnic
  case arin
  case lacnic
  case ripencc

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
