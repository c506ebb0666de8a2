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
}
