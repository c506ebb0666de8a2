// Finding the country a person means: one rule for every command.
import Foundation

/// A country name or code that names no country of the dataset.
public struct UnknownCountryError: Error, Equatable, CustomStringConvertible {
  /// What the user wrote.
  public var text: String
  /// The closest code or name, when one is close enough to guess.
  public var suggestion: String?

  public var description: String {
    "unknown country '\(text)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
  }
}

extension Dataset {
  /// The country a person means by `text`: an ISO 3166-1 alpha-2 code
  /// (`TO`, `to`), an alpha-3 code (`TON`), the dataset's English name
  /// (`Tonga`), or a common alias (`Ivory Coast`, `Burma`, `Czech Republic`).
  /// Matching ignores letter case, accents, apostrophes (straight or
  /// curly), punctuation and spaces, reads `&` as `and` and `Saint` as `St`,
  /// so "Cote d'Ivoire", "CÔTE D’IVOIRE" and "cotedivoire" all find CI.
  ///
  /// - Throws: `UnknownCountryError` with the closest code or name.
  /// - Complexity: O(*n*) in the number of countries (O(*n* · *m*²) on the
  ///   error path, for the suggestion).
  public func resolveCountry(_ text: String) throws -> RowIndex<Country> {
    let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if let index = countryIndex(trimmed.uppercased()) { return index }
    let key = Dataset.countryKey(trimmed)
    if !key.isEmpty {
      if let index = countries.firstRowIndex(where: { $0.alpha3.lowercased() == key || Dataset.countryKey($0.name) == key }) {
        return index
      }
      if let code = Dataset.countryAliases[key], let index = countryIndex(code) { return index }
    }
    let candidates = trimmed.count <= 3 ? countries.map(\.code) : countries.map(\.name)
    let suggestion = trimmed.closestMatch(in: candidates, comparing: Dataset.countryKey)
    throw UnknownCountryError(text: text, suggestion: suggestion)
  }

  /// Every country a list names ("TO,FJ", repeated options), resolved in order.
  /// - Throws: `UnknownCountryError` for the first one that names none.
  public func resolveCountries(_ texts: [String]) throws -> [RowIndex<Country>] {
    try texts.flatMap { $0.split(separator: ",") }.map { try resolveCountry(String($0)) }
  }

  /// The comparison key of a name: lower case, no accents, `&` as "and",
  /// "saint" as "st", only letters and digits.
  static func countryKey(_ text: String) -> String {
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .replacingOccurrences(of: "&", with: " and ")
    let words = folded.split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "\u{2019}" }
      .map { $0.filter { $0.isLetter || $0.isNumber } }
      .map { $0 == "saint" ? "st" : $0 }
    return words.joined()
  }

  /// Common English names that are not the dataset's, by comparison key.
  /// Only unambiguous ones: "Korea" or "Congo" alone are left to the
  /// dataset's own names ("South Korea", "Congo" is the Republic of the Congo).
  static let countryAliases: [String: String] = {
    let pairs: [(String, String)] = [
      ("Ivory Coast", "CI"), ("Democratic Republic of the Congo", "CD"), ("DRC", "CD"), ("Congo-Kinshasa", "CD"),
      ("Republic of the Congo", "CG"), ("Congo-Brazzaville", "CG"), ("Cabo Verde", "CV"), ("Czech Republic", "CZ"),
      ("Swaziland", "SZ"), ("Burma", "MM"), ("East Timor", "TL"), ("Macedonia", "MK"), ("Turkey", "TR"),
      ("Holy See", "VA"), ("Vatican", "VA"), ("UK", "GB"), ("Great Britain", "GB"), ("Britain", "GB"),
      ("United States of America", "US"), ("Republic of Korea", "KR"), ("DPRK", "KP"), ("Russian Federation", "RU"),
      ("Lao PDR", "LA"), ("Viet Nam", "VN"), ("Syrian Arab Republic", "SY"), ("Brunei Darussalam", "BN"),
      ("United Republic of Tanzania", "TZ"), ("Republic of Moldova", "MD"), ("State of Palestine", "PS"),
      ("The Gambia", "GM"), ("The Bahamas", "BS"), ("The Netherlands", "NL"), ("Holland", "NL"),
      ("Macao", "MO"), ("Kyrgyz Republic", "KG"), ("Slovak Republic", "SK"),
      ("St Vincent and the Grenadines", "VC"), ("Federated States of Micronesia", "FM"),
    ]
    return Dictionary(pairs.map { (countryKey($0.0), $0.1) }, uniquingKeysWith: { first, _ in first })
  }()
}
