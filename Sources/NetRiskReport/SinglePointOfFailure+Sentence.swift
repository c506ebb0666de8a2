// A single point of failure, as people read it.
import NetRisk

extension SinglePointOfFailure {
  /// "Tonga Cable: Tonga loses all international paths"; up to four
  /// countries by name, more as "A, B, C and 5 more countries". `names` maps
  /// codes to country names (a code without a name is written as the code).
  func sentence(countryNames names: [String: String]) -> String {
    let who = cutsOff.map { names[$0] ?? $0 }
    let phrase: String
    switch who.count {
    case 0: phrase = "nobody"
    case 1: phrase = who[0]
    case 2 ... 4: phrase = who.dropLast().joined(separator: ", ") + " and " + who[who.count - 1]
    default: phrase = who.prefix(3).joined(separator: ", ") + " and \(who.count - 3) more countries"
    }
    return "\(element.name): \(phrase) \(who.count == 1 ? "loses" : "lose") all international paths"
  }

  /// "out for 26.7 days on average; still out on day 1 100 %, day 7 87 %,
  /// day 30 31 %, day 90 2 %", or nil without a repair time.
  var repairPhrase: String? {
    guard let repair else { return nil }
    guard let mean = repair.meanDays else { return "never repaired" }
    let days: [Double] = [1, 7, 30, 90]
    let still = days.map { "day \(Int($0)) \((100 * repair.stillDown(atDay: $0)).decimals(0)) %" }.joined(separator: ", ")
    return "out for \(mean.decimals(1)) days on average; still out on \(still)"
  }
}
