// The worst-case attacker: at most b nodes whose joint removal cuts off the
// most target weight from a root. Exact for b ≤ 2 (dominators and separating
// pairs), greedy in blocks of two beyond, always with an upper bound.

/// What an attacker with a budget of nodes can cut off, and how far from the
/// optimum the answer can be.
public struct WorstCaseSeparation: Hashable, Sendable {
  /// The nodes removed, in the order chosen (ascending within one step).
  public var removed: [Int]
  /// The targets cut off from the root by removing them all, ascending.
  public var separated: [Int]
  /// The total weight of `separated`.
  public var weight: Int
  /// True when `weight` is the optimum (budget 1 or 2).
  public var isExact: Bool
  /// No set within the budget cuts off more than this: the weight of the
  /// targets whose vertex connectivity to the root (over candidates) is at
  /// most the budget.
  public var upperBound: Int
}

extension Graph {
  /// The set of at most `budget` `candidates` whose joint removal cuts off the
  /// most weight of `targets` from `root` (`weights[i]` is the weight of
  /// `targets[i]`). A target counts when it is reachable before and not
  /// after, and not removed itself.
  ///
  /// A budget of 1 or 2 is solved exactly: the best single node from the
  /// dominator tree, and for two nodes the best of every separating pair
  /// (`separatingPairs`, plus what each of its nodes cuts off alone) and every
  /// two nodes that cut off targets alone. A larger budget is spent greedily
  /// in steps of two (the best pair or single on the graph left by the earlier
  /// steps), then one; greedy is not optimal for cuts (two links in parallel
  /// are worth nothing alone), so the result carries an upper bound: the
  /// targets that `budget` candidate removals can cut off at all, by max-flow
  /// with unit capacity on candidates. Ties go to fewer nodes, then smaller ids.
  /// - Complexity: O(⌈*b*/2⌉ · *C* · *E* log *V*) for the steps, plus one
  ///   max-flow per target for the bound.
  public func worstCaseSeparation(
    from root: Int, candidates: [Int], targets: [Int], weights: [Int], budget: Int
  ) -> WorstCaseSeparation {
    precondition(root >= 0 && root < nodeCount, "root \(root) outside 0..<\(nodeCount)")
    precondition(targets.count == weights.count, "one weight per target")
    var weightOf = [Int: Int]()
    for (target, weight) in zip(targets, weights) where target != root { weightOf[target, default: 0] += max(weight, 0) }
    let candidateSet = Set(candidates).subtracting([root])
    let chosenCandidates = candidateSet.sorted()
    var removed: [Int] = []
    var separated = Set<Int>()
    var remaining = max(budget, 0)
    while remaining > 0 {
      guard let step = bestStep(
        from: root, candidates: chosenCandidates, isCandidate: candidateSet, weightOf: weightOf, removed: removed,
        maximumNodes: min(remaining, 2))
      else { break }
      removed += step.nodes
      separated.formUnion(step.separated)
      remaining -= step.nodes.count
    }
    let ordered = separated.sorted()
    return WorstCaseSeparation(
      removed: removed, separated: ordered, weight: ordered.reduce(0) { $0 + (weightOf[$1] ?? 0) },
      isExact: budget <= 2, upperBound: separationBound(from: root, candidates: chosenCandidates, weightOf: weightOf, budget: budget))
  }

  /// The best one or two nodes to remove next, with the targets they newly
  /// cut off (only targets still reachable count); nil when nothing more can
  /// be cut off.
  private func bestStep(
    from root: Int, candidates: [Int], isCandidate: Set<Int>, weightOf: [Int: Int], removed: [Int], maximumNodes: Int
  ) -> (nodes: [Int], separated: Set<Int>)? {
    var alive = NodeMask(all: nodeCount)
    for node in removed { alive.remove(node) }
    let tree = InducedGraph(base: self, alive: alive).dominatorTree(from: root)
    let targets = weightOf.keys.filter { tree.isReachable($0) }.sorted()
    var alone: [Int: Set<Int>] = [:]
    for target in targets {
      for node in tree.dominators(of: target) where isCandidate.contains(node) { alone[node, default: []].insert(target) }
    }
    func weight(_ set: Set<Int>) -> Int { set.reduce(0) { $0 + (weightOf[$1] ?? 0) } }
    var best: (nodes: [Int], separated: Set<Int>, weight: Int)? = nil
    func consider(_ nodes: [Int], _ set: Set<Int>) {
      let value = weight(set)
      guard value > 0 else { return }
      if let current = best {
        let better = value != current.weight ? value > current.weight
          : nodes.count != current.nodes.count ? nodes.count < current.nodes.count
          : nodes.lexicographicallyPrecedes(current.nodes)
        guard better else { return }
      }
      best = (nodes, set, value)
    }
    let singles = alone.keys.sorted()
    for node in singles { consider([node], alone[node] ?? []) }
    if maximumNodes >= 2 {
      for (index, first) in singles.enumerated() {
        for second in singles[(index + 1)...] { consider([first, second], (alone[first] ?? []).union(alone[second] ?? [])) }
      }
      let pairs = separatingPairs(from: root, candidates: candidates, targets: targets, removed: removed)
      for pair in pairs {
        consider(
          [pair.first, pair.second],
          Set(pair.separated).union(alone[pair.first] ?? []).union(alone[pair.second] ?? []))
      }
    }
    return best.map { ($0.nodes, $0.separated) }
  }

  /// The weight of the targets that at most `budget` candidate removals can
  /// cut off at all (unit capacity on candidates, the rest unbounded).
  private func separationBound(from root: Int, candidates: [Int], weightOf: [Int: Int], budget: Int) -> Int {
    var capacities = [Int64](repeating: -1, count: nodeCount)
    for node in candidates { capacities[node] = 1 }
    let reach = reachable(from: [root])
    var bound = 0
    for (target, weight) in weightOf where reach.contains(target) {
      guard let value = maximumFlow(from: root, to: target, nodeCapacities: capacities).value else { continue }
      if value <= Int64(budget) { bound += weight }
    }
    return bound
  }
}
