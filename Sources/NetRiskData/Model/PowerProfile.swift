// A country's electricity supply: access, generation mix, imports.

/// Electricity in one country (one row of `power.csv`). Each figure carries
/// the year it is for; nil where the sources have nothing.
public struct PowerProfile: Hashable, Sendable {
  /// The sources of electricity generation the mix is split into.
  public enum Source: String, Hashable, Sendable, CaseIterable {
    case coal, gas, oil, nuclear, hydro, wind, solar, bioenergy
    case otherRenewables = "other_renewables"
  }

  /// Index into `Dataset.countries`.
  public var countryIndex: RowIndex<Country>
  /// Share of the population with access to electricity, in percent.
  public var accessPercent: Double?
  public var accessYear: Int?
  /// Share of generation by source, in percent; a source missing from the
  /// dictionary is unknown.
  public var generationPercent: [Source: Double]
  public var generationYear: Int?
  /// Net imports as a share of demand, in percent (negative: net exporter).
  public var netImportPercent: Double?
  public var netImportYear: Int?
  /// Installed capacity of the power plants WRI knows of, in GW.
  public var plantCapacityGigawatts: Double?

  /// Creates the value from its fields. Index fields must be valid for the
  /// `Dataset` arrays they point into; `Dataset.load(from:)` guarantees that.
  public init(
    countryIndex: RowIndex<Country>, accessPercent: Double?, accessYear: Int?, generationPercent: [Source: Double],
    generationYear: Int?, netImportPercent: Double?, netImportYear: Int?, plantCapacityGigawatts: Double?
  ) {
    self.countryIndex = countryIndex
    self.accessPercent = accessPercent
    self.accessYear = accessYear
    self.generationPercent = generationPercent
    self.generationYear = generationYear
    self.netImportPercent = netImportPercent
    self.netImportYear = netImportYear
    self.plantCapacityGigawatts = plantCapacityGigawatts
  }
}
