// Locale-free, fixed-point number formatting for the importer's output.

extension Double {
  /// The value with exactly `decimals` digits after the point, rounded half
  /// away from zero: no locale, no exponent, no "-0". Used for every number
  /// the importer writes, so that re-running it gives the same bytes.
  ///
  ///     (1.0 / 3).fixed(3)   // "0.333"
  ///     (-0.0001).fixed(2)   // "0.00"
  ///     1e20.fixed(0)        // "100000000000000000000"
  func fixed(_ decimals: Int) -> String {
    precondition(decimals >= 0 && decimals <= 12, "decimals out of range")
    let scale = (0..<decimals).reduce(1.0) { value, _ in value * 10 }
    let scaled = (self * scale).rounded(.toNearestOrAwayFromZero)
    guard scaled.isFinite, abs(scaled) < 9e15 else {
      // Beyond exact integers in a Double: print the integer part digit by digit.
      return Double.largeIntegerText(self.rounded(.toNearestOrAwayFromZero))
        + (decimals > 0 ? "." + String(repeating: "0", count: decimals) : "")
    }
    let magnitude = Int64(abs(scaled))
    let digits = String(magnitude)
    let negative = scaled < 0
    guard decimals > 0 else { return (negative ? "-" : "") + digits }
    let padded = digits.count <= decimals
      ? String(repeating: "0", count: decimals - digits.count + 1) + digits : digits
    let split = padded.index(padded.endIndex, offsetBy: -decimals)
    return (negative ? "-" : "") + padded[..<split] + "." + padded[split...]
  }

  private static func largeIntegerText(_ value: Double) -> String {
    guard value.isFinite else { return value > 0 ? "inf" : (value < 0 ? "-inf" : "nan") }
    var digits: [Character] = []
    var remaining = abs(value)
    while remaining >= 1 {
      let digit = Int(remaining.truncatingRemainder(dividingBy: 10))
      digits.append(Character(String(digit)))
      remaining = (remaining / 10).rounded(.towardZero)
    }
    return (value < 0 ? "-" : "") + String(digits.reversed())
  }
}
