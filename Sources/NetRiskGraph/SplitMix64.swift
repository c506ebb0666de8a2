// A small, fast, seedable random number generator for reproducible runs.

/// SplitMix64 (Steele, Lea, Flood, "Fast splittable pseudorandom number
/// generators", OOPSLA 2014, https://doi.org/10.1145/2660193.2660195).
///
/// The same seed gives the same sequence on every platform and every run,
/// which is what tests, benchmarks and Monte Carlo streams need. Not for
/// cryptography.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  public var state: UInt64

  public init(seed: UInt64) { state = seed }

  @inlinable public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform double in [0, 1) from the top 53 bits.
  @inlinable public mutating func nextUnitDouble() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// An independent stream for index `stream` of a run seeded with `seed`:
  /// the seed of stream *i* is the *i*-th output of a SplitMix64 seeded with
  /// `seed`, so streams never depend on which thread runs them.
  public static func stream(_ stream: Int, of seed: UInt64) -> SplitMix64 {
    var mixer = SplitMix64(seed: seed ^ 0x6A09_E667_F3BC_C908)
    mixer.state &+= UInt64(truncatingIfNeeded: stream) &* 0x9E37_79B9_7F4A_7C15
    return SplitMix64(seed: mixer.next())
  }
}
