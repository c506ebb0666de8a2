// Pairs of nodes whose joint failure cuts targets off from a root when
// neither failure does alone (the N-2 contingencies), from one dominator tree
// per candidate instead of a search per pair.

/// Two nodes whose joint removal separates `separated` from the root, though
/// removing either alone leaves every one of those targets reachable.
public struct SeparatingPair: Hashable, Sendable {
  /// The two nodes, `first < second`.
  public var first: Int
  public var second: Int
  /// The targets cut off, ascending.
  public var separated: [Int]

  public init(first: Int, second: Int, separated: [Int]) {
    self.first = first
    self.second = second
    self.separated = separated
  }
}

extension Graph {
  /// Every pair {a, b} of `candidates` whose joint removal leaves some of
  /// `targets` unreachable from `root` while neither a nor b alone does: the
  /// minimal two-node cuts of the targets, with the targets each one cuts off.
  /// `removed` nodes are out of the graph throughout (a hub judged without its
  /// own core link, for instance).
  ///
  /// For each candidate a, the dominator tree of the graph without a: a
  /// target t reachable there is cut off by {a, b} exactly when b dominates t
  /// in it, and b alone cuts t off exactly when b dominates t in the tree of
  /// the whole graph. The relation is symmetric, so each pair is recorded from
  /// its smaller node only. No pair is searched on its own.
  ///
  /// Pairs are ordered by `first`, then `second`. A candidate equal to the
  /// root, or not reachable from it, is in no pair; a target that is
  /// unreachable from the start is in none either.
  ///
  /// `slice` (i, n) keeps only the pairs whose `first` is the i-th, (i+n)-th,
  /// ... of the reachable candidates in ascending order: a part of the work
  /// for a sharded run. The slices 0 ..< n of one call are disjoint and
  /// together give exactly the pairs of `slice` (0, 1), the default.
  /// - Complexity: O(*C* · (*E* log *V* + *T* · *h*)) time for *C* candidates
  ///   (*C* / *n* with a slice), *T* targets and dominator-tree height *h*;
  ///   O(*V* + *E*) memory besides the result.
  /// - Precondition: 0 ≤ i < n.
  public func separatingPairs(
    from root: Int, candidates: [Int], targets: [Int], removed: [Int] = [], slice: (index: Int, count: Int) = (0, 1)
  ) -> [SeparatingPair] {
    precondition(slice.count >= 1 && (0 ..< slice.count).contains(slice.index), "slice \(slice.index) of \(slice.count)")
    precondition(root >= 0 && root < nodeCount, "root \(root) outside 0..<\(nodeCount)")
    var base = NodeMask(all: nodeCount)
    for node in removed { base.remove(node) }
    let whole = InducedGraph(base: self, alive: base).dominatorTree(from: root)
    var isCandidate = [Bool](repeating: false, count: nodeCount)
    for node in candidates { isCandidate[node] = true }
    let firsts = Set(candidates).filter { $0 != root && whole.isReachable($0) }.sorted()
    let reachableTargets = Set(targets).filter { $0 != root && whole.isReachable($0) }.sorted()
    var result: [SeparatingPair] = []
    for first in stride(from: slice.index, to: firsts.count, by: slice.count).map({ firsts[$0] }) {
      var alive = base
      alive.remove(first)
      let tree = InducedGraph(base: self, alive: alive).dominatorTree(from: root)
      var separated: [Int: [Int]] = [:]
      for target in reachableTargets where tree.isReachable(target) {
        for second in tree.dominators(of: target)
        where second > first && isCandidate[second] && !whole.dominates(second, target) {
          separated[second, default: []].append(target)
        }
      }
      for second in separated.keys.sorted() {
        result.append(SeparatingPair(first: first, second: second, separated: separated[second] ?? []))
      }
    }
    return result
  }
}
