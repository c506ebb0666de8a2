// Small spherical and planar geometry for hazard predicates.
import Foundation
import NetRiskData

enum Geo {
  /// Great-circle distance in km (haversine).
  static func distanceKm(_ a: GeoPoint, _ b: GeoPoint) -> Double { a.distanceKm(to: b) }

  /// Geomagnetic latitude in degrees under the centred-dipole approximation,
  /// with the north geomagnetic pole at 80.65° N, 72.68° W (IGRF-13, epoch
  /// 2020; https://doi.org/10.1186/s40623-020-01288-x).
  static func geomagneticLatitude(_ point: GeoPoint) -> Double {
    let toRadians = Double.pi / 180
    let poleLat = 80.65 * toRadians, poleLon = -72.68 * toRadians
    let lat = point.latitude * toRadians, lon = point.longitude * toRadians
    let s = sin(lat) * sin(poleLat) + cos(lat) * cos(poleLat) * cos(lon - poleLon)
    return asin(max(-1, min(1, s))) / toRadians
  }

  /// Whether segment p–q (in longitude/latitude, treated as planar) meets
  /// the polygon, which must not cross the antimeridian. A step of more than
  /// 180° in longitude is a route crossing the antimeridian: it is taken as
  /// the two pieces either side of it, not as a line round the globe.
  static func segment(_ p: GeoPoint, _ q: GeoPoint, meets polygon: [GeoPoint]) -> Bool {
    if abs(q.longitude - p.longitude) > 180 {
      let edge = p.longitude > 0 ? 180.0 : -180.0  // the side p is on
      let wrapped = q.longitude + (edge > 0 ? 360 : -360)  // q moved next to p
      let t = (edge - p.longitude) / (wrapped - p.longitude)
      let latitude = p.latitude + t * (q.latitude - p.latitude)
      return segment(p, GeoPoint(latitude: latitude, longitude: edge), meets: polygon)
        || segment(GeoPoint(latitude: latitude, longitude: -edge), q, meets: polygon)
    }
    if contains(polygon, p) || contains(polygon, q) { return true }
    for index in polygon.indices {
      let a = polygon[index], b = polygon[(index + 1) % polygon.count]
      if segmentsIntersect(p, q, a, b) { return true }
    }
    return false
  }

  /// The first pair of non-adjacent edges of a closed polygon that meet
  /// (edge i runs from vertex i to vertex i + 1), or nil for a simple polygon.
  /// - Complexity: O(n²) in the number of vertices.
  static func firstSelfCrossing(_ polygon: [GeoPoint]) -> (Int, Int)? {
    let n = polygon.count
    guard n >= 4 else { return nil }
    for i in 0 ..< n {
      for j in stride(from: i + 2, to: n, by: 1) where !(i == 0 && j == n - 1) {
        if segmentsIntersect(polygon[i], polygon[(i + 1) % n], polygon[j], polygon[(j + 1) % n]) { return (i, j) }
      }
    }
    return nil
  }

  /// Point in polygon by ray casting (even–odd rule), longitude as x
  /// (`Array<GeoPoint>.encloses`, shared with the report's map).
  static func contains(_ polygon: [GeoPoint], _ point: GeoPoint) -> Bool { polygon.encloses(point) }

  static func segmentsIntersect(_ p1: GeoPoint, _ p2: GeoPoint, _ p3: GeoPoint, _ p4: GeoPoint) -> Bool {
    func orientation(_ a: GeoPoint, _ b: GeoPoint, _ c: GeoPoint) -> Double {
      (b.longitude - a.longitude) * (c.latitude - a.latitude) - (b.latitude - a.latitude) * (c.longitude - a.longitude)
    }
    func onSegment(_ a: GeoPoint, _ b: GeoPoint, _ c: GeoPoint) -> Bool {
      min(a.longitude, b.longitude) <= c.longitude && c.longitude <= max(a.longitude, b.longitude)
        && min(a.latitude, b.latitude) <= c.latitude && c.latitude <= max(a.latitude, b.latitude)
    }
    let d1 = orientation(p3, p4, p1), d2 = orientation(p3, p4, p2)
    let d3 = orientation(p1, p2, p3), d4 = orientation(p1, p2, p4)
    if ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)) { return true }
    return (d1 == 0 && onSegment(p3, p4, p1)) || (d2 == 0 && onSegment(p3, p4, p2))
      || (d3 == 0 && onSegment(p1, p2, p3)) || (d4 == 0 && onSegment(p1, p2, p4))
  }
}
