// Sorting text by Unicode code points, as the importer writes its rows.

extension String {
  /// Whether this string sorts before `other` by Unicode code points (the
  /// order of their UTF-8 bytes), whatever the locale or normalisation.
  func precedesByCodePoint(_ other: String) -> Bool { utf8.lexicographicallyPrecedes(other.utf8) }
}

extension Array where Element == String {
  /// Whether this row sorts before `other`, field by field in code point order.
  func precedesByCodePoint(_ other: [String]) -> Bool {
    lexicographicallyPrecedes(other) { $0.precedesByCodePoint($1) }
  }
}
