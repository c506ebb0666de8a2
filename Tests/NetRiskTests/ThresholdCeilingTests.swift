import NetRiskGraph
import Testing
@testable import NetRisk

/// The best exact agreement of class thresholds on the traffic drop.
@Suite struct ThresholdCeilingTests {
  let classes = ["none", "degraded", "partial", "major", "total"]

  func pair(_ observed: String, _ drop: Double) -> BacktestPair {
    BacktestPair(incident: "i", country: "XX", observed: observed, predicted: "none", expectedLoss: drop, isolationProbability: 0, capacityLoss: 0)
  }

  @Test func handMadeCases() {
    // Ordered observations: thresholds can reproduce all of them.
    #expect(Backtest.thresholdCeiling([pair("none", 0), pair("partial", 0.2), pair("total", 0.95)], classes: classes) == 3)
    // One drop, two classes: equal drops get one class.
    #expect(Backtest.thresholdCeiling([pair("none", 0), pair("major", 0), pair("major", 0)], classes: classes) == 2)
    // Inverted: a larger drop observed milder; one of the two must miss.
    #expect(Backtest.thresholdCeiling([pair("major", 0.1), pair("none", 0.6)], classes: classes) == 1)
    #expect(Backtest.thresholdCeiling([], classes: classes) == 0)
  }

  /// Against enumeration of every non-decreasing classing of the distinct drops.
  @Test func matchesEnumerationOnRandomSets() {
    for seed in UInt64(0) ..< 600 {
      var random = SplitMix64(seed: seed)
      let count = Int(random.next() % 9)
      let pairs = (0 ..< count).map { _ in
        pair(classes[Int(random.next() % 5)], [0, 0.1, 0.3, 0.6, 0.9][Int(random.next() % 5)])
      }
      let drops = Array(Set(pairs.map(\.expectedLoss))).sorted()
      var best = 0
      func assign(_ index: Int, _ lowest: Int, _ chosen: [Double: Int]) {
        guard index < drops.count else {
          best = max(best, pairs.count { chosen[$0.expectedLoss] == classes.firstIndex(of: $0.observed) })
          return
        }
        for k in lowest ..< classes.count { assign(index + 1, k, chosen.merging([drops[index]: k]) { $1 }) }
      }
      assign(0, 0, [:])
      #expect(Backtest.thresholdCeiling(pairs, classes: classes) == best, "seed \(seed)")
    }
  }
}
