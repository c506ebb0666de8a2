// How far class thresholds alone could take a backtest: the best exact
// agreement of any monotone classing of the simulated traffic drops.

extension Backtest {
  /// The most observations whose observed class any class thresholds on
  /// the simulated traffic drop (`expectedLoss`) would reproduce: classes
  /// assigned in order of the drop (a larger drop never gets a milder
  /// class), equal drops one class. An in-sample upper bound for tuning
  /// thresholds alone: when it is short of a target, the outcome model has
  /// to change, not its thresholds. Classes unknown to `classes` count as
  /// the first.
  /// - Complexity: O(*n* log *n* + *n* · *k*) for *n* pairs and *k* classes
  ///   (a sort, then dynamic programming over groups of equal drops).
  public static func thresholdCeiling(_ pairs: [BacktestPair], classes: [String]) -> Int {
    guard !classes.isEmpty else { return 0 }
    let rank = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($0.element, $0.offset) })
    let sorted = pairs.map { (drop: $0.expectedLoss, observed: rank[$0.observed] ?? 0) }.sorted { $0.drop < $1.drop }
    // best[k]: most agreements so far with every group classed ≤ k.
    var best = [Int](repeating: 0, count: classes.count)
    var start = 0
    while start < sorted.count {
      var end = start
      var count = [Int](repeating: 0, count: classes.count)
      while end < sorted.count && sorted[end].drop == sorted[start].drop {
        count[sorted[end].observed] += 1
        end += 1
      }
      var next = best
      for k in classes.indices {
        next[k] = max(best[k] + count[k], k > 0 ? next[k - 1] : 0)
      }
      best = next
      start = end
    }
    return best[classes.count - 1]
  }
}
