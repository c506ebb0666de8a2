// One value per row of a dataset table, indexed by the row's typed index.

/// One value per row of the table of `Row`s (a node per country, a capacity
/// per cable), read and written by `RowIndex<Row>` so that a cable's index
/// cannot look up a country's value. An array underneath: O(1) access, and
/// `values` in the table's order for code that needs the array itself.
///
///     var landingCount = RowValues<Country, Int>(repeating: 0, count: world.countries.count)
///     for point in world.landingPoints { landingCount[point.countryIndex] += 1 }
public struct RowValues<Row, Value> {
  /// The values in the table's order: `values[i]` belongs to row `i`.
  public var values: [Value]

  /// The values of rows `0..<values.count`, in order.
  public init(_ values: [Value]) { self.values = values }

  /// `count` copies of `value`.
  public init(repeating value: Value, count: Int) { values = Array(repeating: value, count: count) }

  /// The value of `row` (traps when `row` is out of range, like an array).
  public subscript(row: RowIndex<Row>) -> Value {
    get { values[row.position] }
    set { values[row.position] = newValue }
  }

  /// The number of rows.
  public var count: Int { values.count }

  /// Every row's typed index, in order.
  public var rowIndices: RowIndices<Row> { RowIndices(count: values.count) }
}

extension RowValues: Sendable where Value: Sendable {}
extension RowValues: Equatable where Value: Equatable {}
extension RowValues: Hashable where Value: Hashable {}

extension Array {
  /// One value per row, computed by `transform` from each row and its index
  /// (`map` into a `RowValues`). - Complexity: O(*n*) calls of `transform`.
  public func mapRows<Value>(_ transform: (RowIndex<Element>, Element) throws -> Value) rethrows -> RowValues<Element, Value> {
    var values: [Value] = []
    values.reserveCapacity(count)
    for (index, row) in enumeratedRows { values.append(try transform(index, row)) }
    return RowValues(values)
  }
}

/// Iterating gives the values in the table's order (`map`, `reduce`, `max`...);
/// an `Int` cannot index it: use `rowIndices` or `zip(rowIndices, self)`.
extension RowValues: Sequence {
  public func makeIterator() -> IndexingIterator<[Value]> { values.makeIterator() }
  public var underestimatedCount: Int { values.count }
}

/// Coded as the plain array of values, so a document that held `[Value]`
/// reads and writes the same bytes.
extension RowValues: Encodable where Value: Encodable {
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(values)
  }
}

extension RowValues: Decodable where Value: Decodable {
  public init(from decoder: any Decoder) throws {
    values = try decoder.singleValueContainer().decode([Value].self)
  }
}
