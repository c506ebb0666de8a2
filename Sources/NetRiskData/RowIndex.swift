// The position of a row in one of the dataset's tables, typed by the table.

/// The position of one row in the dataset table of `Row`s (`Dataset.countries`,
/// `Dataset.cables`, ...): a country's index cannot be passed where a cable's
/// is expected, nor where a graph node id (a plain `Int` of the graph core)
/// is. One `Int` at run time; the type parameter exists only for the compiler
/// (a phantom type).
///
///     let tonga: RowIndex<Country> = try world.resolveCountry("TO")
///     for point in world.countries[tonga].landingPointIndices {
///       print(world.landingPoints[point].name)   // point: RowIndex<LandingPoint>
///     }
///
/// An index is only meaningful for the dataset it came from; `Dataset.load`
/// guarantees that every index stored in a row is valid for its table. Arrays
/// the engine keeps in a table's order (one value per country, say) are
/// indexed with `position`.
public struct RowIndex<Row>: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The row's position in its table, from 0.
  public let position: Int

  /// The index of the row at `position` (not checked: valid positions are
  /// `0..<table.count`).
  public init(_ position: Int) { self.position = position }

  public static func < (lhs: RowIndex, rhs: RowIndex) -> Bool { lhs.position < rhs.position }

  public var description: String { String(position) }
}

extension Array {
  /// The row at `row`. - Complexity: O(1); traps like `self[Int]` when out of range.
  public subscript(row: RowIndex<Element>) -> Element {
    get { self[row.position] }
    set { self[row.position] = newValue }
  }

  /// The typed index of every row, in order (`indices` as `RowIndex`es).
  public var rowIndices: RowIndices<Element> { RowIndices(count: count) }

  /// The index of the first row matching `predicate`, or nil. - Complexity: O(*n*).
  public func firstRowIndex(where predicate: (Element) throws -> Bool) rethrows -> RowIndex<Element>? {
    try firstIndex(where: predicate).map(RowIndex.init)
  }
}

extension Array {
  /// The index the next appended row gets (`count`, typed).
  public var nextRowIndex: RowIndex<Element> { RowIndex(count) }
}

extension Array {
  /// Every row with its typed index, in order (`enumerated()` with `RowIndex`es).
  public var enumeratedRows: Zip2Sequence<RowIndices<Element>, [Element]> {
    zip(rowIndices, self)
  }
}

/// The indices `0..<count` of a table of `Row`s, typed: a collection, so
/// `filter` and `map` give arrays. - Complexity: O(1) to make and to index.
public struct RowIndices<Row>: RandomAccessCollection, Sendable {
  /// The number of rows.
  public let count: Int

  /// The indices of a table with `count` rows.
  public init(count: Int) { self.count = Swift.max(count, 0) }

  public var startIndex: Int { 0 }
  public var endIndex: Int { count }
  public subscript(position: Int) -> RowIndex<Row> { RowIndex(position) }
}
