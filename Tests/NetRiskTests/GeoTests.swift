// The small geometry behind hazard selectors, on cases with known answers.
import NetRiskData
import Testing
@testable import NetRisk

@Suite struct GeoTests {
  @Test func greatCircleDistances() {
    let london = GeoPoint(latitude: 51.5074, longitude: -0.1278), paris = GeoPoint(latitude: 48.8566, longitude: 2.3522)
    // About 344 km (haversine on a 6,371 km sphere).
    #expect(abs(Geo.distanceKm(london, paris) - 343.6) < 1)
    #expect(Geo.distanceKm(london, london) == 0)
    // Antipodes: half the circumference, π · 6,371 km.
    let antipode = GeoPoint(latitude: -51.5074, longitude: 179.8722)
    #expect(abs(Geo.distanceKm(london, antipode) - Double.pi * 6371) < 0.5)
    // Symmetric, and across the antimeridian the short way round.
    let fiji = GeoPoint(latitude: -18, longitude: 179.5), samoa = GeoPoint(latitude: -18, longitude: -179.5)
    #expect(Geo.distanceKm(fiji, samoa) < 120)
    #expect(Geo.distanceKm(fiji, samoa) == Geo.distanceKm(samoa, fiji))
  }

  @Test func geomagneticLatitude() {
    // The dipole pole itself is at geomagnetic latitude 90, its antipode at -90.
    #expect(abs(Geo.geomagneticLatitude(GeoPoint(latitude: 80.65, longitude: -72.68)) - 90) < 1e-6)
    #expect(abs(Geo.geomagneticLatitude(GeoPoint(latitude: -80.65, longitude: 107.32)) + 90) < 1e-6)
    // On the pole's meridian the offset is the pole's colatitude (9.35°).
    #expect(abs(Geo.geomagneticLatitude(GeoPoint(latitude: 0, longitude: -72.68)) - 9.35) < 1e-6)
    // Opposite meridian: the equator sits 9.35° south geomagnetically.
    #expect(abs(Geo.geomagneticLatitude(GeoPoint(latitude: 0, longitude: 107.32)) + 9.35) < 1e-6)
  }

  @Test func polygonsAndSegments() {
    let square = [
      GeoPoint(latitude: 0, longitude: 0), GeoPoint(latitude: 0, longitude: 10),
      GeoPoint(latitude: 10, longitude: 10), GeoPoint(latitude: 10, longitude: 0),
    ]
    #expect(Geo.contains(square, GeoPoint(latitude: 5, longitude: 5)))
    #expect(!Geo.contains(square, GeoPoint(latitude: 15, longitude: 5)))
    #expect(!Geo.contains(square, GeoPoint(latitude: 5, longitude: -1)))
    // A segment crossing the square with both ends outside meets it.
    #expect(Geo.segment(GeoPoint(latitude: 5, longitude: -5), GeoPoint(latitude: 5, longitude: 15), meets: square))
    // One that passes beside it does not.
    #expect(!Geo.segment(GeoPoint(latitude: 12, longitude: -5), GeoPoint(latitude: 12, longitude: 15), meets: square))
    // One with an end inside does.
    #expect(Geo.segment(GeoPoint(latitude: 5, longitude: 5), GeoPoint(latitude: 20, longitude: 20), meets: square))
    // Touching a corner counts (collinear end on the boundary).
    #expect(Geo.segmentsIntersect(
      GeoPoint(latitude: 0, longitude: 0), GeoPoint(latitude: 10, longitude: 10),
      GeoPoint(latitude: 10, longitude: 10), GeoPoint(latitude: 20, longitude: 0)))
    #expect(!Geo.segmentsIntersect(
      GeoPoint(latitude: 0, longitude: 0), GeoPoint(latitude: 1, longitude: 1),
      GeoPoint(latitude: 2, longitude: 2), GeoPoint(latitude: 3, longitude: 3)))
  }

  /// A route step across the antimeridian (179° to -179°) is two short
  /// pieces, not a line through longitude 0: it meets a box at the
  /// antimeridian and misses one in the Atlantic.
  @Test func routesAcrossTheAntimeridianAreSplitThere() {
    func box(_ minLat: Double, _ maxLat: Double, _ minLon: Double, _ maxLon: Double) -> [GeoPoint] {
      [GeoPoint(latitude: minLat, longitude: minLon), GeoPoint(latitude: minLat, longitude: maxLon),
       GeoPoint(latitude: maxLat, longitude: maxLon), GeoPoint(latitude: maxLat, longitude: minLon)]
    }
    let west = GeoPoint(latitude: -19, longitude: 179), east = GeoPoint(latitude: -21, longitude: -179)
    #expect(!Geo.segment(west, east, meets: box(-25, -15, -15, 15)))
    #expect(!Geo.segment(east, west, meets: box(-25, -15, -15, 15)))
    #expect(Geo.segment(west, east, meets: box(-20.5, -19.5, 179.5, 180)), "the piece east of 179° reaches 180° at -20°")
    #expect(Geo.segment(east, west, meets: box(-20.5, -19.5, -180, -179.5)))
    #expect(!Geo.segment(west, east, meets: box(-19.5, -18, -180, -179.5)), "the crossing is at -20°, not north of it")
  }
}
