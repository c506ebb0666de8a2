// The distribution of a share (0...1) over trials, kept as integer sums so
// that partial results merge exactly in any order.

/// One country's share lost per trial (capacity or traffic), in millionths:
/// the sum and sum of squares for the mean and its standard error, and 1,001
/// bins (bin = millionths / 1000) with the sum of the values in each, for
/// quantiles within 0.001.
struct ShareDistribution {
  var sum: Int64 = 0
  var squareSum: UInt64 = 0
  var bins = [Int](repeating: 0, count: 1001)
  var binSums = [Int64](repeating: 0, count: 1001)

  mutating func add(micros value: Int64) {
    sum += value
    squareSum += UInt64(value * value)
    bins[Int(value / 1000)] += 1
    binSums[Int(value / 1000)] += value
  }

  mutating func merge(_ other: ShareDistribution) {
    sum += other.sum
    squareSum += other.squareSum
    for bin in 0 ..< 1001 {
      bins[bin] += other.bins[bin]
      binSums[bin] += other.binSums[bin]
    }
  }

  /// The mean over `trials` trials.
  func mean(trials n: Double) -> Double { Double(sum) / 1e6 / n }

  /// The standard error of the mean over `trials` trials.
  func standardError(trials n: Double) -> Double {
    let mean = mean(trials: n)
    return (max(Double(squareSum) / 1e12 / n - mean * mean, 0) / n).squareRoot()
  }

  /// The share of the `trials` trials whose value is at least `threshold`
  /// (0...1); exact when `threshold` is a multiple of 0.001 (a bin edge).
  func exceedance(_ threshold: Double, trials n: Double) -> Double {
    let first = min(max(Int((threshold * 1000 - 1e-9).rounded(.up)), 0), 1000)  // a hair below: 0.05 · 1000 is not exactly 50
    return Double(bins[first...].reduce(0, +)) / n
  }

  /// The mean of the values in the bin holding rank q·n: within 0.001 of the
  /// true quantile, and exact when the value is constant.
  func quantile(_ q: Double, trials n: Double) -> Double {
    let rank = min(max(q * n, 1), n)
    var cumulative = 0.0
    for bin in 0 ..< 1001 {
      cumulative += Double(bins[bin])
      if cumulative >= rank { return Double(binSums[bin]) / Double(bins[bin]) / 1e6 }
    }
    return 1
  }
}
