// The point each backbone country's population centre is taken to be.
import Foundation

/// Chooses one hub point per country with a backbone, written as
/// `backbone_hubs.csv`: the PeeringDB facility with the most networks, when
/// it has at least `minimumNetworks` and a backbone node within
/// `facilityReachKm` (networks interconnect where users and content are);
/// otherwise the node named like the country's capital (`Capital` of
/// `countries/country-codes.csv`; accents and case ignored); otherwise that
/// top facility even with fewer networks; otherwise none (the country then
/// has no domestic findings). Only nodes with a span in service inside the
/// country count.
enum BackboneHubSelection {
  /// Fewer networks than this in the top facility, and the capital decides.
  /// Assumed: below five networks a facility is one operator's building,
  /// not where a country's networks meet.
  static let minimumNetworks = 5
  /// The top facility must lie this close to a backbone node. Assumed: a
  /// facility farther from every node of the maps says nothing about them.
  static let facilityReachKm = 50.0

  /// A backbone node as the selection needs it.
  struct Node {
    var id: String
    var network: String
    var country: String
    var name: String
    var location: GeoPoint
  }

  /// A facility as the selection needs it (one row of `facilities.csv`).
  struct Facility {
    var id: Int
    var name: String
    var city: String
    var country: String
    var location: GeoPoint?
    var networks: Int
  }

  /// The hubs of the backbones the importer just built, from its tables,
  /// the facilities table and the catalog's capitals.
  static func table(backbone: BackboneImporter.Output, facilities: OutputTable, catalog: CountryCatalog) -> OutputTable {
    let capitals = Dictionary(catalog.entries.map { ($0.alpha2, $0.capital) }, uniquingKeysWith: { first, _ in first })
    let column = { (table: OutputTable, name: String) in table.file.columns.firstIndex(of: name) ?? 0 }
    let (id, network, country, name, lat, lon) = (
      column(backbone.nodes, "id"), column(backbone.nodes, "network"), column(backbone.nodes, "country"),
      column(backbone.nodes, "name"), column(backbone.nodes, "lat"), column(backbone.nodes, "lon"))
    var nodes: [String: Node] = [:]
    for row in backbone.nodes.rows {
      guard let latitude = Double(row[lat]), let longitude = Double(row[lon]) else { continue }
      nodes[row[id]] = Node(id: row[id], network: row[network], country: row[country], name: row[name], location: GeoPoint(latitude: latitude, longitude: longitude))
    }
    // Live: an end of a span in service whose two ends are in one country.
    var live: Set<String> = []
    let (from, to, status) = (column(backbone.spans, "from"), column(backbone.spans, "to"), column(backbone.spans, "status"))
    for row in backbone.spans.rows where row[status] != "proposed" {
      guard let first = nodes[row[from]], let second = nodes[row[to]], first.country == second.country else { continue }
      live.formUnion([first.id, second.id])
    }
    let f = { (name: String) in column(facilities, name) }
    let places: [Facility] = facilities.rows.compactMap { row in
      guard let identifier = Int(row[f("id")]) else { return nil }
      let location = Double(row[f("lat")]).flatMap { latitude in Double(row[f("lon")]).map { GeoPoint(latitude: latitude, longitude: $0) } }
      return Facility(
        id: identifier, name: row[f("name")], city: row[f("city")], country: row[f("country")], location: location,
        networks: Int(row[f("network_count")]) ?? 0)
    }
    let countries = backbone.networks.rows.map { $0[column(backbone.networks, "country")] }
    return table(countries: countries, liveNodes: live.sorted().compactMap { nodes[$0] }, facilities: places, capitals: capitals)
  }

  /// One row per country of `countries` that has a hub, sorted by country.
  /// `liveNodes` are the nodes with a span in service inside their country.
  static func table(
    countries: [String], liveNodes: [Node], facilities: [Facility], capitals: [String: String]
  ) -> OutputTable {
    var table = OutputTable(.backboneHubs)
    let nodesOf = Dictionary(grouping: liveNodes, by: \.country)
    let facilitiesOf = Dictionary(grouping: facilities.filter { $0.location != nil }, by: \.country)
    for country in Set(countries).sorted() {
      let nodes = nodesOf[country] ?? []
      let top = (facilitiesOf[country] ?? []).min { ($1.networks, $0.id) < ($0.networks, $1.id) }
      var nearTop: Facility?
      if let top, top.networks > 0, let location = top.location,
        let nearest = nodes.map({ $0.location.distanceKm(to: location) }).min(), nearest <= facilityReachKm
      {
        nearTop = top
        if top.networks >= minimumNetworks {
          table.append(row(country, location, basis: describe(top)))
          continue
        }
      }
      if let capital = capitals[country], !capital.isEmpty {
        let folded = BackboneImporter.fold(capital)
        let named = nodes.filter { BackboneImporter.fold($0.name).hasPrefix(folded) }.min { ($0.network, $0.id) < ($1.network, $1.id) }
        if let named {
          table.append(row(country, named.location, basis: "node named like the capital \"\(capital)\""))
          continue
        }
      }
      if let nearTop, let location = nearTop.location {
        table.append(row(country, location, basis: describe(nearTop)))
      }
    }
    return table
  }

  private static func row(_ country: String, _ location: GeoPoint, basis: String) -> [String] {
    [country, location.latitude.fixed(6), location.longitude.fixed(6), basis]
  }

  private static func describe(_ facility: Facility) -> String {
    "facility \(facility.id) \"\(String(facility.name.prefix(32)))\" (\(facility.city), \(facility.networks) networks)"
  }
}
