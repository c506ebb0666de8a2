// The Bernoulli word sampler behind every Monte Carlo draw, tested
// statistically: bit counts within a tolerance band of 64·p, and chi-square
// tests that every bit position is equally likely and that the number of set
// bits per word follows Binomial(64, p).
import Foundation
import NetRiskGraph
import Testing
@testable import NetRisk

@Suite struct TrialSamplerTests {
  /// Upper 0.1 % points of the chi-square distribution, by degrees of freedom
  /// (NIST/SEMATECH e-Handbook, table 1.3.6.7.4).
  static func chiSquareCritical(degreesOfFreedom: Int) -> Double {
    // Wilson–Hilferty approximation: within 1 % of the tables for df >= 5.
    let k = Double(degreesOfFreedom), z = 3.090_232
    let term = 1 - 2 / (9 * k) + z * (2 / (9 * k)).squareRoot()
    return k * term * term * term
  }

  static func binomialProbability(_ n: Int, _ k: Int, _ p: Double) -> Double {
    let logChoose = lgamma(Double(n + 1)) - lgamma(Double(k + 1)) - lgamma(Double(n - k + 1))
    return exp(logChoose + Double(k) * log(p) + Double(n - k) * log1p(-p))
  }

  /// Both branches of the sampler (geometric gaps below p = 0.2, one draw per
  /// bit above) and the edges of the range.
  @Test(arguments: [0.0005, 0.003, 0.02, 0.1, 0.199, 0.2, 0.35, 0.8, 0.97])
  func bernoulliWordsHaveTheRightDistribution(p: Double) {
    let words = 40_000
    var rng = SplitMix64(seed: 20_261_201)
    var perPosition = [Int](repeating: 0, count: 64)
    var perCount = [Int](repeating: 0, count: 65)
    for _ in 0 ..< words {
      var word = bernoulliWord(p, &rng)
      perCount[word.nonzeroBitCount] += 1
      while word != 0 {
        perPosition[word.trailingZeroBitCount] += 1
        word &= word - 1
      }
    }
    let trials = Double(words * 64)
    let ones = Double(perPosition.reduce(0, +))
    let standardError = (trials * p * (1 - p)).squareRoot()
    #expect(abs(ones - trials * p) <= 4 * standardError, "p \(p): \(ones) set bits, expected \(trials * p) ± \(4 * standardError)")

    // Every position equally likely (only where cells are large enough).
    let expectedPerPosition = Double(words) * p
    if expectedPerPosition >= 5 {
      let chi = perPosition.reduce(0.0) { $0 + pow(Double($1) - expectedPerPosition, 2) / expectedPerPosition }
      #expect(chi < Self.chiSquareCritical(degreesOfFreedom: 63), "p \(p): positions chi-square \(chi)")
    }

    // Set bits per word follow Binomial(64, p); cells with expected < 5 pooled into their neighbours.
    var observed: [Double] = [], expected: [Double] = []
    var pooledObserved = 0.0, pooledExpected = 0.0
    for k in 0 ... 64 {
      pooledObserved += Double(perCount[k])
      pooledExpected += Double(words) * Self.binomialProbability(64, k, p)
      if pooledExpected >= 5 {
        observed.append(pooledObserved)
        expected.append(pooledExpected)
        pooledObserved = 0
        pooledExpected = 0
      }
    }
    if !expected.isEmpty {
      observed[observed.count - 1] += pooledObserved
      expected[expected.count - 1] += pooledExpected
    }
    if expected.count >= 3 {
      let chi = zip(observed, expected).reduce(0.0) { $0 + pow($1.0 - $1.1, 2) / $1.1 }
      #expect(chi < Self.chiSquareCritical(degreesOfFreedom: expected.count - 1), "p \(p): counts chi-square \(chi) over \(expected.count) cells")
    }
  }

  @Test func certainAndImpossibleDrawsAreExact() {
    var rng = SplitMix64(seed: 3)
    for _ in 0 ..< 100 {
      #expect(bernoulliWord(0, &rng) == 0)
      #expect(bernoulliWord(1, &rng) == ~0)
    }
  }
}
