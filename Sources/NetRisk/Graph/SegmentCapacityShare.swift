// How much of a cable's capacity each of its segments carries: a branch to
// one landing only that landing's share, the trunk all of it.
import NetRiskData

enum SegmentCapacityShare {
  /// The share (0 to 1] of the cable's design capacity that each segment of
  /// `segments` (one cable's, in order) carries.
  ///
  ///     // Equiano's branch to St Helena on a system of 8 landings: 1/7
  ///
  /// Removing a segment splits the cable's landing points into two sides; a
  /// segment with a single landing point on one side is that landing's branch
  /// and carries 1 / (n − 1) of the capacity, n the cable's landing points
  /// (assumed, because no per-branch capacity is public: the system's
  /// capacity spread evenly over the landings a landing exchanges traffic
  /// with, so that a two-landing cable keeps all of it and two branches of one
  /// cable into one country no longer count the whole system twice). Every
  /// other segment (a trunk, a segment inside a ring or festoon, a segment of
  /// a two-landing cable) carries all of it.
  /// - Complexity: O(*s*²) for *s* segments (a cable has a few dozen at most).
  static func shares(of segments: [CableSegment]) -> [Double] {
    let landings = Set(segments.flatMap { [$0.from, $0.to] }.filter { if case .landingPoint = $0 { true } else { false } })
    let n = landings.count
    guard n > 2 else { return segments.map { _ in 1 } }
    return segments.indices.map { removed in
      // The landings reached from the removed segment's `from` end without it.
      var reached: Set<SegmentEnd> = [segments[removed].from]
      var stack = [segments[removed].from]
      while let end = stack.popLast() {
        for (index, segment) in segments.enumerated() where index != removed && (segment.from == end || segment.to == end) {
          let next = segment.from == end ? segment.to : segment.from
          if reached.insert(next).inserted { stack.append(next) }
        }
      }
      let near = landings.intersection(reached).count, far = n - near
      return min(near, far) == 1 ? 1 / Double(n - 1) : 1
    }
  }
}
