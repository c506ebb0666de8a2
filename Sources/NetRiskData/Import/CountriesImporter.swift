// countries.csv and borders.csv from the country reference files.

/// Builds `countries.csv` (every ISO 3166-1 entry) and `borders.csv`.
///
/// - names, codes, UN M49 regions: `countries/country-codes.csv`, display
///   names from CLDR unless `country-display-names.csv` says otherwise;
/// - landlocked: `import/landlocked.csv` (checked against the LLDC flag);
/// - population: the latest World Bank year per country;
/// - Internet users: the latest ITU share (via OWID) per country;
/// - centroid: `countries/country-centroids.csv` (when a code has several
///   rows, the row named like the country, else the first), else
///   `import/centroid-supplements.csv`;
/// - RIR: the serving RIR from `RIRImporter`;
/// - borders: `country-borders/GEODATASOURCE-COUNTRY-BORDERS.CSV`, each
///   unordered pair once.
enum CountriesImporter {
  static let source = "countries"

  static func run(
    raw: RawDirectory, catalog: CountryCatalog, mappings: MappingTables,
    servingRegistry: [String: RegionalRegistry], report: inout ImportReport
  ) throws(ImportError) -> (countries: OutputTable, borders: OutputTable) {
    let population = try latestValues(
      raw, "countries/population-worldbank.csv", code: "Country Code", value: "Value", catalog: catalog,
      skippedReason: "code is not an ISO 3166-1 country (World Bank aggregates; XKX is Kosovo)",
      entity: "population_codes", report: &report)
    let internet = try latestValues(
      raw, "countries/share-of-individuals-using-the-internet.csv", code: "Code",
      value: "Share of the population using the Internet", catalog: catalog,
      skippedReason: "code is not an ISO 3166-1 country (OWID aggregates)", entity: "internet_user_codes",
      report: &report)
    let centroids = try centroidsByCode(raw, catalog: catalog, mappings: mappings, report: &report)

    let unknownLandlocked = mappings.landlocked.keys.filter { !catalog.contains($0) }.sorted()
    report.note(.warning, source, "landlocked", "landlocked.csv names a code not in the country list",
                items: unknownLandlocked)
    let lldcNotListed = catalog.entries.filter { $0.isLandlockedDeveloping && mappings.landlocked[$0.alpha2] == nil }
    report.note(.warning, source, "landlocked", "flagged LLDC in country-codes.csv but missing from landlocked.csv",
                items: lldcNotListed.map(\.alpha2))

    var countries = OutputTable(.countries)
    for entry in catalog.entries {
      let code = entry.alpha2
      let people = population[code]
      let users = internet[code]
      let centroid = centroids[code]
      countries.append([
        code, entry.alpha3, entry.displayName, entry.region, entry.subregion, entry.intermediateRegion,
        mappings.landlocked[code] == nil ? "false" : "true",
        people.map { $0.value.fixed(0) } ?? "", people.map { String($0.year) } ?? "",
        users.map { $0.value.fixed(3) } ?? "", users.map { String($0.year) } ?? "",
        centroid.map { $0.latitude.fixed(6) } ?? "", centroid.map { $0.longitude.fixed(6) } ?? "",
        servingRegistry[code]?.rawValue ?? "", mappings.developmentGroups[code] ?? "",
      ])
    }
    let codes = catalog.entries.map(\.alpha2)
    report.note(.flagged, source, "countries", "no World Bank population (population left blank)",
                items: codes.filter { population[$0] == nil })
    report.note(.flagged, source, "countries", "no Internet user share (left blank)",
                items: codes.filter { internet[$0] == nil })
    report.note(.flagged, source, "countries", "no centroid in any source (left blank)",
                items: codes.filter { centroids[$0] == nil })
    return (countries, try borders(raw, catalog: catalog, report: &report))
  }

  /// The latest non-empty value per country of a `code,year,value` file keyed by alpha-3.
  private static func latestValues(
    _ raw: RawDirectory, _ path: String, code codeColumn: String, value valueColumn: String,
    catalog: CountryCatalog, skippedReason: String, entity: String, report: inout ImportReport
  ) throws(ImportError) -> [String: (year: Int, value: Double)] {
    let table = try raw.table(path, required: [codeColumn, "Year", valueColumn])
    var latest: [String: (year: Int, value: Double)] = [:]
    var unknown: Set<String> = []
    var malformed: [String] = []
    for record in table.records {
      let alpha3 = table.value(record, codeColumn)
      let text = table.value(record, valueColumn)
      guard !text.isEmpty else { continue }
      guard let alpha2 = catalog.alpha2(forAlpha3: alpha3) else {
        unknown.insert(alpha3)
        continue
      }
      guard let year = Int(table.value(record, "Year")), let value = Double(text), value.isFinite else {
        malformed.append("line \(record.line)")
        continue
      }
      if let current = latest[alpha2], current.year >= year { continue }
      latest[alpha2] = (year, value)
    }
    report.note(.skipped, source, entity, skippedReason, items: unknown.sorted())
    report.note(.skipped, source, entity, "\(path): year or value is not a number", items: malformed)
    return latest
  }

  private static func centroidsByCode(
    _ raw: RawDirectory, catalog: CountryCatalog, mappings: MappingTables, report: inout ImportReport
  ) throws(ImportError) -> [String: GeoPoint] {
    let table = try raw.table("countries/country-centroids.csv", required: ["longitude", "latitude", "COUNTRY", "ISO"])
    var candidates: [String: [(name: String, point: GeoPoint)]] = [:]
    var unknown: Set<String> = []
    for record in table.records {
      let code = table.value(record, "ISO")
      guard catalog.contains(code) else {
        unknown.insert(code)
        continue
      }
      guard let latitude = Double(table.value(record, "latitude")), (-90...90).contains(latitude),
        let longitude = Double(table.value(record, "longitude")), (-180...180).contains(longitude)
      else { continue }
      candidates[code, default: []].append(
        (table.value(record, "COUNTRY"), GeoPoint(latitude: latitude, longitude: longitude)))
    }
    report.note(.skipped, source, "centroids", "code is not an ISO 3166-1 country", items: unknown.sorted())
    var result: [String: GeoPoint] = [:]
    var chosen: [String] = []
    for (code, rows) in candidates {
      let names = Set((catalog.entry(code)?.names ?? []).map(CountryCatalog.normalized))
      let named = rows.first { names.contains(CountryCatalog.normalized($0.name)) }
      result[code] = (named ?? rows[0]).point
      if rows.count > 1 { chosen.append("\(code): \((named ?? rows[0]).name)") }
    }
    report.note(.flagged, source, "centroids", "several centroid rows for one code; kept the one named like the country, else the first",
                items: chosen.sorted())
    var supplemented: [String] = []
    var unused: [String] = []
    for (code, supplement) in mappings.centroidSupplements.sorted(by: { $0.key < $1.key }) {
      guard result[code] == nil, catalog.contains(code) else {
        unused.append(code)
        continue
      }
      result[code] = GeoPoint(latitude: supplement.latitude, longitude: supplement.longitude)
      supplemented.append(code)
    }
    report.note(.flagged, source, "centroids", "centroid from centroid-supplements.csv (missing from the centroid source)",
                items: supplemented)
    report.note(.warning, source, "centroids", "centroid-supplements.csv row not used (source has the country, or unknown code)",
                items: unused)
    return result
  }

  private static func borders(
    _ raw: RawDirectory, catalog: CountryCatalog, report: inout ImportReport
  ) throws(ImportError) -> OutputTable {
    let table = try raw.table(
      "country-borders/GEODATASOURCE-COUNTRY-BORDERS.CSV", required: ["country_code", "country_border_code"])
    var pairs: Set<[String]> = []
    var unknown: Set<String> = []
    for record in table.records {
      let first = table.value(record, "country_code")
      let second = table.value(record, "country_border_code")
      guard !second.isEmpty else { continue }  // a country with no land border
      guard catalog.contains(first), catalog.contains(second) else {
        unknown.formUnion([first, second].filter { !catalog.contains($0) })
        continue
      }
      guard first != second else { continue }
      pairs.insert(first < second ? [first, second] : [second, first])
    }
    report.note(.skipped, source, "borders", "code is not an ISO 3166-1 country", items: unknown.sorted())
    var output = OutputTable(.borders)
    for pair in pairs.sorted(by: { $0.lexicographicallyPrecedes($1) }) { output.append(pair) }
    return output
  }
}
