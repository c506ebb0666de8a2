// What one shard of `netrisk sweep --shard i/n` finds, and how `merge` adds
// the shards up into exactly the unsharded sweep.
import Dispatch
import NetRiskData

/// The cuts one shard of a sweep found, not yet ranked: per failed set of
/// elements (their dependency-graph nodes, ascending), the countries it cuts
/// off. An N-1 shard covers every n-th country, an N-2 shard the pairs whose
/// first element is every n-th candidate; either way the shards' cuts add up
/// to the whole sweep's.
public struct SweepPartial: Sendable, Equatable {
  /// Per failed set of elements (dependency nodes, ascending), the countries it cuts off.
  typealias Cuts = [[Int]: Set<RowIndex<Country>>]

  /// N-2 (pairs) or N-1, and the element kinds swept (sorted by name).
  public let pairs: Bool
  public let kinds: [NodeKind]
  /// Elements of those kinds in the dependency graph: what the sweep covers.
  public let swept: Int
  let cutOff: Cuts

  init(pairs: Bool, kinds: Set<NodeKind>, swept: Int, cutOff: Cuts) {
    self.pairs = pairs
    self.kinds = kinds.sorted { $0.rawValue < $1.rawValue }
    self.swept = swept
    self.cutOff = cutOff
  }

  /// What the sweep's options are, as one line: shards merge only when it is equal.
  public var options: String { "\(pairs ? "pairs" : "single") \(kinds.map(\.rawValue).joined(separator: ","))" }

  /// Canonical JSON: the options, then one [nodes, countries] entry per cut,
  /// sorted, so the same shard gives the same bytes.
  public var json: JSONValue {
    let entries = cutOff.map { nodes, countries in (nodes, countries.map(\.position).sorted()) }
      .sorted { $0.0.lexicographicallyPrecedes($1.0) }
    return .object([
      "pairs": .bool(pairs), "kinds": .array(kinds.map { .string($0.rawValue) }), "swept": .integer(swept),
      "cuts": .array(entries.map { nodes, countries in
        .array([.array(nodes.map { .integer($0) }), .array(countries.map { .integer($0) })])
      }),
    ])
  }

  /// Reads `json` back for a dependency graph of `nodeCount` nodes and a
  /// dataset of `countries` countries.
  /// - Throws: `InputError` naming the JSON path of the first bad value.
  public init(json: JSONValue, nodeCount: Int, countries: Int, file: String, path: String) throws {
    func fail(_ key: String, _ what: String) -> InputError {
      var location = SourceLocation(file: file)
      location.field = key.isEmpty ? path : "\(path).\(key)"
      return InputError(location, what)
    }
    guard let object = json.objectValue, case let .bool(pairs)? = object["pairs"], let swept = object["swept"]?.intValue, swept >= 0,
      let names = object["kinds"]?.arrayValue, let cuts = object["cuts"]?.arrayValue
    else { throw fail("", "expected pairs, kinds, swept and cuts") }
    var kinds: Set<NodeKind> = []
    for (position, name) in names.enumerated() {
      guard let kind = name.stringValue.flatMap(NodeKind.init(rawValue:)) else {
        throw fail("kinds[\(position)]", "expected an element kind (\(NodeKind.sweepable.map(\.rawValue).joined(separator: ", ")))")
      }
      kinds.insert(kind)
    }
    var cutOff: Cuts = [:]
    for (position, cut) in cuts.enumerated() {
      let parts = cut.arrayValue ?? []
      let nodes = parts.first?.arrayValue?.compactMap(\.intValue) ?? []
      let isolated = parts.count == 2 ? parts[1].arrayValue?.compactMap(\.intValue) ?? [] : []
      guard parts.count == 2, nodes.count == (pairs ? 2 : 1), nodes.allSatisfy({ (0 ..< nodeCount).contains($0) }),
        nodes == nodes.sorted(), !isolated.isEmpty, isolated.count == parts[1].arrayValue?.count,
        isolated.allSatisfy({ (0 ..< countries).contains($0) })
      else {
        throw fail("cuts[\(position)]", "expected [[\(pairs ? "two nodes" : "a node") below \(nodeCount)], [countries below \(countries)]]")
      }
      guard cutOff[nodes] == nil else { throw fail("cuts[\(position)]", "the same elements twice") }
      cutOff[nodes] = Set(isolated.map { RowIndex<Country>($0) })
    }
    self.init(pairs: pairs, kinds: kinds, swept: swept, cutOff: cutOff)
  }

  /// The cuts of several shards of one sweep together (nil for none).
  static func merging(_ parts: [SweepPartial]) -> SweepPartial? {
    guard let first = parts.first else { return nil }
    return SweepPartial(pairs: first.pairs, kinds: Set(first.kinds), swept: first.swept, cutOff: union(parts.map(\.cutOff)))
  }

  /// Several parts' cuts together (a set of elements found by two parts cuts off both parts' countries).
  static func union(_ parts: [Cuts]) -> Cuts {
    var cutOff: Cuts = [:]
    for part in parts { cutOff.merge(part) { $0.union($1) } }
    return cutOff
  }
}

extension Assessment {
  /// The cuts of `shard` of an N-1 sweep (`pairs` false) or an N-2 sweep over
  /// the elements of `kinds`; `contingencies(of:)` ranks them. An N-2 sweep
  /// runs on `threads` threads, each taking every `threads`-th of the shard's
  /// candidates (the cuts do not depend on the thread count); an N-1 sweep
  /// reads the dominator trees already built, on one.
  public func sweepPartial(pairs: Bool, kinds: Set<NodeKind>, shard: Shard = .whole, threads: Int = 1) -> SweepPartial {
    let cutOff: SweepPartial.Cuts
    if pairs {
      // Thread t of T takes the slice i + n·t of n·T: together, shard i of n.
      let workers = max(threads, 1)
      let slots = LockedSlots(repeating: SweepPartial.Cuts(), count: workers)
      DispatchQueue.concurrentPerform(iterations: workers) { worker in
        let slice = Shard(index: shard.index + shard.count * worker, count: shard.count * workers) ?? shard
        slots.store(pairFailureCuts(kinds: kinds, shard: slice), at: worker)
      }
      cutOff = SweepPartial.union(slots.values)
    } else {
      cutOff = singleFailureCuts(kinds: kinds, shard: shard)
    }
    return SweepPartial(
      pairs: pairs, kinds: kinds, swept: (0 ..< dependency.nodeCount).filter { kinds.contains(dependency.kinds[$0]) }.count,
      cutOff: cutOff)
  }

  /// The ranked contingencies of a whole sweep (merged from its shards or not).
  public func contingencies(of partial: SweepPartial) -> [Contingency] { contingencies(of: partial.cutOff) }
}
