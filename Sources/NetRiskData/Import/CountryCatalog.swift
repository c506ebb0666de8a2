// The ISO 3166-1 country list, and the mapping of source names and codes to it.
import Foundation

/// The countries of the dataset (every ISO 3166-1 entry in
/// `countries/country-codes.csv`) and the ways sources name them.
///
/// A source's country name is matched, after normalising case, accents,
/// punctuation, "&" and "St.", against the CLDR, official, ISO and UN names
/// and the display name; then, if still unknown, against the same names
/// without their parenthesised part ("Micronesia (Federated States of)"),
/// when that is unambiguous. `country-name-aliases.csv` is consulted first
/// and may also say that a name is not a country (an aggregate).
struct CountryCatalog {
  struct Entry {
    var alpha2: String
    var alpha3: String
    var displayName: String
    var region: String
    var subregion: String
    var intermediateRegion: String
    /// Names to match source names against, as written in the sources.
    var names: [String]
    var isLandlockedDeveloping: Bool
    /// The capital's name as `country-codes.csv` gives it (empty if none).
    var capital: String
  }

  /// What a source's country name maps to.
  enum Resolution: Equatable {
    case country(String)
    /// Deliberately not a country (an aggregate); the alias note says why.
    case notACountry(String)
    case unknown
  }

  /// Sorted by alpha-2 code.
  private(set) var entries: [Entry] = []
  private var indexByAlpha2: [String: Int] = [:]
  private var alpha2ByAlpha3: [String: String] = [:]
  /// Normalised name → code; `.some(nil)` when two countries share the name.
  private var exactNames: [String: String?] = [:]
  private var looseNames: [String: String?] = [:]
  private var aliases: [String: MappingTables.Alias] = [:]

  init(raw: RawDirectory, mappings: MappingTables) throws(ImportError) {
    let codes = try raw.table(
      "countries/country-codes.csv",
      required: [
        "ISO3166-1-Alpha-2", "ISO3166-1-Alpha-3", "CLDR display name", "official_name_en", "UNTERM English Short",
        "Region Name", "Sub-region Name", "Intermediate Region Name", "Land Locked Developing Countries (LLDC)", "Capital",
      ])
    let regional = try raw.table("countries/iso3166-regional-codes.csv", required: ["name", "alpha-2"])
    var isoNames: [String: String] = [:]
    for record in regional.records { isoNames[regional.value(record, "alpha-2")] = regional.value(record, "name") }

    for record in codes.records {
      let alpha2 = codes.value(record, "ISO3166-1-Alpha-2")
      guard !alpha2.isEmpty else { continue }
      let cldr = codes.value(record, "CLDR display name")
      let official = codes.value(record, "official_name_en")
      let display = mappings.displayNames[alpha2] ?? (cldr.isEmpty ? official : cldr)
      let names = [display, cldr, official, isoNames[alpha2] ?? "", codes.value(record, "UNTERM English Short")]
        .filter { !$0.isEmpty }
      entries.append(Entry(
        alpha2: alpha2, alpha3: codes.value(record, "ISO3166-1-Alpha-3"), displayName: display,
        region: codes.value(record, "Region Name"), subregion: codes.value(record, "Sub-region Name"),
        intermediateRegion: codes.value(record, "Intermediate Region Name"), names: names,
        isLandlockedDeveloping: !codes.value(record, "Land Locked Developing Countries (LLDC)").isEmpty,
        capital: codes.value(record, "Capital")))
    }
    entries.sort { $0.alpha2 < $1.alpha2 }
    for (index, entry) in entries.enumerated() {
      indexByAlpha2[entry.alpha2] = index
      alpha2ByAlpha3[entry.alpha3] = entry.alpha2
      for name in entry.names {
        let key = Self.normalized(name)
        if let existing = exactNames[key], existing != entry.alpha2 {
          exactNames[key] = .some(nil)
        } else {
          exactNames[key] = entry.alpha2
        }
      }
    }
    for entry in entries {
      for name in entry.names {
        let loose = Self.normalized(Self.withoutParentheses(name))
        guard exactNames[loose] == nil else { continue }
        if let existing = looseNames[loose], existing != entry.alpha2 {
          looseNames[loose] = .some(nil)  // two countries: ambiguous, never used
        } else {
          looseNames[loose] = entry.alpha2
        }
      }
    }
    for alias in mappings.aliases {
      aliases[alias.source + "\u{0}" + alias.name] = alias
    }
  }

  func contains(_ alpha2: String) -> Bool { indexByAlpha2[alpha2] != nil }

  func entry(_ alpha2: String) -> Entry? { indexByAlpha2[alpha2].map { entries[$0] } }

  func alpha2(forAlpha3 alpha3: String) -> String? { alpha2ByAlpha3[alpha3] }

  /// The code a source names `name` by.
  func resolve(name: String, source: String) -> Resolution {
    if let alias = aliases[source + "\u{0}" + name] {
      return alias.code.map(Resolution.country) ?? .notACountry(alias.note)
    }
    let key = Self.normalized(name)
    if let code = exactNames[key] ?? nil { return .country(code) }
    if let code = looseNames[key] ?? nil { return .country(code) }
    return .unknown
  }

  /// Lower case, accents removed, "&" as "and", "St." as "saint", every
  /// other punctuation mark dropped or made a space, spaces collapsed.
  static func normalized(_ name: String) -> String {
    let folded = name.decomposedStringWithCanonicalMapping.lowercased()
    var words: [String] = []
    var word = ""
    func endWord() {
      guard !word.isEmpty else { return }
      words.append(word == "st" ? "saint" : word)
      word = ""
    }
    for scalar in folded.unicodeScalars {
      switch scalar {
      case "a"..."z", "0"..."9", "(", ")": word.unicodeScalars.append(scalar)
      case "&":
        endWord()
        words.append("and")
      case ".", "'", "\u{2019}": continue  // "U.K." is "uk", "Côte d'Ivoire" is "cote divoire"
      default:
        if scalar.properties.generalCategory == .nonspacingMark { continue }
        endWord()
      }
    }
    endWord()
    return words.joined(separator: " ")
  }

  /// "Micronesia (Federated States of)" → "Micronesia ".
  static func withoutParentheses(_ name: String) -> String {
    var result = ""
    var depth = 0
    for character in name {
      if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else if depth == 0 {
        result.append(character)
      }
    }
    return result
  }
}
