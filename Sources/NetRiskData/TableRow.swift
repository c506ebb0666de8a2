// One record of a dataset file, with typed accessors that log problems.

/// One record of a dataset file, read field by field with typed accessors.
/// Each accessor logs a problem naming file, line and column when the value
/// is empty but required, or malformed; it then returns a placeholder, and
/// the caller drops the row by noticing that the problem count grew.
struct TableRow {
  let file: String
  let record: CSVRecord
  let columnPositions: [String: Int]

  var line: Int { record.line }

  func location(_ column: String) -> SourceLocation {
    SourceLocation(file: file, line: record.line, column: column)
  }

  /// The field as written. `column` must be one of the file's schema columns.
  func raw(_ column: String) -> String {
    guard let position = columnPositions[column] else {
      preconditionFailure("column '\(column)' is not in the schema of \(file)")
    }
    return record.fields[position]
  }

  /// A required text value.
  func text(_ column: String, _ problems: inout ProblemLog) -> String {
    let value = raw(column)
    if value.isEmpty { problems.add(.emptyValue(location(column))) }
    return value
  }

  /// An optional text value: nil when empty, or when the column is one of
  /// the schema's optional columns and the file does not have it.
  func optionalText(_ column: String) -> String? {
    guard columnPositions[column] != nil else { return nil }
    let value = raw(column)
    return value.isEmpty ? nil : value
  }

  /// A required integer within `range`.
  func integer(_ column: String, in range: ClosedRange<Int>, _ problems: inout ProblemLog) -> Int {
    let value = raw(column)
    guard !value.isEmpty else {
      problems.add(.emptyValue(location(column)))
      return range.lowerBound
    }
    return parseInteger(value, column: column, in: range, &problems) ?? range.lowerBound
  }

  /// An optional integer within `range`: nil when empty.
  func optionalInteger(_ column: String, in range: ClosedRange<Int>, _ problems: inout ProblemLog) -> Int? {
    let value = raw(column)
    guard !value.isEmpty else { return nil }
    return parseInteger(value, column: column, in: range, &problems)
  }

  /// A required decimal number within `range`; `expected` names it in messages.
  func number(
    _ column: String, in range: ClosedRange<Double>, expected: String, _ problems: inout ProblemLog
  ) -> Double {
    let value = raw(column)
    guard !value.isEmpty else {
      problems.add(.emptyValue(location(column)))
      return range.lowerBound
    }
    return parseNumber(value, column: column, in: range, expected: expected, &problems) ?? range.lowerBound
  }

  /// An optional decimal number within `range`: nil when empty.
  func optionalNumber(
    _ column: String, in range: ClosedRange<Double>, expected: String, _ problems: inout ProblemLog
  ) -> Double? {
    let value = raw(column)
    guard !value.isEmpty else { return nil }
    return parseNumber(value, column: column, in: range, expected: expected, &problems)
  }

  /// A required `true` or `false`.
  func boolean(_ column: String, _ problems: inout ProblemLog) -> Bool {
    switch raw(column) {
    case "true": return true
    case "false": return false
    case "":
      problems.add(.emptyValue(location(column)))
      return false
    case let other:
      problems.add(.badValue(location(column), expected: "true or false", found: other))
      return false
    }
  }

  /// A required value of an enumeration, by raw value.
  func choice<Choice: RawRepresentable & CaseIterable>(
    _ column: String, as type: Choice.Type, _ problems: inout ProblemLog
  ) -> Choice? where Choice.RawValue == String {
    let value = raw(column)
    guard !value.isEmpty else {
      problems.add(.emptyValue(location(column)))
      return nil
    }
    return parseChoice(value, column: column, as: type, &problems)
  }

  /// An optional value of an enumeration: nil when empty.
  func optionalChoice<Choice: RawRepresentable & CaseIterable>(
    _ column: String, as type: Choice.Type, _ problems: inout ProblemLog
  ) -> Choice? where Choice.RawValue == String {
    guard let value = optionalText(column) else { return nil }
    return parseChoice(value, column: column, as: type, &problems)
  }

  /// A required position from two columns.
  func point(latitude: String, longitude: String, _ problems: inout ProblemLog) -> GeoPoint {
    GeoPoint(
      latitude: number(latitude, in: -90...90, expected: "a latitude in [-90, 90]", &problems),
      longitude: number(longitude, in: -180...180, expected: "a longitude in [-180, 180]", &problems))
  }

  /// An optional position: both columns empty gives nil; one alone is a problem.
  func optionalPoint(latitude: String, longitude: String, _ problems: inout ProblemLog) -> GeoPoint? {
    let lat = optionalNumber(latitude, in: -90...90, expected: "a latitude in [-90, 90]", &problems)
    let lon = optionalNumber(longitude, in: -180...180, expected: "a longitude in [-180, 180]", &problems)
    switch (lat, lon) {
    case let (lat?, lon?): return GeoPoint(latitude: lat, longitude: lon)
    case (nil, nil): return nil
    case (nil, _?) where raw(latitude).isEmpty:
      problems.add(.emptyValue(location(latitude)))
      return nil
    case (_?, nil) where raw(longitude).isEmpty:
      problems.add(.emptyValue(location(longitude)))
      return nil
    default:
      return nil  // the malformed half is logged already
    }
  }

  // MARK: - Parsing

  private func parseInteger(
    _ value: String, column: String, in range: ClosedRange<Int>, _ problems: inout ProblemLog
  ) -> Int? {
    guard let integer = Int(value), range.contains(integer) else {
      problems.add(.badValue(
        location(column), expected: "an integer in \(range.lowerBound)...\(range.upperBound)", found: value))
      return nil
    }
    return integer
  }

  private func parseNumber(
    _ value: String, column: String, in range: ClosedRange<Double>, expected: String, _ problems: inout ProblemLog
  ) -> Double? {
    // Plain decimal notation only: no "nan", "inf", hexadecimal or thousands separators.
    let plain = value.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D || $0 == 0x2B }
    guard plain, let number = Double(value), number.isFinite, range.contains(number) else {
      problems.add(.badValue(location(column), expected: expected, found: value))
      return nil
    }
    return number
  }

  private func parseChoice<Choice: RawRepresentable & CaseIterable>(
    _ value: String, column: String, as type: Choice.Type, _ problems: inout ProblemLog
  ) -> Choice? where Choice.RawValue == String {
    guard let choice = Choice(rawValue: value) else {
      let names = Choice.allCases.map(\.rawValue).joined(separator: ", ")
      problems.add(.badValue(location(column), expected: "one of \(names)", found: value))
      return nil
    }
    return choice
  }
}
