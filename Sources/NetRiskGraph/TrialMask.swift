// Bit-parallel reachability: many Monte Carlo trials per sweep of the graph.

/// A set of independent trials per node, 64 trials per `UInt64` word:
/// bit `t % 64` of word `t / 64` of node `v` says something about trial `t`
/// at node `v` (alive, or reachable). Words are stored node-major, so the
/// words of one node sit together.
public struct TrialMasks: Sendable, Equatable {
  public let nodeCount: Int
  /// Words per node; the number of trials is `64 · wordsPerNode`.
  public let wordsPerNode: Int
  public var words: [UInt64]

  /// Masks with no trial set for any node.
  public init(nodeCount: Int, wordsPerNode: Int) {
    precondition(wordsPerNode >= 1, "at least one word of trials")
    self.nodeCount = nodeCount
    self.wordsPerNode = wordsPerNode
    self.words = [UInt64](repeating: 0, count: nodeCount * wordsPerNode)
  }

  /// Masks with every trial set for every node (everything alive).
  public init(allAlive nodeCount: Int, wordsPerNode: Int) {
    self.init(nodeCount: nodeCount, wordsPerNode: wordsPerNode)
    for index in words.indices { words[index] = ~0 }
  }

  /// Number of trials: `64 · wordsPerNode`.
  public var trialCount: Int { 64 * wordsPerNode }

  /// Word `word` of node `node`.
  @inlinable public subscript(node: Int, word: Int) -> UInt64 {
    get { words[node * wordsPerNode + word] }
    set { words[node * wordsPerNode + word] = newValue }
  }

  /// Whether trial `trial` is set at `node`.
  @inlinable public func contains(node: Int, trial: Int) -> Bool {
    self[node, trial >> 6] & (1 << UInt64(trial & 63)) != 0
  }

  /// Sets or clears trial `trial` at `node`.
  @inlinable public mutating func set(node: Int, trial: Int, to value: Bool) {
    let bit: UInt64 = 1 << UInt64(trial & 63)
    if value { self[node, trial >> 6] |= bit } else { self[node, trial >> 6] &= ~bit }
  }

  /// The nodes set in trial `trial`, as a node mask.
  public func nodes(inTrial trial: Int) -> NodeMask {
    var mask = NodeMask(none: nodeCount)
    for node in 0 ..< nodeCount where contains(node: node, trial: trial) { mask.insert(node) }
    return mask
  }
}

extension Graph {
  /// For every node, the trials in which it is reachable from `sources`
  /// through nodes alive in that trial (a node dead in a trial is not reached
  /// in it, sources included).
  ///
  ///     let reach = graph.reachableTrials(from: [core], alive: alive)
  ///     reach.contains(node: tonga, trial: 17)
  ///
  /// Equivalent to one breadth-first search per trial on the nodes alive in
  /// it, but each arc moves 64 trials per word at once: a node is queued when
  /// its mask gains bits, and passes `reach[u] & alive[v]` on to each
  /// neighbour `v`, until no mask changes (a monotone fixed point, so the
  /// result does not depend on queue order). Self-loops and parallel edges
  /// change nothing.
  /// - Complexity: O(*W* · (*V* + *E*) · *r*) time, where *W* is
  ///   `wordsPerNode` and *r* the number of times a node is re-queued
  ///   (at most 64 · *W*, typically 1 to 3); O(*W* · *V*) memory.
  public func reachableTrials(from sources: [Int], alive: TrialMasks) -> TrialMasks {
    propagateTrials(from: sources, alive: alive, target: nil)
  }

  /// The trials in which `target` is reachable from `sources` (its words of
  /// `reachableTrials`), stopping as soon as `target` is reached in every
  /// trial it is alive in: often after a few hops instead of a full sweep.
  /// - Complexity: at most that of `reachableTrials`.
  public func trialsReaching(_ target: Int, from sources: [Int], alive: TrialMasks) -> [UInt64] {
    let reach = propagateTrials(from: sources, alive: alive, target: target)
    let width = alive.wordsPerNode
    return Array(reach.words[target * width ..< (target + 1) * width])
  }

  /// The shared propagation; with a target, stops once the target's words
  /// equal its alive words (other nodes' words are then incomplete).
  func propagateTrials(from sources: [Int], alive: TrialMasks, target: Int?) -> TrialMasks {
    precondition(alive.nodeCount == nodeCount, "alive masks cover \(alive.nodeCount) nodes, graph has \(nodeCount)")
    let width = alive.wordsPerNode
    var reach = TrialMasks(nodeCount: nodeCount, wordsPerNode: width)
    var queued = [Bool](repeating: false, count: nodeCount)
    var queue = RingQueue(capacity: nodeCount)
    for source in sources {
      for word in 0 ..< width { reach.words[source * width + word] = alive.words[source * width + word] }
      if !queued[source] {
        queued[source] = true
        queue.push(Int32(source))
      }
    }
    let watched = target ?? -1
    // Hot loop: arrays accessed through buffers to drop bounds checks and
    // copy-on-write checks, about 2x on the 80k-node benchmark graph.
    reach.words.withUnsafeMutableBufferPointer { reachWords in
      alive.words.withUnsafeBufferPointer { aliveWords in
        func complete(_ node: Int) -> Bool {
          for word in 0 ..< width where reachWords[node * width + word] != aliveWords[node * width + word] { return false }
          return true
        }
        if watched >= 0 && complete(watched) { return }
        while let popped = queue.pop() {
          let node = Int(popped)
          queued[node] = false
          let from = node * width
          for arc in Int(offsets[node]) ..< Int(offsets[node + 1]) {
            let next = Int(targets[arc])
            let to = next * width
            var gained = false
            for word in 0 ..< width {
              let add = reachWords[from + word] & aliveWords[to + word] & ~reachWords[to + word]
              if add != 0 {
                reachWords[to + word] |= add
                gained = true
              }
            }
            if gained {
              if next == watched && complete(watched) { return }
              if !queued[next] {
                queued[next] = true
                queue.push(Int32(next))
              }
            }
          }
        }
      }
    }
    return reach
  }
}

/// A fixed-capacity FIFO of node ids; holds each node at most once when the
/// caller keeps a "queued" flag, so `capacity = nodeCount` suffices.
struct RingQueue {
  private var storage: [Int32]
  private var head = 0
  private var count = 0

  init(capacity: Int) { storage = [Int32](repeating: 0, count: max(capacity, 1)) }

  mutating func push(_ value: Int32) {
    storage[(head + count) % storage.count] = value
    count += 1
  }

  mutating func pop() -> Int32? {
    guard count > 0 else { return nil }
    let value = storage[head]
    head = (head + 1) % storage.count
    count -= 1
    return value
  }
}
