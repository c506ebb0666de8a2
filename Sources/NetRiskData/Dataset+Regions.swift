// Regions below the country scored as countries of their own.

extension Dataset {
  /// The dataset with every region of `regions.csv` split off its country
  /// as a country of its own, appended after the countries in code order of
  /// the regions: its landing points move to it (and the cables landing
  /// there become international links between the region and its country),
  /// its population is taken off its country's, and a land link, where the
  /// table says there is one, becomes a land border with its country.
  ///
  /// The region keeps its country's share of Internet users, development
  /// group, registry, RIR allocation and power profile (a copy: an island's
  /// grid is its own, so a national blackout scenario does not reach it).
  /// Its IXPs, facilities, root instances and AS presences stay with its
  /// country: the data places them by city, not by region, so a region has
  /// no local exchange, root instance or operator figures of its own.
  /// Land borders with other countries (Alaska's with Canada) are not in
  /// the data. Without regions the dataset is returned as it is; the
  /// result has none left, so splitting it again changes nothing.
  /// - Complexity: O(countries + landing points + regions).
  public func splittingRegions() -> Dataset {
    guard !regions.isEmpty else { return self }
    var split = self
    split.regions = []
    split.regionIndexByCode = [:]
    for region in regions {
      let parent = region.countryIndex
      let index = split.countries.nextRowIndex
      let home = split.countries[parent]
      let locations = region.landingPointIndices.map { split.landingPoints[$0].location }
      let centroid = locations.isEmpty ? home.centroid : GeoPoint(
        latitude: locations.reduce(0) { $0 + $1.latitude } / Double(locations.count),
        longitude: locations.reduce(0) { $0 + $1.longitude } / Double(locations.count))
      var country = Country(
        code: region.code, alpha3: home.alpha3, name: region.name, region: home.region, subregion: home.subregion,
        intermediateRegion: home.intermediateRegion, isLandlocked: false, population: region.population,
        populationYear: region.populationYear, internetUsersPercent: home.internetUsersPercent,
        internetUsersYear: home.internetUsersYear, centroid: centroid, registry: home.registry)
      country.developmentGroup = home.developmentGroup
      country.parentIndex = parent
      country.rirAllocationIndex = home.rirAllocationIndex
      if let power = home.powerIndex {
        var profile = split.power[power]
        profile.countryIndex = index
        country.powerIndex = split.power.nextRowIndex
        split.power.append(profile)
      }
      let moved = Set(region.landingPointIndices)
      country.landingPointIndices = home.landingPointIndices.filter { moved.contains($0) }
      split.countries[parent].landingPointIndices.removeAll { moved.contains($0) }
      for point in moved { split.landingPoints[point].countryIndex = index }
      if let population = home.population { split.countries[parent].population = max(population - region.population, 0) }
      if region.hasLandLink {
        split.borders.append(Border(countryAIndex: parent, countryBIndex: index))
        split.countries[parent].neighbourIndices.append(index)
        country.neighbourIndices = [parent]
      }
      split.countries.append(country)
      split.countryIndexByCode[region.code] = index
    }
    return split
  }
}
