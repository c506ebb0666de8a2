// How numbers are written for people: every renderer formats here.
import Foundation

extension Double {
  /// Exactly `count` decimals, rounded, no locale (C's "%.*f"): 1.5.decimals(2) is "1.50".
  func decimals(_ count: Int) -> String { String(format: "%.\(count)f", self) }

  /// Whole units with thousands separators, no locale: 50000000 is "50,000,000".
  var withThousandsSeparators: String {
    let formatter = NumberFormatter()
    formatter.numberStyle = .decimal
    formatter.maximumFractionDigits = 0
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.groupingSeparator = ","
    formatter.usesGroupingSeparator = true
    return formatter.string(from: NSNumber(value: self)) ?? decimals(0)
  }

  /// Up to 2 decimals, no trailing zeros, no locale: 0.19, 1.4, 100.
  /// Non-finite values are written as Swift writes them ("inf", "nan").
  var upToTwoDecimals: String {
    let rounded = (self * 100).rounded() / 100
    if rounded == rounded.rounded(), let whole = Int(exactly: rounded) { return String(whole) }
    var text = String(rounded)
    if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) > 3 {
      text = String(text[..<text.index(dot, offsetBy: 3)])
    }
    return text
  }
}

/// A coordinate in the report's SVG: one decimal, no locale.
func coordinate(_ value: Double) -> String { value.decimals(1) }
