// Country outlines and land borders as the importer's geometry: which
// outline holds a point, and how far a point is from an outline.
import Foundation

/// The country outlines (`country_outlines.csv`, 0.01°) and land neighbours
/// (`borders.csv`) of an import, read from the tables just built so that a
/// rule sees exactly what the dataset holds.
struct OutlineGeography {
  /// Country code → its rings (outer rings and holes alike, each closed).
  private(set) var rings: [String: [[GeoPoint]]] = [:]
  /// Country code → the countries `borders.csv` pairs it with.
  private(set) var neighbours: [String: Set<String>] = [:]
  /// The countries with an outline, sorted.
  let countriesWithOutlines: [String]

  init(outlines: OutputTable, borders: OutputTable) {
    let outlineColumns = DatasetFile.countryOutlines.columns
    if let countryColumn = outlineColumns.firstIndex(of: "country"), let pathColumn = outlineColumns.firstIndex(of: "path") {
      for row in outlines.rows {
        let ring = row[pathColumn].split(separator: ";").compactMap { pair -> GeoPoint? in
          let numbers = pair.split(separator: " ")
          guard numbers.count == 2, let longitude = Double(numbers[0]), let latitude = Double(numbers[1]) else { return nil }
          return GeoPoint(latitude: latitude, longitude: longitude)
        }
        rings[row[countryColumn], default: []].append(ring)
      }
    }
    for row in borders.rows where row.count == 2 {
      neighbours[row[0], default: []].insert(row[1])
      neighbours[row[1], default: []].insert(row[0])
    }
    countriesWithOutlines = rings.keys.sorted()
  }

  /// `country`'s land neighbours, sorted.
  func sortedNeighbours(of country: String) -> [String] { (neighbours[country] ?? []).sorted() }

  func areNeighbours(_ country: String, _ other: String) -> Bool { neighbours[country]?.contains(other) ?? false }

  /// Whether `point` lies inside `country`'s outline (even–odd over all its
  /// rings, so that a hole such as Lesotho is outside South Africa); false
  /// for a country without an outline.
  /// - Complexity: O(*n*) in the outline's vertices.
  func contains(_ point: GeoPoint, in country: String) -> Bool {
    var inside = false
    for ring in rings[country] ?? [] where ring.encloses(point) { inside.toggle() }
    return inside
  }

  /// 0 when `point` lies inside `country`'s outline, else its distance in km
  /// to the nearest edge; infinity for a country without an outline.
  /// - Complexity: O(*n*) in the outline's vertices.
  func distanceKm(from point: GeoPoint, toOutlineOf country: String) -> Double {
    guard let countryRings = rings[country] else { return .infinity }
    if contains(point, in: country) { return 0 }
    var nearest = Double.infinity
    for ring in countryRings where ring.count >= 2 {
      for index in 0 ..< ring.count - 1 {
        nearest = min(nearest, Self.distanceKm(from: point, toSegment: ring[index], ring[index + 1]))
      }
    }
    return nearest
  }

  /// Great-circle distance in km from `point` to the segment `a`–`b`,
  /// finding the segment's nearest point in a local equirectangular
  /// projection around `point` (exact enough for segments of an outline at
  /// 1:110m, whose corners are at most a few hundred km apart).
  static func distanceKm(from point: GeoPoint, toSegment a: GeoPoint, _ b: GeoPoint) -> Double {
    let scale = cos(point.latitude * (Double.pi / 180))
    let ax = (a.longitude - point.longitude) * scale, ay = a.latitude - point.latitude
    let dx = (b.longitude - a.longitude) * scale, dy = b.latitude - a.latitude
    let squaredLength = dx * dx + dy * dy
    let t = squaredLength == 0 ? 0 : min(max(-(ax * dx + ay * dy) / squaredLength, 0), 1)
    let nearest = GeoPoint(
      latitude: a.latitude + t * (b.latitude - a.latitude), longitude: a.longitude + t * (b.longitude - a.longitude))
    return point.distanceKm(to: nearest)
  }
}
