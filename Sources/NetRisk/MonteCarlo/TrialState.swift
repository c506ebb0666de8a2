// How the traffic model reads one trial's failures: through a concrete type
// per engine, so that the optimiser specialises its loops for each.

/// What one trial's failures look like to the traffic model: which countries
/// are cut off, which far ends are up and reached, which IXPs are down.
protocol TrialState {
  func isolated(_ country: Int) -> Bool
  func farUp(_ position: Int) -> Bool
  func exchangeDown(_ node: Int) -> Bool
}

/// A trial's state given as closures (the scalar reference engine, tests).
struct ClosureTrialState: TrialState {
  let isolatedCountry: (Int) -> Bool
  let farEndUp: (Int) -> Bool
  let exchangeNodeDown: (Int) -> Bool

  init(isolated: @escaping (Int) -> Bool, farUp: @escaping (Int) -> Bool, exchangeDown: @escaping (Int) -> Bool) {
    isolatedCountry = isolated
    farEndUp = farUp
    exchangeNodeDown = exchangeDown
  }

  func isolated(_ country: Int) -> Bool { isolatedCountry(country) }
  func farUp(_ position: Int) -> Bool { farEndUp(position) }
  func exchangeDown(_ node: Int) -> Bool { exchangeNodeDown(node) }
}

/// One trial of a block of 64, read from the bit-parallel engine's words.
struct WordTrialState: TrialState {
  let isolatedWords: [UInt64]
  let farWords: [UInt64]
  let failedWords: [UInt64]
  let bit: UInt64

  @inline(__always) func isolated(_ country: Int) -> Bool { isolatedWords[country] & bit != 0 }
  @inline(__always) func farUp(_ position: Int) -> Bool { farWords[position] & bit != 0 }
  @inline(__always) func exchangeDown(_ node: Int) -> Bool { failedWords[node] & bit != 0 }
}
