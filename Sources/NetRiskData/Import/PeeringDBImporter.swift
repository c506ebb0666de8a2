// IXPs, facilities and IXP-facility links from the PeeringDB dump.

/// Builds `ixps.csv`, `facilities.csv` and `ixp_facilities.csv` from `peeringdb/`.
///
/// - IXPs: `ix-0.json` records with status `ok`.
/// - IXP facilities: `ixfac-0.json` links with status `ok` between kept IXPs
///   and facilities.
/// - Facilities: every facility of `fac_from_kmz.csv` (geocoded, from the
///   dump's KMZ), plus the facilities that only `ixfac` names (no position).
///   `name` is the facility name from `ixfac` when one links to it (the KMZ
///   name is usually the operator's), else the KMZ name; `operator` is the
///   KMZ name.
enum PeeringDBImporter {
  static let source = "peeringdb"

  struct Output {
    var exchanges = OutputTable(.internetExchanges)
    var facilities = OutputTable(.facilities)
    var links = OutputTable(.internetExchangeFacilities)
  }

  private struct Envelope<Record: Decodable>: Decodable {
    var data: [Record]
  }

  private struct RawExchange: Decodable {
    var id: Int
    var name: String?
    var city: String?
    var country: String?
    var netCount: Int?
    var facCount: Int?
    var status: String?

    enum CodingKeys: String, CodingKey {
      case id, name, city, country, status
      case netCount = "net_count"
      case facCount = "fac_count"
    }
  }

  private struct RawExchangeFacility: Decodable {
    var id: Int
    var ixID: Int
    var facID: Int
    var name: String?
    var city: String?
    var country: String?
    var status: String?

    enum CodingKeys: String, CodingKey {
      case id, name, city, country, status
      case ixID = "ix_id"
      case facID = "fac_id"
    }
  }

  static func run(raw: RawDirectory, catalog: CountryCatalog, report: inout ImportReport) throws(ImportError) -> Output {
    var output = Output()

    let exchanges = try raw.json(Envelope<RawExchange>.self, "peeringdb/ix-0.json").data
    report.rawCounts["peeringdb.ix_records"] = exchanges.count
    var keptExchanges: Set<Int> = []
    var notOK: [String] = []
    var unknownCountry: [String] = []
    for exchange in exchanges.sorted(by: { $0.id < $1.id }) {
      guard exchange.status == "ok" else {
        notOK.append("\(exchange.id) (\(exchange.status ?? "no status"))")
        continue
      }
      let code = exchange.country ?? ""
      guard catalog.contains(code) else {
        unknownCountry.append("\(exchange.id) ('\(code)')")
        continue
      }
      guard keptExchanges.insert(exchange.id).inserted else { continue }
      output.exchanges.append([
        String(exchange.id), exchange.name ?? String(exchange.id), code, exchange.city ?? "",
        String(max(0, exchange.netCount ?? 0)), String(max(0, exchange.facCount ?? 0)),
      ])
    }
    report.note(.skipped, source, "ixps", "status is not 'ok'", items: notOK)
    report.note(.unmapped, source, "ixps", "country is not an ISO 3166-1 code (IXP skipped)", items: unknownCountry)

    let links = try raw.json(Envelope<RawExchangeFacility>.self, "peeringdb/ixfac-0.json").data
      .sorted { $0.id < $1.id }
    report.rawCounts["peeringdb.ixfac_records"] = links.count
    var facilityNames: [Int: RawExchangeFacility] = [:]  // the lowest ixfac id naming each facility
    for link in links where link.status == "ok" && facilityNames[link.facID] == nil {
      facilityNames[link.facID] = link
    }

    let kmz = try raw.table(
      "peeringdb/fac_from_kmz.csv",
      required: ["fac_id", "kml_name", "city", "country", "latitude", "longitude", "net_count"])
    report.rawCounts["peeringdb.kmz_facilities"] = kmz.records.count
    var facilityRows: [Int: [String]] = [:]
    var badFacilities: [String] = []
    var badPositions: [String] = []
    for record in kmz.records {
      guard let id = Int(kmz.value(record, "fac_id")), id > 0 else {
        badFacilities.append("line \(record.line): fac_id '\(kmz.value(record, "fac_id"))'")
        continue
      }
      let code = kmz.value(record, "country")
      guard catalog.contains(code) else {
        badFacilities.append("\(id): country '\(code)'")
        continue
      }
      var latitude = "", longitude = ""
      if let lat = Double(kmz.value(record, "latitude")), let lon = Double(kmz.value(record, "longitude")),
        (-90...90).contains(lat), (-180...180).contains(lon), !(lat == 0 && lon == 0)
      {
        latitude = lat.fixed(6)
        longitude = lon.fixed(6)
      } else {
        badPositions.append(String(id))
      }
      let operatorName = kmz.value(record, "kml_name")
      let name = facilityNames[id]?.name.flatMap { $0.isEmpty ? nil : $0 } ?? operatorName
      let networks = Int(kmz.value(record, "net_count")).map { String(max(0, $0)) } ?? ""
      facilityRows[id] = [
        String(id), name.isEmpty ? "facility \(id)" : name, operatorName, code, kmz.value(record, "city"),
        latitude, longitude, networks,
      ]
    }
    report.note(.skipped, source, "facilities", "fac_from_kmz.csv row with a bad id or country", items: badFacilities)
    report.note(.flagged, source, "facilities", "no usable position in the KMZ (lat/lon blank)", items: badPositions)

    var linkOnly: [String] = []
    var skippedLinks: [String] = []
    for (id, link) in facilityNames.sorted(by: { $0.key < $1.key }) where facilityRows[id] == nil {
      let code = link.country ?? ""
      guard catalog.contains(code) else {
        skippedLinks.append("fac \(id): country '\(code)'")
        continue
      }
      linkOnly.append(String(id))
      facilityRows[id] = [String(id), link.name ?? "facility \(id)", "", code, link.city ?? "", "", "", ""]
    }
    report.note(.flagged, source, "facilities", "named only by ixfac, not in the KMZ (no position, no operator)",
                items: linkOnly)
    for id in facilityRows.keys.sorted() {
      if let row = facilityRows[id] { output.facilities.append(row) }
    }

    var pairs: Set<[Int]> = []
    var notOKLinks = 0
    for link in links {
      guard link.status == "ok" else {
        notOKLinks += 1
        continue
      }
      guard keptExchanges.contains(link.ixID), facilityRows[link.facID] != nil else {
        skippedLinks.append("ixfac \(link.id): ix \(link.ixID), fac \(link.facID)")
        continue
      }
      pairs.insert([link.ixID, link.facID])
    }
    report.note(.skipped, source, "ixp_facilities", "ixfac status is not 'ok'", count: notOKLinks)
    report.note(.skipped, source, "ixp_facilities", "IXP or facility was skipped", items: skippedLinks)
    for pair in pairs.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      output.links.append([String(pair[0]), String(pair[1])])
    }
    return output
  }
}
