// Country outlines for the report's map, from Natural Earth's 1:110m layer.

/// Builds `country_outlines.csv` from
/// `natural-earth-110m/naturalearth_lowres.derived.geojson` (177 features,
/// keyed by alpha-3): every ring of every polygon, outer rings and holes
/// alike (a map fills them with the even-odd rule, so that Lesotho is a hole
/// in South Africa), numbered per country, coordinates to 0.01°
/// (about a kilometre, finer than the layer's own 1:110m detail).
/// Features whose alpha-3 is not a country of the list (Kosovo's `-99`)
/// are skipped and reported. Small states and most islands are not in the
/// layer: the map draws them as points.
enum NaturalEarthImporter {
  static let source = "natural-earth"
  static let path = "natural-earth-110m/naturalearth_lowres.derived.geojson"
  static let decimals = 2

  private struct Collection: Decodable {
    var features: [Feature]
  }

  private struct Feature: Decodable {
    struct Properties: Decodable {
      var iso_a3: String?
      var name: String?
    }
    var properties: Properties
    var geometry: Geometry?
  }

  /// A Polygon or MultiPolygon as a list of polygons, each a list of rings
  /// of [longitude, latitude] positions.
  private struct Geometry: Decodable {
    var polygons: [[[[Double]]]]

    enum Keys: String, CodingKey { case type, coordinates }

    init(from decoder: Decoder) throws {
      let container = try decoder.container(keyedBy: Keys.self)
      switch try container.decode(String.self, forKey: .type) {
      case "Polygon": polygons = [try container.decode([[[Double]]].self, forKey: .coordinates)]
      case "MultiPolygon": polygons = try container.decode([[[[Double]]]].self, forKey: .coordinates)
      default: polygons = []
      }
    }
  }

  static func run(raw: RawDirectory, catalog: CountryCatalog, report: inout ImportReport) throws(ImportError) -> OutputTable {
    let collection = try raw.json(Collection.self, path)
    report.rawCounts["natural_earth.features"] = collection.features.count
    var rings: [String: [[String]]] = [:]
    var skipped: [String] = [], degenerate = 0
    for feature in collection.features {
      let alpha3 = feature.properties.iso_a3 ?? ""
      guard let code = catalog.alpha2(forAlpha3: alpha3) else {
        skipped.append("\(feature.properties.name ?? "?") (\(alpha3))")
        continue
      }
      for polygon in feature.geometry?.polygons ?? [] {
        for ring in polygon {
          var written: [String] = []
          for position in ring where position.count >= 2 {
            let text = position[0].fixed(decimals) + " " + position[1].fixed(decimals)
            if written.last != text { written.append(text) }
          }
          // A closed ring needs three corners and its closing point.
          guard written.count >= 4 else {
            degenerate += 1
            continue
          }
          rings[code, default: []].append(written)
        }
      }
    }
    report.note(.skipped, source, "outline_features", "alpha-3 code is not a country of the list", items: skipped.sorted())
    report.note(.skipped, source, "outline_rings", "fewer than three distinct corners at 0.01°", count: degenerate)
    var table = OutputTable(.countryOutlines)
    for code in rings.keys.sorted() {
      for (number, ring) in (rings[code] ?? []).enumerated() {
        table.append([code, String(number), String(ring.count), ring.joined(separator: ";")])
      }
    }
    return table
  }
}
