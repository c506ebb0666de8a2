// A Monte Carlo run split into shards that run apart (other processes, other
// machines) and merge into exactly the sums, and so the bytes, of one run.
import Foundation
import NetRiskData

/// Shard `index` of `count`: the blocks of 64 trials whose number leaves
/// remainder `index` when divided by `count`. Any partition of the blocks
/// gives the same merged sums, because block b always draws from seed stream b
/// and the partial results are integer sums.
public struct Shard: Hashable, Sendable, CustomStringConvertible {
  public let index: Int
  public let count: Int

  /// A shard; nil unless 0 ≤ index < count.
  public init?(index: Int, count: Int) {
    guard count >= 1, index >= 0, index < count else { return nil }
    self.index = index
    self.count = count
  }

  /// Every block: the unsharded run.
  public static let whole = Shard(uncheckedIndex: 0, count: 1)

  private init(uncheckedIndex index: Int, count: Int) {
    self.index = index
    self.count = count
  }

  /// "i/n", as `--shard` reads it.
  public var description: String { "\(index)/\(count)" }

  /// The blocks of this shard among `blocks` blocks.
  func blocks(of blocks: Int) -> StrideTo<Int> { stride(from: index, to: blocks, by: count) }

  /// This shard's items: the i-th, (i+n)-th, ... of `items`.
  func items<Items: Collection>(of items: Items) -> [Items.Element] {
    items.enumerated().filter { $0.offset % count == index }.map(\.element)
  }
}

/// The integer sums of some blocks of a Monte Carlo run: what one shard
/// writes and `merge` adds up.
public struct MonteCarloPartial: Sendable {
  /// Trials of the whole run (a multiple of 64), not only of this part.
  public let trials: Int
  public let seed: UInt64
  let sums: RiskAccumulator

  /// The sums as canonical JSON: per country, trials isolated and without
  /// root resolution, and the two share distributions with only their
  /// non-empty bins.
  public var json: JSONValue {
    .object([
      "trials": .integer(trials), "seed": .string(String(seed)),
      "isolated": .array(sums.isolated.map { .integer($0) }), "rootLost": .array(sums.rootLost.map { .integer($0) }),
      "capacityLoss": .array(sums.loss.map(\.json)), "trafficDrop": .array(sums.drop.map(\.json)),
    ])
  }

  /// Reads `json` back; `path` names the value in error messages.
  /// - Throws: `InputError` naming the JSON path of the first bad value.
  public init(json: JSONValue, countries: Int, file: String, path: String) throws {
    func fail(_ key: String, _ what: String) -> InputError {
      var location = SourceLocation(file: file)
      location.field = "\(path).\(key)"
      return InputError(location, what)
    }
    guard let object = json.objectValue else { throw fail("", "expected an object") }
    guard let trials = object["trials"]?.intValue, trials > 0, trials % 64 == 0 else {
      throw fail("trials", "expected a positive multiple of 64")
    }
    guard let seedText = object["seed"]?.stringValue, let seed = UInt64(seedText) else {
      throw fail("seed", "expected a decimal seed in a string")
    }
    func counts(_ key: String) throws -> [Int] {
      guard let values = object[key]?.arrayValue?.compactMap(\.intValue), values.count == countries, values.allSatisfy({ $0 >= 0 })
      else { throw fail(key, "expected \(countries) counts of trials (one per country of the dataset)") }
      return values
    }
    func distributions(_ key: String) throws -> [ShareDistribution] {
      guard let values = object[key]?.arrayValue, values.count == countries else {
        throw fail(key, "expected \(countries) distributions (one per country of the dataset)")
      }
      return try values.enumerated().map { index, value in
        guard let distribution = ShareDistribution(json: value) else { throw fail("\(key)[\(index)]", "not a share distribution") }
        return distribution
      }
    }
    var sums = RiskAccumulator(countries: countries)
    sums.isolated = try counts("isolated")
    sums.rootLost = try counts("rootLost")
    sums.loss = try distributions("capacityLoss")
    sums.drop = try distributions("trafficDrop")
    self.init(trials: trials, seed: seed, sums: sums)
  }

  init(trials: Int, seed: UInt64, sums: RiskAccumulator) {
    self.trials = trials
    self.seed = seed
    self.sums = sums
  }

  /// The sums of several parts of one run (same trials and seed, checked by the caller).
  public static func merging(_ parts: [MonteCarloPartial]) -> MonteCarloPartial? {
    guard let first = parts.first else { return nil }
    var sums = RiskAccumulator(countries: first.sums.isolated.count)
    for part in parts { sums.merge(part.sums) }
    return MonteCarloPartial(trials: first.trials, seed: first.seed, sums: sums)
  }
}

extension ShareDistribution {
  /// `{"sum", "squareSum" (a decimal string: it can pass 2^63), "bins": [[bin, count, sum], ...]}`
  /// with only the bins that hold a trial.
  var json: JSONValue {
    .object([
      "sum": .integer(Int(sum)), "squareSum": .string(String(squareSum)),
      "bins": .array(bins.indices.filter { bins[$0] > 0 }.map { bin in
        .array([.integer(bin), .integer(bins[bin]), .integer(Int(binSums[bin]))])
      }),
    ])
  }

  init?(json: JSONValue) {
    guard let object = json.objectValue, let sum = object["sum"]?.intValue,
      let squareText = object["squareSum"]?.stringValue, let squareSum = UInt64(squareText),
      let bins = object["bins"]?.arrayValue
    else { return nil }
    self.init()
    self.sum = Int64(sum)
    self.squareSum = squareSum
    for entry in bins {
      guard let triple = entry.arrayValue?.compactMap(\.intValue), triple.count == 3,
        (0 ..< 1001).contains(triple[0]), triple[1] > 0
      else { return nil }
      self.bins[triple[0]] += triple[1]
      binSums[triple[0]] += Int64(triple[2])
    }
  }
}

extension MonteCarlo {
  /// The sums of `shard`'s blocks of a run of `trials` trials (rounded up to
  /// a multiple of 64) from `seed`, on `threads` threads.
  /// - Complexity: that of `run`, over the shard's share of the blocks.
  public func partial(
    trials: Int, seed: UInt64, threads: Int = 1, shard: Shard = .whole,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) -> MonteCarloPartial {
    let blocks = Array(shard.blocks(of: max((trials + 63) / 64, 1)))
    let workers = max(1, min(threads, blocks.count))
    // Every worker stores its accumulator, so the placeholders never survive.
    let slots = LockedSlots(repeating: RiskAccumulator(countries: 0), count: workers)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var accumulator = RiskAccumulator(countries: codes.count)
      var position = worker
      while position < blocks.count {
        accumulator.add(evaluator.evaluate(failed: sampler.failures(block: blocks[position], seed: seed)))
        if worker == 0, let progress, position % 16 == 0 { progress(position * 64, blocks.count * 64) }
        position += workers
      }
      slots.store(accumulator, at: worker)
    }
    var total = RiskAccumulator(countries: codes.count)
    for partial in slots.values { total.merge(partial) }
    return MonteCarloPartial(trials: max((trials + 63) / 64, 1) * 64, seed: seed, sums: total)
  }

  /// The estimates of a whole run from its sums (every shard merged).
  public func estimates(_ whole: MonteCarloPartial) -> RiskEstimates {
    estimates(whole.sums, trials: whole.trials, seed: whole.seed)
  }
}

/// The sums of some blocks of a scenario's two Monte Carlo runs (with the
/// scenario, and calm for comparison): what one shard of `simulate` writes.
public struct ScenarioPartial: Sendable {
  public let hit: MonteCarloPartial
  public let calm: MonteCarloPartial

  public init(hit: MonteCarloPartial, calm: MonteCarloPartial) {
    self.hit = hit
    self.calm = calm
  }

  /// `{"hit": sums, "calm": sums}` (each as `MonteCarloPartial.json`).
  public var json: JSONValue { .object(["hit": hit.json, "calm": calm.json]) }

  /// Reads `json` back; `path` names the value in error messages.
  /// - Throws: `InputError` naming the JSON path of the first bad value.
  public init(json: JSONValue, countries: Int, file: String, path: String) throws {
    func part(_ key: String) throws -> MonteCarloPartial {
      guard let value = json[key] else {
        var location = SourceLocation(file: file)
        location.field = "\(path).\(key)"
        throw InputError(location, "missing")
      }
      return try MonteCarloPartial(json: value, countries: countries, file: file, path: "\(path).\(key)")
    }
    self.init(hit: try part("hit"), calm: try part("calm"))
  }

  /// The sums of several parts of one run (nil for none).
  static func merging(_ parts: [ScenarioPartial]) -> ScenarioPartial? {
    guard let hit = MonteCarloPartial.merging(parts.map(\.hit)), let calm = MonteCarloPartial.merging(parts.map(\.calm)) else { return nil }
    return ScenarioPartial(hit: hit, calm: calm)
  }
}
