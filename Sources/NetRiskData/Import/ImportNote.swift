// One thing the importer skipped, flagged or could not map, and why.

/// A group of input items the importer did something noteworthy with, and
/// why: "skipped 2 landing_points: no country". Items are listed when there
/// are few enough to be useful (ids, names); `count` is always exact.
public struct ImportNote: Hashable, Sendable, Codable {
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Left out of the dataset.
    case skipped
    /// Kept, but marked (planned cables, platforms) or changed (country override).
    case flagged
    /// A country name or code the mapping tables do not know.
    case unmapped
    /// Something in the inputs or the mapping tables that looks wrong.
    case warning
  }

  public var kind: Kind
  /// Which importer: `telegeography`, `peeringdb`, `root-servers`, `rir`, `power`, `countries`, `ofds`, ...
  public var source: String
  /// What the items are: a dataset file's entity (`cables`, `landing_points`)
  /// or a raw input's (`asn_rows`).
  public var entity: String
  public var reason: String
  public var count: Int
  public var items: [String]

  public init(kind: Kind, source: String, entity: String, reason: String, count: Int, items: [String]) {
    self.kind = kind
    self.source = source
    self.entity = entity
    self.reason = reason
    self.count = count
    self.items = items
  }
}
