// power.csv from OWID electricity data and the WRI power plant summary.

/// Builds `power.csv`, one row per country with any figure:
///
/// - generation mix: the latest year of `owid-electricity/electricity-mix-bp-ember-2022.csv`
///   with any `(% electricity)` share, per source (coal, gas, oil, nuclear,
///   hydro, wind, solar, bioenergy, other renewables excluding bioenergy);
///   entities are names, mapped like TeleGeography's (aggregates are listed
///   in `country-name-aliases.csv` with no code);
/// - net imports: the latest year with `Net electricity imports as a share of demand`;
/// - access: the latest year of `share-of-the-population-with-access-to-electricity.csv`;
/// - capacity: `total_capacity_gw` of the WRI country summary (plants WRI
///   knows of, 2021 data).
enum PowerImporter {
  static let source = "power"
  static let mixSource = "electricity-mix"

  private static let shareColumns: [(PowerProfile.Source, String)] = [
    (.coal, "Coal (% electricity)"), (.gas, "Gas (% electricity)"), (.oil, "Oil (% electricity)"),
    (.nuclear, "Nuclear (% electricity)"), (.hydro, "Hydro (% electricity)"), (.wind, "Wind (% electricity)"),
    (.solar, "Solar (% electricity)"), (.bioenergy, "Bioenergy (% electricity)"),
    (.otherRenewables, "Other renewables excluding bioenergy (% electricity)"),
  ]
  private static let netImportColumn = "Net electricity imports as a share of demand"

  static func run(raw: RawDirectory, catalog: CountryCatalog, report: inout ImportReport) throws(ImportError) -> OutputTable {
    let mix = try raw.table(
      "owid-electricity/electricity-mix-bp-ember-2022.csv",
      required: ["Entity", "Year", netImportColumn] + shareColumns.map(\.1))
    var generation: [String: (year: Int, shares: [String])] = [:]
    var netImports: [String: (year: Int, value: String)] = [:]
    var unmapped: [String: Int] = [:]
    var aggregates: Set<String> = []
    for record in mix.records {
      let entity = mix.value(record, "Entity")
      let code: String
      switch catalog.resolve(name: entity, source: mixSource) {
      case .country(let resolved): code = resolved
      case .notACountry:
        aggregates.insert(entity)
        continue
      case .unknown:
        unmapped[entity, default: 0] += 1
        continue
      }
      guard let year = Int(mix.value(record, "Year")) else { continue }
      let shares = shareColumns.map { number(mix.value(record, $0.1), decimals: 3) }
      if shares.contains(where: { !$0.isEmpty }), (generation[code]?.year ?? Int.min) < year {
        generation[code] = (year, shares)
      }
      let imports = number(mix.value(record, netImportColumn), decimals: 3)
      if !imports.isEmpty, (netImports[code]?.year ?? Int.min) < year {
        netImports[code] = (year, imports)
      }
    }
    report.note(.unmapped, source, "country_names", "OWID electricity-mix entity with no code (add it to country-name-aliases.csv)",
                items: unmapped.keys.sorted().map { "'\($0)' (\(unmapped[$0] ?? 0) rows)" })
    report.note(.skipped, source, "electricity_mix_entities", "not a country (aggregate or no ISO code, per country-name-aliases.csv)",
                items: aggregates.sorted())

    let access = try raw.table(
      "owid-electricity/share-of-the-population-with-access-to-electricity.csv",
      required: ["Code", "Year", "Share of the population with access to electricity"])
    var accessByCode: [String: (year: Int, value: String)] = [:]
    var unknownAccess: Set<String> = []
    for record in access.records {
      let alpha3 = access.value(record, "Code")
      guard let code = catalog.alpha2(forAlpha3: alpha3) else {
        unknownAccess.insert(alpha3)
        continue
      }
      let value = number(access.value(record, "Share of the population with access to electricity"), decimals: 3)
      guard let year = Int(access.value(record, "Year")), !value.isEmpty else { continue }
      if (accessByCode[code]?.year ?? Int.min) < year { accessByCode[code] = (year, value) }
    }
    report.note(.skipped, source, "access_codes", "code is not an ISO 3166-1 country (OWID aggregates)",
                items: unknownAccess.sorted())

    let plants = try raw.table(
      "wri-global-power-plant-database/global_power_plant_database_country_summary.csv",
      required: ["iso_code", "total_capacity_gw"])
    var capacity: [String: String] = [:]
    var unknownPlants: Set<String> = []
    for record in plants.records {
      let alpha3 = plants.value(record, "iso_code")
      guard let code = catalog.alpha2(forAlpha3: alpha3) else {
        unknownPlants.insert(alpha3)
        continue
      }
      let value = number(plants.value(record, "total_capacity_gw"), decimals: 4)
      if !value.isEmpty { capacity[code] = value }
    }
    report.note(.skipped, source, "wri_codes", "code is not an ISO 3166-1 country", items: unknownPlants.sorted())

    var table = OutputTable(.power)
    for entry in catalog.entries {
      let code = entry.alpha2
      let mixRow = generation[code]
      let imports = netImports[code]
      let accessRow = accessByCode[code]
      let plantCapacity = capacity[code]
      guard mixRow != nil || imports != nil || accessRow != nil || plantCapacity != nil else { continue }
      table.append(
        [code, accessRow?.value ?? "", accessRow.map { String($0.year) } ?? "", mixRow.map { String($0.year) } ?? ""]
          + (mixRow?.shares ?? shareColumns.map { _ in "" })
          + [imports?.value ?? "", imports.map { String($0.year) } ?? "", plantCapacity ?? ""])
    }
    return table
  }

  /// The number in `text` with fixed decimals, or "" when it is empty or not a number.
  private static func number(_ text: String, decimals: Int) -> String {
    guard !text.isEmpty, let value = Double(text), value.isFinite else { return "" }
    return value.fixed(decimals)
  }
}
