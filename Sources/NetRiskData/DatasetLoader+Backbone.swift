// Reads the national backbone tables (optional, as a set of four).
import Foundation

extension DatasetLoader {
  /// The four backbone files, in the order they load.
  static let backboneFiles: [DatasetFile] = [.backboneNetworks, .backboneNodes, .backboneSpans, .backboneLandings, .backboneHubs]

  /// Loads the backbones when the dataset has them: none of the five files,
  /// or all five (a span or a tie without its nodes would mean nothing).
  /// Checks: ids unique; every reference known; a span joins two different
  /// nodes of its own network; a border post faces a neighbour and no other
  /// node kind names one; a landing point is tied to one node of its own
  /// country; a hub is given once per country with a backbone.
  mutating func loadBackbones() {
    let present = Self.backboneFiles.filter { FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent($0.rawValue)) }
    guard !present.isEmpty else { return }
    for file in Self.backboneFiles where !present.contains(file) {
      problems.add(.missingFile(file: file.rawValue, directory: directory))
    }
    guard present.count == Self.backboneFiles.count else { return }
    loadBackboneNetworks()
    loadBackboneNodes()
    loadBackboneSpans()
    loadBackboneLandings()
    loadBackboneHubs()
  }

  private mutating func loadBackboneHubs() {
    guard let rows = table(.backboneHubs) else { return }
    var seen: [String: Int] = [:]
    let withBackbone = Set(dataset.backboneNetworks.map(\.countryIndex))
    for row in rows {
      let before = problems.count
      let country = country(row, "country")
      let location = row.point(latitude: "lat", longitude: "lon", &problems)
      let basis = row.text("basis", &problems)
      if let country, loaded.contains(.backboneNetworks), rejected[.backboneNetworks] == nil, !withBackbone.contains(country) {
        problems.add(.badValue(row.location("country"), expected: "a country with a backbone network", found: row.raw("country")))
      }
      guard problems.count == before, let country else { continue }
      let code = row.raw("country")
      guard claim(code, shownAs: code, in: &seen, row: row, column: "country") else { continue }
      dataset.backboneHubs.append(BackboneHub(countryIndex: country, location: location, basis: basis))
    }
  }

  private mutating func loadBackboneNetworks() {
    guard let rows = table(.backboneNetworks) else { return }
    var seen: [String: Int] = [:]
    for row in rows {
      let before = problems.count
      let id = row.text("id", &problems)
      let country = country(row, "country")
      let name = row.text("name", &problems)
      let date = row.raw("snapshot_date")
      if !date.isEmpty, !Self.isISODate(date) {
        problems.add(.badValue(row.location("snapshot_date"), expected: "a date YYYY-MM-DD or nothing", found: date))
      }
      let version = row.text("ofds_version", &problems)
      let folder = row.text("source_folder", &problems)
      guard problems.count == before, let country else {
        reject(.backboneNetworks, id)
        continue
      }
      guard claim(id, shownAs: id, in: &seen, row: row, column: "id") else { continue }
      dataset.backboneNetworkIndexByID[id] = dataset.backboneNetworks.nextRowIndex
      dataset.backboneNetworks.append(BackboneNetwork(
        id: id, countryIndex: country, name: name, snapshotDate: date, ofdsVersion: version, sourceFolder: folder))
    }
  }

  private mutating func loadBackboneNodes() {
    guard let rows = table(.backboneNodes) else { return }
    var seen: [String: Int] = [:]
    for row in rows {
      let before = problems.count
      let id = row.text("id", &problems)
      let network = reference(row, "network", in: dataset.backboneNetworkIndexByID, table: .backboneNetworks)
      let country = country(row, "country")
      let name = row.raw("name")
      let location = row.point(latitude: "lat", longitude: "lon", &problems)
      let kind = row.choice("kind", as: BackboneNode.Kind.self, &problems)
      var neighbour: RowIndex<Country>?
      if !row.raw("neighbour").isEmpty {
        neighbour = self.country(row, "neighbour")
        if kind != nil, kind != .borderPost {
          problems.add(.badValue(row.location("neighbour"), expected: "no neighbour for a node that is not a border post", found: row.raw("neighbour")))
        }
      } else if kind == .borderPost {
        problems.add(.badValue(row.location("neighbour"), expected: "the country a border post faces", found: ""))
      }
      guard problems.count == before, let network, let country, let kind else {
        reject(.backboneNodes, id)
        continue
      }
      guard claim(id, shownAs: id, in: &seen, row: row, column: "id") else { continue }
      dataset.backboneNodeIndexByID[id] = dataset.backboneNodes.nextRowIndex
      dataset.backboneNodes.append(BackboneNode(
        id: id, networkIndex: network, countryIndex: country, name: name, location: location, kind: kind, neighbourIndex: neighbour))
    }
  }

  private mutating func loadBackboneSpans() {
    guard let rows = table(.backboneSpans) else { return }
    var seen: [String: Int] = [:]
    for row in rows {
      let before = problems.count
      let id = row.text("id", &problems)
      let network = reference(row, "network", in: dataset.backboneNetworkIndexByID, table: .backboneNetworks)
      let from = reference(row, "from", in: dataset.backboneNodeIndexByID, table: .backboneNodes)
      let to = reference(row, "to", in: dataset.backboneNodeIndexByID, table: .backboneNodes)
      let length = row.number("length_km", in: 0 ... 50_000, expected: "a length in km from 0 to 50000", &problems)
      let status = row.optionalChoice("status", as: BackboneSpan.Status.self, &problems)
      let name = row.raw("name")
      if problems.count == before, let network, let from, let to, loaded.contains(.backboneNodes) {
        if from == to {
          problems.add(.badValue(row.location("to"), expected: "a node other than 'from'", found: row.raw("to")))
        }
        for (column, end) in [("from", from), ("to", to)] where dataset.backboneNodes[end].networkIndex != network {
          problems.add(.badValue(
            row.location(column), expected: "a node of network '\(row.raw("network"))'",
            found: "\(row.raw(column)) (of '\(dataset.backboneNetworks[dataset.backboneNodes[end].networkIndex].id)')"))
        }
      }
      guard problems.count == before, let network, let from, let to else {
        reject(.backboneSpans, id)
        continue
      }
      guard claim(id, shownAs: id, in: &seen, row: row, column: "id") else { continue }
      dataset.backboneSpans.append(BackboneSpan(
        id: id, networkIndex: network, fromIndex: from, toIndex: to, lengthKm: length, status: status, name: name))
    }
  }

  private mutating func loadBackboneLandings() {
    guard let rows = table(.backboneLandings) else { return }
    var seen: [String: Int] = [:]
    for row in rows {
      let before = problems.count
      let point = reference(row, "landing_point_id", in: dataset.landingPointIndexByID, table: .landingPoints)
      let node = reference(row, "node_id", in: dataset.backboneNodeIndexByID, table: .backboneNodes)
      let distance = row.number("distance_km", in: 0 ... 1_000, expected: "a distance in km from 0 to 1000", &problems)
      if problems.count == before, let point, let node, loaded.contains(.landingPoints), loaded.contains(.backboneNodes),
        dataset.landingPoints[point].countryIndex != dataset.backboneNodes[node].countryIndex
      {
        problems.add(.badValue(
          row.location("node_id"), expected: "a node in the landing point's country \(dataset.countries[dataset.landingPoints[point].countryIndex].code)",
          found: "\(row.raw("node_id")) (in \(dataset.countries[dataset.backboneNodes[node].countryIndex].code))"))
      }
      guard problems.count == before, let point, let node else { continue }
      let key = row.raw("landing_point_id")
      guard claim(key, shownAs: key, in: &seen, row: row, column: "landing_point_id") else { continue }
      dataset.backboneLandings.append(BackboneLanding(landingPointIndex: point, nodeIndex: node, distanceKm: distance))
    }
  }

  /// Whether `text` reads `YYYY-MM-DD` (digits and hyphens in place).
  static func isISODate(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 10 else { return false }
    return bytes.enumerated().allSatisfy { offset, byte in
      offset == 4 || offset == 7 ? byte == UInt8(ascii: "-") : (byte >= 0x30 && byte <= 0x39)
    }
  }
}
