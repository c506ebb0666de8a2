// Reads the files of a dataset directory into a `Dataset`, collecting problems.
import Foundation

/// Loads the tables one by one, in dependency order, logging every problem.
/// A row with a problem is left out of the tables (the load then fails
/// anyway), so later files still get their own references checked.
struct DatasetLoader {
  // Internal rather than private: the loaders of optional layers live in
  // extensions in their own files (DatasetLoader+Backbone.swift).
  var dataset: Dataset
  var problems = ProblemLog()
  let directory: String
  /// Whether a referenced table could be read; when not, references to it are
  /// not checked (its own problem is already logged, and would only repeat).
  var loaded: Set<DatasetFile> = []
  /// Ids of rows that were present but invalid. References to them are not
  /// reported again: the row's own problem says what is wrong.
  var rejected: [DatasetFile: Set<String>] = [:]

  init(directory: String) {
    self.directory = directory
    self.dataset = Dataset(directory: directory)
  }

  mutating func loadAll() {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
      problems.add(.missingDirectory(directory))
      return
    }
    loadCountries()
    loadBorders()
    loadLandingPoints()
    loadCables()
    loadCableLandings()
    loadCableRoutes()
    loadBranchingUnits()
    loadCableSegments()
    loadFacilities()
    loadInternetExchanges()
    loadInternetExchangeFacilities()
    loadRootOperators()
    loadRootInstances()
    loadRIRAllocations()
    loadPower()
    loadAutonomousSystemLayer()
    loadOwnerJurisdictions()
    loadCountryOutlines()
    loadRegions()
    loadBackbones()
    if problems.count == 0 { linkCountries() }
  }

  mutating func table(_ file: DatasetFile) -> [TableRow]? {
    guard let reader = TableReader(file: file, directory: directory, problems: &problems) else { return nil }
    loaded.insert(file)
    return reader.rows(problems: &problems)
  }

  // MARK: - References

  /// Resolves a required reference to a row of `table` by string id.
  mutating func reference<Row>(
    _ row: TableRow, _ column: String, in index: [String: RowIndex<Row>], table: DatasetFile
  ) -> RowIndex<Row>? {
    let id = row.text(column, &problems)
    guard !id.isEmpty else { return nil }
    guard loaded.contains(table) else { return RowIndex(0) }  // placeholder: the load fails on the table's own problem
    return reference(id, row, column, in: index, table: table)
  }

  /// Resolves `id`, one of the ids in `column`, against a loaded `table`;
  /// logs an unknown id (with a suggestion) unless its row was rejected.
  mutating func reference<Row>(
    _ id: String, _ row: TableRow, _ column: String, in index: [String: RowIndex<Row>], table: DatasetFile
  ) -> RowIndex<Row>? {
    if let found = index[id] { return found }
    if rejected[table]?.contains(id) == true { return nil }
    problems.add(.unknownReference(
      row.location(column), id: id, entity: table.entity, table: table.rawValue,
      suggestion: id.closestMatch(in: index.keys)))
    return nil
  }

  /// Resolves a required reference to a row of `table` by PeeringDB integer id.
  mutating func reference<Row>(
    _ row: TableRow, _ column: String, in index: [Int: RowIndex<Row>], table: DatasetFile
  ) -> RowIndex<Row>? {
    let text = row.raw(column)
    guard !text.isEmpty else {
      problems.add(.emptyValue(row.location(column)))
      return nil
    }
    guard let id = Int(text) else {
      problems.add(.badValue(row.location(column), expected: "a PeeringDB id (a whole number)", found: text))
      return nil
    }
    guard loaded.contains(table) else { return RowIndex(0) }
    if let found = index[id] { return found }
    if rejected[table]?.contains(text) == true { return nil }
    problems.add(.unknownReference(
      row.location(column), id: text, entity: table.entity, table: table.rawValue, suggestion: nil))
    return nil
  }

  mutating func reject(_ file: DatasetFile, _ id: String) {
    if !id.isEmpty { rejected[file, default: []].insert(id) }
  }

  mutating func country(_ row: TableRow, _ column: String) -> RowIndex<Country>? {
    reference(row, column, in: dataset.countryIndexByCode, table: .countries)
  }

  /// Logs a duplicate and returns false when `key` was seen already.
  mutating func claim<Key: Hashable>(
    _ key: Key, shownAs id: String, in seen: inout [Key: Int], row: TableRow, column: String
  ) -> Bool {
    if let firstLine = seen[key] {
      problems.add(.duplicateID(row.location(column), id: id, firstLine: firstLine))
      return false
    }
    seen[key] = row.line
    return true
  }

  private mutating func checkPattern(
    _ value: String, _ row: TableRow, _ column: String, letters: Int, expected: String
  ) {
    guard !value.isEmpty else { return }
    let valid = value.utf8.count == letters && value.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    if !valid { problems.add(.badValue(row.location(column), expected: expected, found: value)) }
  }

  // MARK: - Tables

  private mutating func loadCountries() {
    guard let rows = table(.countries) else { return }
    var seen: [String: Int] = [:]
    for row in rows {
      let before = problems.count
      let code = row.text("code", &problems)
      checkPattern(code, row, "code", letters: 2, expected: "an ISO 3166-1 alpha-2 code (two capital letters)")
      let alpha3 = row.text("alpha3", &problems)
      checkPattern(alpha3, row, "alpha3", letters: 3, expected: "an ISO 3166-1 alpha-3 code (three capital letters)")
      let name = row.text("name", &problems)
      let country = Country(
        code: code, alpha3: alpha3, name: name,
        region: row.optionalText("region"),
        subregion: row.optionalText("subregion"),
        intermediateRegion: row.optionalText("intermediate_region"),
        isLandlocked: row.boolean("landlocked", &problems),
        population: row.optionalInteger("population", in: 0...100_000_000_000, &problems),
        populationYear: row.optionalInteger("population_year", in: 1800...2200, &problems),
        internetUsersPercent: row.optionalNumber(
          "internet_users_pct", in: 0...100, expected: "a percentage in [0, 100]", &problems),
        internetUsersYear: row.optionalInteger("internet_users_year", in: 1800...2200, &problems),
        centroid: row.optionalPoint(latitude: "centroid_lat", longitude: "centroid_lon", &problems),
        registry: row.optionalChoice("rir", as: RegionalRegistry.self, &problems))
      var withGroup = country
      withGroup.developmentGroup = row.optionalChoice("development_group", as: DevelopmentGroup.self, &problems)
      guard problems.count == before else {
        reject(.countries, code)
        continue
      }
      guard claim(code, shownAs: code, in: &seen, row: row, column: "code") else { continue }
      dataset.countryIndexByCode[code] = dataset.countries.nextRowIndex
      dataset.countries.append(withGroup)
    }
    if rows.isEmpty {
      problems.add(.emptyTable(file: DatasetFile.countries.rawValue, expected: "a dataset needs at least one country"))
      loaded.remove(.countries)  // every country reference would fail; one problem says it all
    }
  }

  private mutating func loadBorders() {
    guard let rows = table(.borders) else { return }
    var seen: [String: Int] = [:]
    for row in rows {
      let before = problems.count
      let first = country(row, "country_a")
      let second = country(row, "country_b")
      guard problems.count == before, let first, let second else { continue }
      let codeA = row.raw("country_a"), codeB = row.raw("country_b")
      guard codeA < codeB else {
        problems.add(.badValue(
          row.location("country_b"),
          expected: "a code after '\(codeA)' (each pair once, with country_a < country_b)", found: codeB))
        continue
      }
      guard claim(codeA + "-" + codeB, shownAs: codeA + "-" + codeB, in: &seen, row: row, column: "country_a")
      else { continue }
      dataset.borders.append(Border(countryAIndex: first, countryBIndex: second))
    }
  }

  private mutating func loadLandingPoints() {
    guard let rows = table(.landingPoints) else { return }
    var seen: [String: Int] = [:]
    for row in rows {
      let before = problems.count
      let id = row.text("id", &problems)
      let name = row.text("name", &problems)
      let countryIndex = country(row, "country")
      let location = row.point(latitude: "lat", longitude: "lon", &problems)
      let kind = row.choice("kind", as: LandingPoint.Kind.self, &problems)
      guard problems.count == before, let countryIndex, let kind else {
        reject(.landingPoints, id)
        continue
      }
      guard claim(id, shownAs: id, in: &seen, row: row, column: "id") else { continue }
      dataset.landingPointIndexByID[id] = dataset.landingPoints.nextRowIndex
      dataset.landingPoints.append(
        LandingPoint(id: id, name: name, countryIndex: countryIndex, location: location, kind: kind))
    }
  }

  private mutating func loadCables() {
    guard let rows = table(.cables) else { return }
    var seen: [String: Int] = [:]
    for row in rows {
      let before = problems.count
      let id = row.text("id", &problems)
      let cable = Cable(
        id: id,
        name: row.text("name", &problems),
        lengthKilometres: row.optionalNumber(
          "length_km", in: 0...1_000_000, expected: "a length in kilometres (a number >= 0)", &problems),
        readyForServiceYear: row.optionalInteger("rfs_year", in: 1800...2200, &problems),
        isPlanned: row.boolean("planned", &problems),
        owners: row.raw("owners"),
        capacityTbps: row.optionalNumber(
          "capacity_tbps", in: 0...1_000_000, expected: "a capacity in Tbit/s (a number >= 0)", &problems),
        url: row.optionalText("url"))
      guard problems.count == before else {
        reject(.cables, id)
        continue
      }
      guard claim(id, shownAs: id, in: &seen, row: row, column: "id") else { continue }
      dataset.cableIndexByID[id] = dataset.cables.nextRowIndex
      dataset.cables.append(cable)
    }
  }

  private mutating func loadCableLandings() {
    guard let rows = table(.cableLandings) else { return }
    var seen: [String: Int] = [:]
    for row in rows {
      let before = problems.count
      let cable = reference(row, "cable_id", in: dataset.cableIndexByID, table: .cables)
      let point = reference(row, "landing_point_id", in: dataset.landingPointIndexByID, table: .landingPoints)
      let isToBeDetermined = row.boolean("tbd", &problems)
      guard problems.count == before, let cable, let point else {
        // Segments that end at this landing are not reported again.
        reject(.cableLandings, row.raw("cable_id"))
        reject(.cableLandings, row.raw("landing_point_id"))
        continue
      }
      let key = row.raw("cable_id") + " " + row.raw("landing_point_id")
      guard claim(key, shownAs: key, in: &seen, row: row, column: "landing_point_id") else { continue }
      dataset.cableLandings.append(
        CableLanding(cableIndex: cable, landingPointIndex: point, isToBeDetermined: isToBeDetermined))
      if loaded.contains(.cables), loaded.contains(.landingPoints) {
        dataset.cables[cable].landingPointIndices.append(point)
        dataset.landingPoints[point].cableIndices.append(cable)
      }
    }
    for index in dataset.landingPoints.indices { dataset.landingPoints[index].cableIndices.sort() }
  }

  private mutating func loadCableRoutes() {
    guard let rows = table(.cableRoutes) else { return }
    var seen: [String: Int] = [:]
    for row in rows {
      let before = problems.count
      let cable = reference(row, "cable_id", in: dataset.cableIndexByID, table: .cables)
      let segment = row.integer("segment", in: 0...1_000_000, &problems)
      let pointCount = row.integer("point_count", in: 2...10_000_000, &problems)
      let path = row.text("path", &problems)
      guard problems.count == before, let cable else { continue }
      guard let points = parsePath(path) else {
        problems.add(.badValue(
          row.location("path"),
          expected: "points 'lon lat;lon lat;...' with longitudes in [-180, 180] and latitudes in [-90, 90]",
          found: path.count > 60 ? String(path.prefix(60)) + "..." : path))
        continue
      }
      guard points.count == pointCount else {
        problems.add(.badValue(
          row.location("point_count"), expected: "the number of points in 'path' (\(points.count))",
          found: String(pointCount)))
        continue
      }
      let key = row.raw("cable_id") + " " + String(segment)
      guard claim(key, shownAs: key, in: &seen, row: row, column: "segment") else { continue }
      if loaded.contains(.cables) { dataset.cables[cable].routeSegmentIndices.append(dataset.cableRouteSegments.nextRowIndex) }
      dataset.cableRouteSegments.append(CableRouteSegment(cableIndex: cable, segment: segment, points: points))
    }
    let segments = dataset.cableRouteSegments
    for index in dataset.cables.indices {
      dataset.cables[index].routeSegmentIndices.sort { segments[$0].segment < segments[$1].segment }
    }
  }

  /// Parses "lon lat;lon lat;..." or returns nil.
  private func parsePath(_ path: String) -> [GeoPoint]? {
    var points: [GeoPoint] = []
    for pair in path.utf8.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false) {
      let parts = pair.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
      guard parts.count == 2,
        let longitude = Double(Substring(parts[0])), let latitude = Double(Substring(parts[1])),
        longitude.isFinite, latitude.isFinite, (-180...180).contains(longitude), (-90...90).contains(latitude)
      else { return nil }
      points.append(GeoPoint(latitude: latitude, longitude: longitude))
    }
    return points
  }

  private mutating func loadFacilities() {
    guard let rows = table(.facilities) else { return }
    var seen: [Int: Int] = [:]
    for row in rows {
      let before = problems.count
      let id = row.integer("id", in: 1...Int(Int32.max), &problems)
      let name = row.text("name", &problems)
      let countryIndex = country(row, "country")
      let location = row.optionalPoint(latitude: "lat", longitude: "lon", &problems)
      let networkCount = row.optionalInteger("network_count", in: 0...1_000_000, &problems)
      guard problems.count == before, let countryIndex else {
        reject(.facilities, row.raw("id"))
        continue
      }
      guard claim(id, shownAs: String(id), in: &seen, row: row, column: "id") else { continue }
      dataset.facilityIndexByID[id] = dataset.facilities.nextRowIndex
      dataset.facilities.append(Facility(
        id: id, name: name, operatorName: row.optionalText("operator"), countryIndex: countryIndex,
        city: row.raw("city"), location: location, networkCount: networkCount))
    }
  }

  private mutating func loadInternetExchanges() {
    guard let rows = table(.internetExchanges) else { return }
    var seen: [Int: Int] = [:]
    for row in rows {
      let before = problems.count
      let id = row.integer("id", in: 1...Int(Int32.max), &problems)
      let name = row.text("name", &problems)
      let countryIndex = country(row, "country")
      let members = row.integer("member_networks", in: 0...1_000_000, &problems)
      let facilityCount = row.integer("facility_count", in: 0...1_000_000, &problems)
      guard problems.count == before, let countryIndex else {
        reject(.internetExchanges, row.raw("id"))
        continue
      }
      guard claim(id, shownAs: String(id), in: &seen, row: row, column: "id") else { continue }
      dataset.internetExchangeIndexByID[id] = dataset.internetExchanges.nextRowIndex
      dataset.internetExchanges.append(InternetExchange(
        id: id, name: name, countryIndex: countryIndex, city: row.raw("city"), memberNetworks: members,
        facilityCount: facilityCount))
    }
  }

  private mutating func loadInternetExchangeFacilities() {
    guard let rows = table(.internetExchangeFacilities) else { return }
    var seen: [String: Int] = [:]
    for row in rows {
      let before = problems.count
      let exchange = reference(row, "ixp_id", in: dataset.internetExchangeIndexByID, table: .internetExchanges)
      let facility = reference(row, "facility_id", in: dataset.facilityIndexByID, table: .facilities)
      guard problems.count == before, let exchange, let facility else { continue }
      let key = row.raw("ixp_id") + " " + row.raw("facility_id")
      guard claim(key, shownAs: key, in: &seen, row: row, column: "facility_id") else { continue }
      if loaded.contains(.internetExchanges), loaded.contains(.facilities) {
        dataset.internetExchanges[exchange].facilityIndices.append(facility)
        dataset.facilities[facility].internetExchangeIndices.append(exchange)
      }
    }
    for index in dataset.internetExchanges.indices { dataset.internetExchanges[index].facilityIndices.sort() }
    for index in dataset.facilities.indices { dataset.facilities[index].internetExchangeIndices.sort() }
  }

  private mutating func loadRootOperators() {
    guard let rows = table(.rootOperators) else { return }
    var seen: [String: Int] = [:]
    for row in rows {
      let before = problems.count
      let letter = row.text("letter", &problems)
      if !letter.isEmpty, !RootOperator.letters.contains(letter) {
        problems.add(.badValue(row.location("letter"), expected: "a root letter A to M", found: letter))
      }
      let name = row.text("operator", &problems)
      let seat = country(row, "seat_country")
      let source = row.text("source", &problems)
      guard problems.count == before, let seat else {
        reject(.rootOperators, letter)
        continue
      }
      guard claim(letter, shownAs: letter, in: &seen, row: row, column: "letter") else { continue }
      dataset.rootOperatorIndexByLetter[letter] = dataset.rootOperators.nextRowIndex
      dataset.rootOperators.append(RootOperator(letter: letter, name: name, seatCountryIndex: seat, source: source))
    }
  }

  /// Owners must be named by a cable (a misspelt owner would map nothing)
  /// and appear once; the jurisdiction must be a country of the dataset.
  private mutating func loadOwnerJurisdictions() {
    guard let rows = table(.ownerJurisdictions) else { return }
    let named = Set(dataset.cables.flatMap(\.ownerNames))
    // Owners are checked only against a cable table that loaded whole: a
    // cable row with its own problem would make its owners look unknown.
    let checkOwners = loaded.contains(.cables) && rejected[.cables] == nil
    var seen: [String: Int] = [:]
    for row in rows {
      let before = problems.count
      let owner = row.text("owner", &problems)
      if checkOwners, !owner.isEmpty, !named.contains(owner) {
        problems.add(.unknownReference(
          row.location("owner"), id: owner, entity: "cable owner", table: "the owners of cables.csv", suggestion: owner.closestMatch(in: named)))
      }
      let jurisdiction = country(row, "jurisdiction")
      let source = row.text("source", &problems)
      guard problems.count == before, let jurisdiction else {
        reject(.ownerJurisdictions, owner)
        continue
      }
      guard claim(owner, shownAs: owner, in: &seen, row: row, column: "owner") else { continue }
      dataset.jurisdictionOfOwner[owner] = jurisdiction
      dataset.ownerJurisdictions.append(OwnerJurisdiction(owner: owner, countryIndex: jurisdiction, source: source))
    }
  }

  /// A region's code is an ISO 3166-2 subdivision code of its own country
  /// (`GB-ZET` for a region of GB), appears once and is not a country's;
  /// each landing point is one of the dataset's, in that country, and in no
  /// other region; the population is positive.
  private mutating func loadRegions() {
    guard let rows = table(.regions) else { return }
    var seen: [String: Int] = [:]
    var regionOfLandingPoint: [RowIndex<LandingPoint>: String] = [:]
    for row in rows {
      let before = problems.count
      let code = row.text("id", &problems)
      if !code.isEmpty, !Region.isSubdivisionCode(code) {
        problems.add(.badValue(row.location("id"), expected: "an ISO 3166-2 code (two capital letters, '-', one to three capital letters or digits)", found: code))
      }
      let name = row.text("name", &problems)
      let country = country(row, "country")
      if let country, Region.isSubdivisionCode(code), loaded.contains(.countries), !code.hasPrefix(dataset.countries[country].code + "-") {
        problems.add(.badValue(row.location("id"), expected: "a code that starts with its country's '\(dataset.countries[country].code)-'", found: code))
      }
      let population = row.integer("population", in: 1 ... 10_000_000_000, &problems)
      let year = row.integer("population_year", in: 1900 ... 2100, &problems)
      let landLink = row.boolean("land_link", &problems)
      let source = row.text("population_source", &problems)
      var points: [RowIndex<LandingPoint>] = []
      let list = row.text("landing_points", &problems)
      let ids = list.isEmpty ? [] : list.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
      for id in ids {
        guard !id.isEmpty else {
          problems.add(.badValue(row.location("landing_points"), expected: "landing point ids separated by ';'", found: list))
          break
        }
        guard loaded.contains(.landingPoints),
          let point = reference(id, row, "landing_points", in: dataset.landingPointIndexByID, table: .landingPoints)
        else { continue }
        if let country, dataset.landingPoints[point].countryIndex != country {
          problems.add(.badValue(
            row.location("landing_points"), expected: "landing points in \(dataset.countries[country].code)",
            found: "\(id) (in \(dataset.countries[dataset.landingPoints[point].countryIndex].code))"))
        } else if let other = regionOfLandingPoint[point] {
          problems.add(.badValue(row.location("landing_points"), expected: "a landing point in one region only", found: "\(id) (also in \(other))"))
        } else {
          points.append(point)
        }
      }
      guard problems.count == before, let country else {
        reject(.regions, code)
        continue
      }
      guard claim(code, shownAs: code, in: &seen, row: row, column: "id") else { continue }
      for point in points { regionOfLandingPoint[point] = code }
      dataset.regionIndexByCode[code] = dataset.regions.nextRowIndex
      dataset.regions.append(Region(
        code: code, name: name, countryIndex: country, population: population, populationYear: year, hasLandLink: landLink,
        landingPointIndices: points, populationSource: source))
    }
  }

  /// Rings numbered 0, 1, ... per country, in that order; each path a closed
  /// ring of at least four points whose count matches `point_count`.
  private mutating func loadCountryOutlines() {
    guard let rows = table(.countryOutlines) else { return }
    var seen: [String: Int] = [:], ringsRead: [String: Int] = [:]
    for row in rows {
      let before = problems.count
      let country = country(row, "country")
      let ring = row.integer("ring", in: 0...100_000, &problems)
      let pointCount = row.integer("point_count", in: 4...10_000_000, &problems)
      let path = row.text("path", &problems)
      guard problems.count == before, let country else { continue }
      guard let points = parsePath(path), points.count == pointCount else {
        problems.add(.badValue(
          row.location("path"), expected: "\(pointCount) points 'lon lat;lon lat;...' with longitudes in [-180, 180] and latitudes in [-90, 90]",
          found: path.count > 60 ? String(path.prefix(60)) + "..." : path))
        continue
      }
      let code = row.raw("country"), key = code + " " + String(ring)
      guard claim(key, shownAs: key, in: &seen, row: row, column: "ring") else { continue }
      // Counted by the code as written, so that a table that failed to load
      // (whose references all read as a placeholder) adds no problem here.
      guard ring == ringsRead[code, default: 0] else {
        problems.add(.badValue(
          row.location("ring"), expected: "ring \(ringsRead[code, default: 0]) (rings are numbered from 0, in order)", found: String(ring)))
        continue
      }
      ringsRead[code, default: 0] += 1
      dataset.countryOutlines[country, default: []].append(points)
    }
  }

  private mutating func loadRootInstances() {
    guard let rows = table(.rootInstances) else { return }
    var seen: [String: Int] = [:]
    for row in rows {
      let before = problems.count
      let id = row.text("id", &problems)
      let letter = reference(row, "letter", in: dataset.rootOperatorIndexByLetter, table: .rootOperators)
      let site = row.text("site", &problems)
      let countryIndex = country(row, "country")
      let location = row.point(latitude: "lat", longitude: "lon", &problems)
      let scope = row.choice("scope", as: RootInstance.Scope.self, &problems)
      let instances = row.integer("instances", in: 1...100_000, &problems)
      guard problems.count == before, let letter, let countryIndex, let scope,
        claim(id, shownAs: id, in: &seen, row: row, column: "id")
      else { continue }
      let index = dataset.rootInstances.nextRowIndex
      dataset.rootInstanceIndexByID[id] = index
      dataset.rootInstances.append(RootInstance(
        id: id, letter: row.raw("letter"), operatorIndex: letter, site: site, countryIndex: countryIndex,
        location: location, scope: scope, instances: instances))
      if loaded.contains(.rootOperators) { dataset.rootOperators[letter].rootInstanceIndices.append(index) }
    }
  }

  private mutating func loadRIRAllocations() {
    guard let rows = table(.rirAllocations) else { return }
    var seen: [String: Int] = [:]
    for row in rows {
      let before = problems.count
      let countryIndex = country(row, "country")
      let registry = row.optionalChoice("rir", as: RegionalRegistry.self, &problems)
      let ipv4 = row.integer("ipv4_addresses", in: 0...(1 << 32), &problems)
      let ipv6 = row.number("ipv6_slash32", in: 0...4_294_967_296, expected: "a number of /32s (>= 0)", &problems)
      let asns = row.integer("asns", in: 0...(1 << 32), &problems)
      var byRegistry: [RegionalRegistry: Int] = [:]
      for registry in RegionalRegistry.allCases {
        let count = row.integer("asns_" + registry.rawValue, in: 0...(1 << 32), &problems)
        if count > 0 { byRegistry[registry] = count }
      }
      guard problems.count == before, let countryIndex else { continue }
      let sum = byRegistry.values.reduce(0, +)
      if sum != asns {
        problems.add(.badValue(
          row.location("asns"), expected: "the sum of the asns_<rir> columns (\(sum))", found: String(asns)))
        continue
      }
      if loaded.contains(.countries), dataset.countries[countryIndex].registry != registry {
        let expected = dataset.countries[countryIndex].registry?.rawValue ?? ""
        problems.add(.badValue(
          row.location("rir"), expected: "the country's rir in countries.csv ('\(expected)')",
          found: registry?.rawValue ?? ""))
        continue
      }
      let code = row.raw("country")
      guard claim(code, shownAs: code, in: &seen, row: row, column: "country") else { continue }
      dataset.rirAllocations.append(RIRAllocation(
        countryIndex: countryIndex, registry: registry, ipv4Addresses: ipv4, ipv6Slash32: ipv6, asns: asns,
        asnsByRegistry: byRegistry))
    }
  }

  private mutating func loadPower() {
    guard let rows = table(.power) else { return }
    var seen: [String: Int] = [:]
    let percentage = "a percentage in [0, 100]"
    for row in rows {
      let before = problems.count
      let countryIndex = country(row, "country")
      var generation: [PowerProfile.Source: Double] = [:]
      for source in PowerProfile.Source.allCases {
        // OWID shares are rounded separately, so a share may exceed 100 by a hair.
        generation[source] = row.optionalNumber(source.rawValue + "_pct", in: 0...100.01, expected: percentage, &problems)
      }
      let profile = PowerProfile(
        countryIndex: countryIndex ?? RowIndex(0),
        accessPercent: row.optionalNumber("access_pct", in: 0...100, expected: percentage, &problems),
        accessYear: row.optionalInteger("access_year", in: 1800...2200, &problems),
        generationPercent: generation,
        generationYear: row.optionalInteger("generation_year", in: 1800...2200, &problems),
        netImportPercent: row.optionalNumber(
          "net_import_pct", in: -100_000...100, expected: "a share of demand in percent (at most 100)", &problems),
        netImportYear: row.optionalInteger("net_import_year", in: 1800...2200, &problems),
        plantCapacityGigawatts: row.optionalNumber(
          "wri_capacity_gw", in: 0...1_000_000, expected: "a capacity in GW (a number >= 0)", &problems))
      let code = row.raw("country")
      guard problems.count == before, countryIndex != nil,
        claim(code, shownAs: code, in: &seen, row: row, column: "country")
      else { continue }
      dataset.power.append(profile)
    }
  }

  // MARK: - Cable segments (optional files)

  private mutating func loadBranchingUnits() {
    guard let rows = table(.branchingUnits) else { return }
    var seen: [String: Int] = [:]
    for row in rows {
      let before = problems.count
      let id = row.text("id", &problems)
      let cable = reference(row, "cable_id", in: dataset.cableIndexByID, table: .cables)
      let location = row.point(latitude: "lat", longitude: "lon", &problems)
      guard problems.count == before, let cable else {
        reject(.branchingUnits, id)
        continue
      }
      guard claim(id, shownAs: id, in: &seen, row: row, column: "id") else { continue }
      dataset.branchingUnitIndexByID[id] = dataset.branchingUnits.nextRowIndex
      if loaded.contains(.cables) { dataset.cables[cable].branchingUnitIndices.append(dataset.branchingUnits.nextRowIndex) }
      dataset.branchingUnits.append(BranchingUnit(id: id, cableIndex: cable, location: location))
    }
  }

  /// A segment end: a landing point of `cable` or one of its branching units.
  private mutating func segmentEnd(_ row: TableRow, _ column: String, cable: RowIndex<Cable>) -> SegmentEnd? {
    let id = row.text(column, &problems)
    guard !id.isEmpty, loaded.contains(.cables), loaded.contains(.landingPoints) else { return nil }
    if let unit = dataset.branchingUnitIndexByID[id], dataset.branchingUnits[unit].cableIndex == cable {
      return .branchingUnit(unit)
    }
    if let point = dataset.landingPointIndexByID[id], dataset.cables[cable].landingPointIndices.contains(point) {
      return .landingPoint(point)
    }
    // A row this depends on is invalid: its own problem says what is wrong.
    if rejected[.branchingUnits]?.contains(id) == true || rejected[.landingPoints]?.contains(id) == true
      || rejected[.cableLandings]?.contains(id) == true || rejected[.cableLandings]?.contains(dataset.cables[cable].id) == true
    {
      return nil
    }
    let candidates = dataset.cables[cable].landingPointIndices.map { dataset.landingPoints[$0].id }
      + dataset.cables[cable].branchingUnitIndices.map { dataset.branchingUnits[$0].id }
    problems.add(.badValue(
      row.location(column),
      expected: "a landing point of cable '\(dataset.cables[cable].id)' or one of its branching units"
        + (id.closestMatch(in: candidates).map { " (did you mean '\($0)'?)" } ?? ""),
      found: id))
    return nil
  }

  private mutating func loadCableSegments() {
    guard let rows = table(.cableSegments) else { return }
    if !loaded.contains(.branchingUnits) {
      problems.add(.missingFile(file: DatasetFile.branchingUnits.rawValue, directory: directory))
      return
    }
    var seen: [String: Int] = [:]
    for row in rows {
      let before = problems.count
      let cable = reference(row, "cable_id", in: dataset.cableIndexByID, table: .cables)
      let number = row.integer("segment", in: 1...1_000_000, &problems)
      let length = row.number("length_km", in: 0...100_000, expected: "a length in km (0 to 100000)", &problems)
      guard problems.count == before, let cable else { continue }
      let from = segmentEnd(row, "from", cable: cable)
      let to = segmentEnd(row, "to", cable: cable)
      guard problems.count == before, let from, let to else { continue }
      if from == to {
        problems.add(.badValue(row.location("to"), expected: "an end other than 'from'", found: row.raw("to")))
        continue
      }
      let pathText = row.optionalText("path") ?? ""
      let route = pathText.isEmpty ? [] : parsePath(pathText)
      guard let route, route.count != 1 else {
        problems.add(.badValue(
          row.location("path"),
          expected: "empty, or points 'lon lat;lon lat;...' (at least two) with longitudes in [-180, 180] and latitudes in [-90, 90]",
          found: pathText.count > 60 ? String(pathText.prefix(60)) + "..." : pathText))
        continue
      }
      let key = row.raw("cable_id") + " " + String(number)
      guard claim(key, shownAs: key, in: &seen, row: row, column: "segment") else { continue }
      dataset.cables[cable].segmentIndices.append(dataset.cableSegments.nextRowIndex)
      dataset.cableSegments.append(
        CableSegment(cableIndex: cable, number: number, from: from, to: to, lengthKilometres: length, route: route))
    }
    for index in dataset.cables.indices {
      dataset.cables[index].segmentIndices.sort { dataset.cableSegments[$0].number < dataset.cableSegments[$1].number }
    }
  }

  // MARK: - The AS layer (optional files)

  /// Reads the three AS files. The layer is optional, but it comes whole:
  /// `as_countries.csv` or `as_transit.csv` without `autonomous_systems.csv`
  /// is a missing-file problem.
  private mutating func loadAutonomousSystemLayer() {
    guard loadAutonomousSystems() else {
      let directory = self.directory
      let exists = { (file: DatasetFile) in
        FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(file.rawValue))
      }
      // Missing, not unreadable (that has its own problem already).
      if !exists(.autonomousSystems), exists(.autonomousSystemCountries) || exists(.autonomousSystemTransit) {
        problems.add(.missingFile(file: DatasetFile.autonomousSystems.rawValue, directory: directory))
      }
      return
    }
    loadAutonomousSystemCountries()
    loadAutonomousSystemTransit()
  }

  private static let asnRange = 1...4_294_967_295

  /// The AS number in `column`, logged when it is not one of `autonomous_systems.csv`.
  private mutating func autonomousSystem(_ row: TableRow, _ column: String) -> RowIndex<AutonomousSystem>? {
    let before = problems.count
    let asn = row.integer(column, in: Self.asnRange, &problems)
    guard problems.count == before else { return nil }
    if let index = dataset.autonomousSystemIndexByNumber[asn] { return index }
    if rejected[.autonomousSystems]?.contains(String(asn)) != true {
      problems.add(.unknownReference(
        row.location(column), id: String(asn), entity: DatasetFile.autonomousSystems.entity,
        table: DatasetFile.autonomousSystems.rawValue, suggestion: nil))
    }
    return nil
  }

  /// - Returns: whether the file was there and read (rows may still have problems).
  private mutating func loadAutonomousSystems() -> Bool {
    guard let rows = table(.autonomousSystems) else { return false }
    var seen: [Int: Int] = [:]
    for row in rows {
      let before = problems.count
      let asn = row.integer("asn", in: Self.asnRange, &problems)
      let home = row.raw("home_country").isEmpty ? nil : country(row, "home_country")
      let addresses = row.integer("addresses", in: 0...(1 << 32), &problems)
      guard problems.count == before, row.raw("home_country").isEmpty || home != nil else {
        reject(.autonomousSystems, row.raw("asn"))
        continue
      }
      guard claim(asn, shownAs: String(asn), in: &seen, row: row, column: "asn") else { continue }
      if let previous = dataset.autonomousSystems.last, previous.asn > asn {
        problems.add(.badValue(
          row.location("asn"), expected: "AS numbers in ascending order (after \(previous.asn))", found: String(asn)))
        reject(.autonomousSystems, String(asn))
        continue
      }
      dataset.autonomousSystemIndexByNumber[asn] = dataset.autonomousSystems.nextRowIndex
      dataset.autonomousSystems.append(AutonomousSystem(asn: asn, homeCountryIndex: home, addresses: addresses))
    }
    return true
  }

  private mutating func loadAutonomousSystemCountries() {
    guard let rows = table(.autonomousSystemCountries) else { return }
    var seen: [[String]: Int] = [:]
    for row in rows {
      let before = problems.count
      let system = autonomousSystem(row, "asn")
      let countryIndex = country(row, "country")
      let addresses = row.integer("addresses", in: 1...(1 << 32), &problems)
      guard problems.count == before, let system, let countryIndex else { continue }
      guard claim([row.raw("asn"), row.raw("country")], shownAs: "\(row.raw("asn")) in \(row.raw("country"))", in: &seen, row: row, column: "asn")
      else { continue }
      if addresses > dataset.autonomousSystems[system].addresses {
        problems.add(.badValue(
          row.location("addresses"),
          expected: "at most the AS's total in autonomous_systems.csv (\(dataset.autonomousSystems[system].addresses))",
          found: String(addresses)))
        continue
      }
      dataset.autonomousSystemPresences.append(
        AutonomousSystemPresence(systemIndex: system, countryIndex: countryIndex, addresses: addresses))
    }
  }

  private mutating func loadAutonomousSystemTransit() {
    guard let rows = table(.autonomousSystemTransit) else { return }
    var seen: [[RowIndex<AutonomousSystem>]: Int] = [:]
    for row in rows {
      let before = problems.count
      let provider = autonomousSystem(row, "provider")
      let customer = autonomousSystem(row, "customer")
      guard problems.count == before, let provider, let customer else { continue }
      if provider == customer {
        problems.add(.badValue(row.location("customer"), expected: "an AS other than the provider", found: row.raw("customer")))
        continue
      }
      guard claim([provider, customer], shownAs: "\(row.raw("provider")) -> \(row.raw("customer"))", in: &seen, row: row, column: "provider")
      else { continue }
      dataset.autonomousSystems[customer].providerIndices.append(provider)
    }
  }

  // MARK: - Per-country lists

  /// Fills each country's lists of what lies in it. Only called on a clean
  /// load, when every index is known to be valid.
  private mutating func linkCountries() {
    for border in dataset.borders {
      dataset.countries[border.countryAIndex].neighbourIndices.append(border.countryBIndex)
      dataset.countries[border.countryBIndex].neighbourIndices.append(border.countryAIndex)
    }
    for (index, point) in dataset.landingPoints.enumeratedRows {
      dataset.countries[point.countryIndex].landingPointIndices.append(index)
    }
    for (index, exchange) in dataset.internetExchanges.enumeratedRows {
      dataset.countries[exchange.countryIndex].internetExchangeIndices.append(index)
    }
    for (index, facility) in dataset.facilities.enumeratedRows {
      dataset.countries[facility.countryIndex].facilityIndices.append(index)
    }
    for (index, instance) in dataset.rootInstances.enumeratedRows {
      dataset.countries[instance.countryIndex].rootInstanceIndices.append(index)
    }
    for (index, allocation) in dataset.rirAllocations.enumeratedRows {
      dataset.countries[allocation.countryIndex].rirAllocationIndex = index
    }
    for (index, profile) in dataset.power.enumeratedRows {
      dataset.countries[profile.countryIndex].powerIndex = index
    }
    for (index, presence) in dataset.autonomousSystemPresences.enumeratedRows {
      dataset.countries[presence.countryIndex].autonomousSystemPresenceIndices.append(index)
    }
    for index in dataset.autonomousSystems.indices { dataset.autonomousSystems[index].providerIndices.sort() }
    for index in dataset.countries.indices { dataset.countries[index].neighbourIndices.sort() }
  }
}
