// Root server sites and root operators.
import Foundation

/// Builds `root_instances.csv` from `root-servers/root-server-sites.json`
/// and `root_operators.csv` from the hand-made `import/root-operators.csv`.
///
/// A site's id is `<letter>-<country>-<town>-<n>` in lower-case ASCII
/// (`"a-se-stockholm-1"`; "Nuku'alofa" becomes `nuku-alofa`), where `n`
/// numbers the sites of one letter in one town, ordered by latitude,
/// longitude, scope, then the other written fields, so ids are stable from
/// run to run. Ids do shift when a site is added or moved in its town.
enum RootServerImporter {
  static let source = "root-servers"

  struct Output {
    var instances = OutputTable(.rootInstances)
    var operators = OutputTable(.rootOperators)
  }

  private struct RawSite: Decodable {
    var root: String?
    var `operator`: String?
    var country: String?
    var town: String?
    var type: String?
    var instances: Int?
    var latitude: Double?
    var longitude: Double?
  }

  static func run(
    raw: RawDirectory, catalog: CountryCatalog, mappings: MappingTables, report: inout ImportReport
  ) throws(ImportError) -> Output {
    var output = Output()
    var knownLetters: Set<String> = []
    for row in mappings.rootOperators {
      guard catalog.contains(row.seat) else {
        throw .badMapping(path: "root-operators.csv", line: 0, reason: "seat country '\(row.seat)' is not in the country list")
      }
      knownLetters.insert(row.letter)
      output.operators.append([row.letter, row.name, row.seat, row.source])
    }

    let sites = try raw.json([RawSite].self, "root-servers/root-server-sites.json")
    report.rawCounts["root_servers.sites"] = sites.count
    struct Site {
      var letter: String, operatorName: String, country: String, town: String, slug: String
      var scope: RootInstance.Scope, instances: Int, position: GeoPoint
    }
    var kept: [Site] = []
    var skipped: [String] = []
    var unknownCountry: [String] = []
    for (position, site) in sites.enumerated() {
      let letter = String((site.root ?? "").prefix(1)).uppercased()
      let label = "#\(position) \(site.root ?? "?") \(site.town ?? "?")"
      guard knownLetters.contains(letter) else {
        skipped.append("\(label): root letter not in root-operators.csv")
        continue
      }
      let country = site.country ?? ""
      guard catalog.contains(country) else {
        unknownCountry.append("\(label) ('\(country)')")
        continue
      }
      guard let latitude = site.latitude, let longitude = site.longitude,
        (-90...90).contains(latitude), (-180...180).contains(longitude)
      else {
        skipped.append("\(label): no valid position")
        continue
      }
      let scope: RootInstance.Scope
      switch (site.type ?? "").lowercased() {
      case "global": scope = .global
      case "local": scope = .local
      default:
        skipped.append("\(label): type '\(site.type ?? "")' is neither Global nor Local")
        continue
      }
      let town = site.town ?? ""
      kept.append(Site(
        letter: letter, operatorName: site.operator ?? "", country: country, town: town,
        slug: slug(town.isEmpty ? "site" : town), scope: scope, instances: max(1, site.instances ?? 1),
        position: GeoPoint(latitude: latitude, longitude: longitude)))
    }
    report.note(.skipped, source, "root_instances", "unusable site record", items: skipped)
    report.note(.unmapped, source, "root_instances", "country is not an ISO 3166-1 code (site skipped)",
                items: unknownCountry)

    kept.sort { lhs, rhs in
      if (lhs.letter, lhs.country, lhs.slug) != (rhs.letter, rhs.country, rhs.slug) {
        return (lhs.letter, lhs.country, lhs.slug) < (rhs.letter, rhs.country, rhs.slug)
      }
      if (lhs.position.latitude, lhs.position.longitude, lhs.scope.rawValue)
        != (rhs.position.latitude, rhs.position.longitude, rhs.scope.rawValue) {
        return (lhs.position.latitude, lhs.position.longitude, lhs.scope.rawValue)
          < (rhs.position.latitude, rhs.position.longitude, rhs.scope.rawValue)
      }
      // Sites equal so far differ, if at all, in what is written: order by that too.
      return (lhs.instances, lhs.town, lhs.operatorName) < (rhs.instances, rhs.town, rhs.operatorName)
    }
    var numbers: [String: Int] = [:]
    for site in kept {
      let stem = "\(site.letter)-\(site.country)-\(site.slug)".lowercased()
      let number = (numbers[stem] ?? 0) + 1
      numbers[stem] = number
      output.instances.append([
        "\(stem)-\(number)", site.letter, site.operatorName, site.town, site.country,
        site.position.latitude.fixed(6), site.position.longitude.fixed(6), site.scope.rawValue, String(site.instances),
      ])
    }
    return output
  }

  /// Lower-case ASCII letters and digits, accents dropped, other runs as "-".
  static func slug(_ text: String) -> String {
    var result = ""
    var pendingDash = false
    for scalar in text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        if pendingDash, !result.isEmpty { result.append("-") }
        pendingDash = false
        result.unicodeScalars.append(scalar)
      } else {
        pendingDash = true
      }
    }
    return result.isEmpty ? "site" : result
  }
}
