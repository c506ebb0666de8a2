// Reading the OFDS dump: operator folders, their GeoJSON files, and what the
// file names and first node say about a network (rule 1), and a node's kind
// from its name and type (rule 6).
import Foundation

extension BackboneImporter {
  /// One operator folder with its files, as found in the dump.
  struct NetworkFiles {
    var folder: String
    var operatorFolder: String
    /// Relative to the raw directory.
    var nodeFile: String
    var spanFile: String?
  }

  /// Every `<Country>/<Operator>/` folder holding a file whose name contains
  /// `node` (the first such file, sorted; a second one is reported), with the
  /// first `*span*.geojson` beside it.
  /// - Throws: `ImportError.missingFile` when the dump folder is missing.
  static func networkFiles(_ raw: RawDirectory, findings: inout Findings) throws(ImportError) -> [NetworkFiles] {
    var result: [NetworkFiles] = []
    for folder in try raw.entries(Self.folder) where isDirectory(raw.path(Self.folder + "/" + folder)) {
      for operatorFolder in try raw.entries(Self.folder + "/" + folder)
      where isDirectory(raw.path(Self.folder + "/" + folder + "/" + operatorFolder)) {
        let relative = Self.folder + "/" + folder + "/" + operatorFolder
        let files = try raw.entries(relative).filter { $0.hasSuffix(".geojson") }
        let nodeFiles = files.filter { $0.lowercased().contains("node") }
        let spanFiles = files.filter { $0.lowercased().contains("span") }
        guard let nodeFile = nodeFiles.first else {
          findings.add(.folderWithoutNodes, folder + "/" + operatorFolder)
          continue
        }
        for extra in nodeFiles.dropFirst() + spanFiles.dropFirst() { findings.add(.extraFile, folder + "/" + operatorFolder + "/" + extra) }
        result.append(NetworkFiles(
          folder: folder, operatorFolder: operatorFolder, nodeFile: relative + "/" + nodeFile,
          spanFile: spanFiles.first.map { relative + "/" + $0 }))
      }
    }
    return result
  }

  private static func isDirectory(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
  }

  // MARK: - GeoJSON

  /// A GeoJSON FeatureCollection of OFDS nodes or spans. Every field is
  /// optional and a feature that is not an object decodes as nil, so that a
  /// bad feature is one skipped item, not an unreadable file.
  struct FeatureCollection: Decodable {
    var features: [Feature?]

    private enum Keys: String, CodingKey { case features }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: Keys.self)
      features = try container.decode([Lenient<Feature>].self, forKey: .features).map(\.value)
    }
  }

  /// A value that decodes as nil instead of failing.
  struct Lenient<Value: Decodable>: Decodable {
    var value: Value?
    init(from decoder: any Decoder) throws { value = try? Value(from: decoder) }
  }

  /// A node (Point) or span (LineString) feature, with the OFDS properties the importer reads.
  struct Feature: Decodable {
    var point: GeoPoint?
    var line: [GeoPoint]?
    var id: String?
    var name: String
    var types: [String]
    var status: String
    var start: String?
    var end: String?
    var networkName: String?
    var schemaLink: String?

    private enum Keys: String, CodingKey { case geometry, properties }
    private enum GeometryKeys: String, CodingKey { case coordinates }
    private enum PropertyKeys: String, CodingKey { case id, name, type, status, start, end, network }
    private enum NetworkKeys: String, CodingKey { case name, links }
    private struct Link: Decodable { var href: String? }

    /// A span end: an embedded node object with an `id`, or (in a few files) a bare id string.
    private struct EndReference: Decodable {
      var id: String?
      private enum Keys: String, CodingKey { case id }
      init(from decoder: any Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
          id = text
        } else {
          id = try? decoder.container(keyedBy: Keys.self).decodeIfPresent(String.self, forKey: .id)
        }
      }
    }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: Keys.self)
      if let geometry = try? container.nestedContainer(keyedBy: GeometryKeys.self, forKey: .geometry) {
        if let position = try? geometry.decode([Double].self, forKey: .coordinates), position.count >= 2 {
          point = GeoPoint(latitude: position[1], longitude: position[0])
        } else if let positions = try? geometry.decode([[Double]].self, forKey: .coordinates),
          positions.allSatisfy({ $0.count >= 2 })
        {
          line = positions.map { GeoPoint(latitude: $0[1], longitude: $0[0]) }
        }
      }
      let properties = try? container.nestedContainer(keyedBy: PropertyKeys.self, forKey: .properties)
      id = try? properties?.decodeIfPresent(String.self, forKey: .id)
      name = ((try? properties?.decodeIfPresent(String.self, forKey: .name)) ?? nil)?
        .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
      types = ((try? properties?.decodeIfPresent([Lenient<String>].self, forKey: .type)) ?? nil)?.compactMap(\.value) ?? []
      status = ((try? properties?.decodeIfPresent(String.self, forKey: .status)) ?? nil) ?? ""
      start = ((try? properties?.decodeIfPresent(EndReference.self, forKey: .start)) ?? nil)?.id
      end = ((try? properties?.decodeIfPresent(EndReference.self, forKey: .end)) ?? nil)?.id
      if let network = try? properties?.nestedContainer(keyedBy: NetworkKeys.self, forKey: .network) {
        networkName = (try? network.decodeIfPresent(String.self, forKey: .name)) ?? nil
        schemaLink = ((try? network.decodeIfPresent([Link].self, forKey: .links)) ?? nil)?.first?.href
      }
    }
  }

  /// The features of one file; nil (reported) when it is not a FeatureCollection.
  static func features(_ raw: RawDirectory, _ relative: String, findings: inout Findings) throws(ImportError) -> [Feature?]? {
    let bytes = try raw.bytes(relative)
    guard let collection = try? JSONDecoder().decode(FeatureCollection.self, from: Data(bytes)) else {
      findings.add(.unreadableFile, String(relative.dropFirst(Self.folder.count + 1)))
      return nil
    }
    return collection.features
  }

  // MARK: - What names and ids say

  /// `<cc>-<operator folder slug>`: "ca-bell-canada", "ug-nita-u".
  static func networkID(country: String, operatorFolder: String) -> String {
    var slug = ""
    var inRun = false
    for scalar in operatorFolder.lowercased().unicodeScalars {
      if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
        slug.unicodeScalars.append(scalar)
        inRun = false
      } else if !inRun {
        slug += "-"
        inRun = true
      }
    }
    let id = country + "-" + slug
    return String(id.drop { $0 == "-" }.reversed().drop { $0 == "-" }.reversed()).lowercased()
  }

  /// A node id as the dataset writes it: Kenya's `{uuid}` and `{uuid}_2`
  /// lose their braces (`uuid`, `uuid_2`).
  static func cleanNodeID(_ rawID: String) -> String {
    (rawID.hasPrefix("{") ? strippingBraces(rawID) : rawID).replacingOccurrences(of: "}", with: "")
  }

  /// A span id as the dataset writes it (braces removed).
  static func cleanSpanID(_ rawID: String) -> String {
    strippingBraces(rawID).replacingOccurrences(of: "}", with: "")
  }

  /// `text` without the braces at either end.
  static func strippingBraces(_ text: String) -> String {
    let isBrace = { (character: Character) in character == "{" || character == "}" }
    return String(text.drop(while: isBrace).reversed().drop(while: isBrace).reversed())
  }

  /// The date at the end of a file name (`..._ofds-nodes_16nov2025.geojson`
  /// → `2025-11-16`), or "" when there is none.
  static func snapshotDate(fileName: String) -> String {
    let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    let suffix = ".geojson"
    guard fileName.hasSuffix(suffix) else { return "" }
    let stem = Array(fileName.dropLast(suffix.count).utf8)
    guard stem.count >= 10 else { return "" }
    let tail = Array(stem.suffix(10))
    let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
    guard tail[0] == UInt8(ascii: "_"), tail[1...2].allSatisfy(isDigit), tail[6...9].allSatisfy(isDigit),
      let month = months.firstIndex(of: String(decoding: tail[3...5], as: UTF8.self).lowercased())
    else { return "" }
    let monthText = month + 1 < 10 ? "0\(month + 1)" : "\(month + 1)"
    return String(decoding: tail[6...9], as: UTF8.self) + "-" + monthText + "-" + String(decoding: tail[1...2], as: UTF8.self)
  }

  /// The OFDS schema version in a `network.links[].href`
  /// (`.../0__4__0/network-schema.json` → `0.4.0`), or "".
  static func ofdsVersion(schemaLink: String) -> String {
    let bytes = Array(schemaLink.utf8)
    let isDigit = { (index: Int) in index < bytes.count && bytes[index] >= 0x30 && bytes[index] <= 0x39 }
    let isSeparator = { (index: Int) in index + 1 < bytes.count && bytes[index] == 0x5F && bytes[index + 1] == 0x5F }
    for start in bytes.indices where isDigit(start) {
      var parts: [String] = []
      var index = start
      while parts.count < 3 {
        let first = index
        while isDigit(index) { index += 1 }
        guard index > first else { break }
        parts.append(String(decoding: bytes[first ..< index], as: UTF8.self))
        guard parts.count < 3 else { break }
        guard isSeparator(index) else { break }
        index += 2
      }
      if parts.count == 3 { return parts.joined(separator: ".") }
    }
    return ""
  }

  /// Rule 6, from the source alone: `landing` for a `cableLanding` type or a
  /// name saying landing, CLS or cable station; `border-post` for a
  /// `borderCrossing` or `Frontier` type or the English word border or
  /// frontier in the name (not `Fronteira`, part of Brazilian town names);
  /// `junction` for the drawing tools' placeholder names and NOFBI's
  /// `Junction` and `OFC Joint`; else `node`.
  static func kind(name: String, types: [String]) -> NodeKind {
    let lowered = name.lowercased()
    let words = Set(lowered.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
    if types.contains("cableLanding") || lowered.contains("landing") || words.contains("cls") || lowered.contains("cable station") {
      return .landing
    }
    if types.contains("borderCrossing") || types.contains("Frontier") || words.contains("border") || words.contains("frontier") {
      return .borderPost
    }
    if junctionNames.contains(lowered) || types.contains("Junction") || types.contains("OFC Joint") { return .junction }
    return .node
  }

  /// Names the OFDS drawing tools give to forks and generated line ends (lower case).
  static let junctionNames: Set<String> = [
    "network fork", "fork", "default-node", "auto generated missing node", "tmp", "unknown", "branch / fork", "",
  ]
}
