// Regions below the country, from the hand-made mapping table.

/// Builds `regions.csv` from `import/regions.csv`, checked against the
/// landing points just imported: every landing point must exist, lie in the
/// region's country (after the landing-point overrides) and belong to one
/// region only. Rows sorted by code, each region's landing points sorted, so
/// that a rerun writes the same bytes.
enum RegionImporter {
  static func run(landingPoints: OutputTable, catalog: CountryCatalog, mappings: MappingTables) throws(ImportError) -> OutputTable {
    var table = OutputTable(.regions)
    let columns = DatasetFile.landingPoints.columns
    guard let idColumn = columns.firstIndex(of: "id"), let countryColumn = columns.firstIndex(of: "country") else { return table }
    let countryOf = Dictionary(landingPoints.rows.map { ($0[idColumn], $0[countryColumn]) }) { first, _ in first }
    var regionOf: [String: String] = [:]
    for row in mappings.regions.sorted(by: { $0[0] < $1[0] }) {
      let code = row[0], country = row[2]
      let fail = { (reason: String) in ImportError.badMapping(path: "regions.csv", line: 0, reason: "\(code): \(reason)") }
      guard catalog.contains(country) else { throw fail("country '\(country)' is not in the country list") }
      let points = row[6].split(separator: ";", omittingEmptySubsequences: false).map(String.init).sorted()
      for point in points {
        guard let home = countryOf[point] else { throw fail("landing point '\(point)' is not in the TeleGeography dump") }
        guard home == country else { throw fail("landing point '\(point)' is in \(home), not \(country)") }
        if let other = regionOf.updateValue(code, forKey: point) { throw fail("landing point '\(point)' is in \(other) too") }
      }
      var normalised = row
      normalised[6] = points.joined(separator: ";")
      table.append(normalised)
    }
    return table
  }
}
