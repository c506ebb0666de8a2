// A set of nodes as a bit set: which nodes are alive, reached, removed.

/// A set of node ids `0 ..< count`, one bit per node.
///
///     var alive = NodeMask(all: 5)
///     alive.remove(2)
///     alive.contains(2)   // false
///
/// - Complexity: O(*V* / 64) words of memory; `contains`, `insert` and
///   `remove` are O(1).
public struct NodeMask: Hashable, Sendable {
  /// Number of node ids the mask covers.
  public let count: Int
  @usableFromInline var words: [UInt64]

  /// A mask of `count` nodes, none of them in it.
  public init(none count: Int) {
    self.count = count
    self.words = [UInt64](repeating: 0, count: (count + 63) >> 6)
  }

  /// A mask of `count` nodes, all of them in it.
  public init(all count: Int) {
    self.init(none: count)
    for index in words.indices { words[index] = ~0 }
    clearTail()
  }

  /// A mask of `count` nodes holding exactly `nodes`.
  public init(count: Int, containing nodes: some Sequence<Int>) {
    self.init(none: count)
    for node in nodes { insert(node) }
  }

  @inlinable public func contains(_ node: Int) -> Bool {
    words[node >> 6] & (1 << UInt64(node & 63)) != 0
  }

  @inlinable public mutating func insert(_ node: Int) {
    words[node >> 6] |= 1 << UInt64(node & 63)
  }

  @inlinable public mutating func remove(_ node: Int) {
    words[node >> 6] &= ~(1 << UInt64(node & 63))
  }

  /// Number of nodes in the mask. O(*V* / 64).
  public var population: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

  /// The nodes in the mask, ascending.
  public var members: [Int] {
    var result: [Int] = []
    for (index, word) in words.enumerated() {
      var rest = word
      while rest != 0 {
        result.append(index << 6 + rest.trailingZeroBitCount)
        rest &= rest - 1
      }
    }
    return result
  }

  /// The nodes not in the mask.
  public var complement: NodeMask {
    var result = self
    for index in result.words.indices { result.words[index] = ~result.words[index] }
    result.clearTail()
    return result
  }

  private mutating func clearTail() {
    let spare = words.count * 64 - count
    if spare > 0 { words[words.count - 1] &= ~0 >> UInt64(spare) }
  }
}

/// Which nodes an algorithm may visit: all of them, or those in a mask.
/// Algorithms are generic over it so that the common case pays nothing.
public protocol NodeFilter {
  func allows(_ node: Int) -> Bool
}

/// Every node is allowed.
public struct AllNodes: NodeFilter, Sendable {
  public init() {}
  @inlinable @inline(__always) public func allows(_ node: Int) -> Bool { true }
}

extension NodeMask: NodeFilter {
  @inlinable @inline(__always) public func allows(_ node: Int) -> Bool { contains(node) }
}
