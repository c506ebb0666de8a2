// Counts with their noun in the right number, for sentences people read.

extension Int {
  /// "1 IXP", "2 IXPs", "1 facility", "3 facilities": the count and the noun,
  /// plural unless the count is 1 (`plural` defaults to the singular + "s",
  /// or "ies" after a consonant and "y").
  func counted(_ singular: String, _ plural: String? = nil) -> String {
    guard self != 1 else { return "1 \(singular)" }
    if let plural { return "\(self) \(plural)" }
    if singular.hasSuffix("y"), let before = singular.dropLast().last, !"aeiou".contains(before) {
      return "\(self) \(singular.dropLast())ies"
    }
    return "\(self) \(singular)s"
  }
}
