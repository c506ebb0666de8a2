// Reading a cable in segments: which dataset segment each node stands for,
// and the way along the segments from one end to the others.
import NetRiskData

extension DependencyGraph {
  /// The segment nodes of cable `cable` with the dataset segment each stands
  /// for, by segment number; empty unless the model splits the cable.
  /// - Complexity: O(*s*) for the cable's *s* segments.
  public func segments(ofCable cable: RowIndex<Cable>, in dataset: Dataset) -> [(node: Int, segment: CableSegment)] {
    zip(segmentNodes[cable], dataset.cables[cable].segmentIndices).map { ($0, dataset.cableSegments[$1]) }
  }

  /// The fewest-segment way from `start` to every end (landing point or
  /// branching unit) of cable `cable` that can be reached, as segment nodes
  /// in order (`start` itself maps to the empty way). Breadth-first, with
  /// each end's segments in segment order, so ties always resolve the same
  /// way; on a tree the way is the only one. Only `start` when the cable is
  /// not in segments or `start` is not on it.
  /// - Complexity: O(*s*) for the cable's *s* segments (plus the ways' lengths).
  public func segmentWays(ofCable cable: RowIndex<Cable>, from start: SegmentEnd, in dataset: Dataset) -> [SegmentEnd: [Int]] {
    var onward: [SegmentEnd: [(node: Int, next: SegmentEnd)]] = [:]
    for (node, segment) in segments(ofCable: cable, in: dataset) {
      onward[segment.from, default: []].append((node, segment.to))
      onward[segment.to, default: []].append((node, segment.from))
    }
    var way: [SegmentEnd: [Int]] = [start: []]
    var queue = [start]
    var head = 0
    while head < queue.count {
      let here = queue[head]
      head += 1
      for (node, next) in onward[here] ?? [] where way[next] == nil {
        way[next] = (way[here] ?? []) + [node]
        queue.append(next)
      }
    }
    return way
  }
}
