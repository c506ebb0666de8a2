// What one pick of a plan changes for the country it is for, as data.

/// What building one candidate (after the picks before it) changes for its
/// country: the single points of failure it removes and the country's
/// isolation probability and expected traffic drop, before and after.
public struct PriorityFix: Hashable, Sendable {
  /// The country (alpha-2).
  public var country: String
  /// Single points of failure of the country with the earlier picks built
  /// that are gone with this one, compared by node (dataset nodes keep their
  /// ids when investments are added), sorted by name.
  public var removedSinglePointsOfFailure: [DependencyElement]
  /// Isolation probability (0...1) before and after.
  public var isolationProbabilityBefore: Double, isolationProbabilityAfter: Double
  /// Expected national traffic drop (0...1) before and after.
  public var expectedTrafficDropBefore: Double, expectedTrafficDropAfter: Double
}
