// The jurisdiction of cable owners, from the hand-made mapping table.

/// Builds `owner_jurisdictions.csv` from `import/owner-jurisdictions.csv`,
/// checked against the cables just imported: every owner must be one that a
/// cable names (in its comma-separated `owners`), and every jurisdiction a
/// country of the list. A misspelt owner would otherwise map nothing in silence.
enum OwnerJurisdictionImporter {
  static func run(cables: OutputTable, catalog: CountryCatalog, mappings: MappingTables) throws(ImportError) -> OutputTable {
    var table = OutputTable(.ownerJurisdictions)
    guard let ownersColumn = DatasetFile.cables.columns.firstIndex(of: "owners") else { return table }
    let named = Set(cables.rows.flatMap { Cable.ownerNames(in: $0[ownersColumn]) })
    for row in mappings.ownerJurisdictions {
      guard named.contains(row.owner) else {
        throw .badMapping(path: "owner-jurisdictions.csv", line: 0, reason: "owner '\(row.owner)' owns no cable in the TeleGeography dump")
      }
      guard catalog.contains(row.jurisdiction) else {
        throw .badMapping(path: "owner-jurisdictions.csv", line: 0, reason: "jurisdiction '\(row.jurisdiction)' is not in the country list")
      }
      table.append([row.owner, row.jurisdiction, row.source])
    }
    return table
  }
}
